import type { Command } from 'commander';
import { catalogue } from '../i18n/render.js';
import type { Lang } from '../i18n/types.js';
import { loadHistory } from '../ledger/load-history.js';
import { configureZodLanguage, loadPlan } from '../plans/load.js';
import { makeProposals, type ProposalsOutcome } from '../proposals/run.js';
import { proposalsText } from '../proposals/text.js';
import { TemplateError } from '../proposals/templates.js';
import { textReport } from '../reporters/text.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { parseAsOf, parseLang, todayInVietnam } from './options.js';

interface ProposalsCliOptions {
  plan?: string;
  out?: string;
  force?: boolean;
  strict?: boolean;
  quiet?: boolean;
  lang?: string;
  asOf?: string;
  history?: string[];
  templates?: string;
}

/**
 * `ntm-check proposals <workbook…> --plan <id> --out DIR`: one PDF (Tờ trình and
 * Danh sách) per submitting unit and award form. Refuses with exit 1, listing the
 * findings, while the dossiers have errors; `--force` writes drafts stamped
 * "DỰ THẢO" and still exits 1.
 */
export function registerProposals(program: Command, io: CliIo, setExit: (code: number) => void, helpLang: Lang = 'vi'): void {
  const words = proposalsText(helpLang);
  program
    .command('proposals')
    .description(words.description)
    .argument('<workbooks...>', 'tệp hồ sơ .xlsx / dossier workbooks')
    .option('-p, --plan <id|file>', 'kế hoạch: tuyen-quang, dak-nong, lai-chau, tam-duong, ha-quang hoặc tệp .json')
    .option('-o, --out <dir>', words.options.out)
    .option('--force', words.options.force)
    .option('--templates <dir>', words.options.templates)
    .option('--strict', 'cảnh báo cũng chặn / warnings block too')
    .option('-q, --quiet', 'chỉ hiện lỗi / errors only')
    .option('--lang <lang>', 'vi | en (mặc định / default vi)')
    .option('--history <ledger...>', 'sổ khen thưởng các năm trước / earlier awards ledgers')
    .option('--as-of <YYYY-MM-DD>', 'ngày dùng khi "Ngày trình" để trống / date used where Ngày trình is empty')
    .addHelpText('after', words.example)
    .action(async (workbooks: string[], _: unknown, command: Command) => {
      // The default command declares --plan, --lang, --as-of … too, and commander gives
      // them to it wherever they appear: read them merged.
      const options = command.optsWithGlobals<ProposalsCliOptions>();
      const lang = parseLang(options.lang ?? 'vi', catalogue('vi'));
      const text = catalogue(lang);
      const say = proposalsText(lang);
      const asOf = options.asOf ? parseAsOf(options.asOf, text) : todayInVietnam();
      if (!options.plan) throw new UsageError(text.cli.missingPlan);
      if (!options.out) throw new UsageError(say.missingOut);
      configureZodLanguage(lang);
      const plan = await loadPlan(options.plan);
      const history = await loadHistory(options.history ?? []);
      const outcome = await makeProposals(workbooks, {
        plan, asOf, history, out: options.out, force: !!options.force, strict: !!options.strict,
        ...(options.templates ? { templates: options.templates } : {}),
      }).catch((error: unknown) => {
        if (error instanceof TemplateError) throw new UsageError(templateSentence(error, lang));
        throw error;
      });
      setExit(report(outcome, options, io, lang));
    });
}

/** Prints what happened and returns the exit code. */
function report(outcome: ProposalsOutcome, options: ProposalsCliOptions, io: CliIo, lang: Lang): number {
  const text = catalogue(lang);
  const say = proposalsText(lang);
  const findings = () => textReport(outcome.report, { lang, color: io.isTty && io.env.NO_COLOR === undefined, quiet: !!options.quiet, citeAs: () => outcome.report.plan.citeAs, ...(io.columns ? { width: io.columns } : {}) });
  if (outcome.kind === 'unreadable') {
    for (const file of outcome.report.files.filter((f) => !f.readable)) {
      const reason = (file.findings[0]?.data as { reason?: string } | undefined)?.reason ?? 'corrupt-zip';
      io.stderr(`${text.unreadable[reason as keyof typeof text.unreadable](file.file)}\n`);
    }
    return EXIT.usage;
  }
  if (outcome.kind === 'refused') {
    io.stdout(findings());
    io.stderr(`${say.refused(outcome.blocking)}\n`);
    return EXIT.findings;
  }
  if (outcome.blocking > 0) io.stdout(findings());
  for (const file of outcome.headless) io.stderr(`${say.headless(file)}\n`);
  if (outcome.written.length === 0) io.stderr(`${say.nothing}\n`);
  for (const w of outcome.written) {
    if (!options.quiet || w.proposal.draft) io.stdout(`${say.written(w.path, w.pages, w.proposal.collectives.length, w.proposal.individuals.length, w.proposal.draft)}\n`);
  }
  if (outcome.blocking > 0) {
    io.stderr(`${say.forced(outcome.blocking)}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

function templateSentence(error: TemplateError, lang: Lang): string {
  const t = proposalsText(lang).template;
  if (error.reason === 'unreadable') return t.unreadable(error.file);
  if (error.reason === 'missing-section') return t['missing-section'](error.file, error.detail);
  return t['unknown-placeholder'](error.file, error.detail, error.line);
}
