import type { Command } from 'commander';
import { catalogue } from '../i18n/render.js';
import { configureZodLanguage, loadPlan } from '../plans/load.js';
import { countBySeverity } from '../reporters/counts.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { parseAsOf, parseLang, todayInVietnam } from './options.js';

interface ConsolidateOptions {
  plan?: string;
  out?: string;
  year?: string;
  history?: string[];
  asOf?: string;
  lang: string;
  quiet?: boolean;
  strict?: boolean;
}

/**
 * The program's own options (`--plan`, `--lang`, `--history` …) are parsed by the
 * program wherever they stand, so a subcommand finds them there; its own value
 * wins when the user gave it to the subcommand.
 */
function mergedOptions(command: Command): ConsolidateOptions {
  const merged: Record<string, unknown> = { ...command.opts() };
  const parent = command.parent;
  if (parent) {
    for (const [key, value] of Object.entries(parent.opts())) {
      if (command.getOptionValueSource(key) !== 'cli' && parent.getOptionValueSource(key) === 'cli') merged[key] = value;
    }
  }
  return merged as unknown as ConsolidateOptions;
}

/** `ntm-check consolidate`: the yearly batch (cli.md, Consolidation outputs). */
export function registerConsolidate(program: Command, io: CliIo, version: string, setExit: (code: number) => void): void {
  program
    .command('consolidate')
    .description('tổng hợp hồ sơ cả tỉnh trong năm: báo cáo .xlsx/.pdf/.json và sổ khen thưởng / the yearly batch: consolidated report and awards ledger')
    .argument('<workbooks...>', 'tệp .xlsx hoặc thư mục / workbooks or a folder of them')
    .option('-p, --plan <id|file>', 'kế hoạch / plan')
    .option('-o, --out <dir>', 'thư mục kết quả / output folder')
    .option('--year <YYYY>', 'năm tổng hợp (mặc định: năm thành tích của hồ sơ) / year consolidated')
    .option('--history <ledger...>', 'sổ khen thưởng các năm trước (.json hoặc tong-hop.xlsx) / earlier ledgers')
    .option('--as-of <YYYY-MM-DD>', 'ngày dùng khi "Ngày trình" để trống; ngày của báo cáo / date of the report')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('-q, --quiet', 'không hiện tiến độ và tóm tắt / no progress or summary')
    .option('--strict', 'cảnh báo cũng tính là lỗi / warnings fail')
    .addHelpText('after', '\nVí dụ / Example:\n  ntm-check consolidate ho-so-2024/ --plan lai-chau --out tong-hop-2024\n  ntm-check consolidate ho-so-2025/ --plan lai-chau --out tong-hop-2025 --history tong-hop-2024/so-khen-thuong.json')
    .action(async (workbooks: string[], _options: unknown, command: Command) => {
      const options = mergedOptions(command);
      const lang = parseLang(options.lang, catalogue('vi'));
      const text = catalogue(lang);
      const { consolidateText } = await import('../consolidate/text.js');
      const words = consolidateText(lang);
      if (!options.plan) throw new UsageError(text.cli.missingPlan);
      if (!options.out) throw new UsageError(words.cli.missingOut);
      if (options.year !== undefined && !/^\d{4}$/.test(options.year)) throw new UsageError(words.cli.badYear(options.year));
      const asOf = options.asOf ? parseAsOf(options.asOf, text) : todayInVietnam();
      configureZodLanguage(lang);
      const plan = await loadPlan(options.plan);
      const { runConsolidate } = await import('../consolidate/run-consolidate.js');
      const { MissingInputError, NoWorkbooksError } = await import('../consolidate/inputs.js');
      const { createProgress } = await import('../consolidate/progress.js');
      const progress = createProgress(io.stderr, io.isTty && !options.quiet);
      const run = runConsolidate({
        inputs: workbooks, plan, out: options.out, history: options.history ?? [], asOf, lang, version, progress,
        ...(options.year !== undefined ? { year: Number(options.year) } : {}),
      });
      const { consolidation: c, written } = await run.catch((error: unknown) => {
        progress.done();
        if (error instanceof NoWorkbooksError) throw new UsageError(words.cli.noWorkbooks(error.dir));
        if (error instanceof MissingInputError) throw new UsageError(text.unreadable.missing(error.path));
        throw error;
      });
      const unreadable = c.report.files.filter((f) => !f.readable);
      for (const file of unreadable) {
        const reason = (file.findings[0]?.data as { reason?: string } | undefined)?.reason ?? 'corrupt-zip';
        io.stderr(`${text.unreadable[reason as keyof typeof text.unreadable](file.file)}\n`);
      }
      const counts = countBySeverity(c.findings);
      const judged = c.targets.filter((t) => !t.schedule);
      if (written && !options.quiet) {
        io.stdout(`${words.cli.done(options.out, {
          districts: c.report.files.length, errors: counts.error, warnings: counts.warning, ledger: c.ledger.length,
          met: judged.filter((t) => t.met === true).length, notMet: judged.filter((t) => t.met === false).length, unknown: judged.filter((t) => t.met === null).length,
        })}\n`);
      }
      if (unreadable.length > 0) setExit(EXIT.usage);
      else if (counts.error > 0 || (options.strict && counts.warning > 0)) setExit(EXIT.findings);
      else setExit(EXIT.ok);
    });
}
