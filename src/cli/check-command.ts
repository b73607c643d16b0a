import type { Command } from 'commander';
import { validate } from '../engine/validate.js';
import { catalogue } from '../i18n/render.js';
import { prepareOutputDir } from '../io/output.js';
import { loadHistory } from '../ledger/load-history.js';
import { configureZodLanguage, loadPlan } from '../plans/load.js';
import { jsonReport } from '../reporters/json.js';
import { junitReport } from '../reporters/junit.js';
import { textReport } from '../reporters/text.js';
import { templateText } from '../template/text.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { addLimitOptions, limitsFrom } from './limit-options.js';
import { parseAsOf, parseFormat, parseLang, todayInVietnam } from './options.js';

interface CheckOptions {
  plan?: string;
  format: string;
  lang: string;
  quiet?: boolean;
  strict?: boolean;
  asOf?: string;
  history?: string[];
  annotate?: string;
}

/** The default command: validate workbooks against a plan and report every finding. */
export function registerCheck(program: Command, io: CliIo, version: string, setExit: (code: number) => void): void {
  addLimitOptions(program)
    .description('Kiểm tra hồ sơ đề nghị khen thưởng phong trào "chung sức xây dựng nông thôn mới" theo kế hoạch thi đua.\nValidate NTM award dossier workbooks against a plan.')
    .argument('[workbooks...]', 'tệp hồ sơ .xlsx / dossier workbooks')
    .option('-p, --plan <id|file>', 'kế hoạch: tuyen-quang, dak-nong, lai-chau, tam-duong, ha-quang hoặc tệp .json')
    .option('-f, --format <format>', 'text | json | junit', 'text')
    .option('--lang <lang>', 'vi | en', 'vi')
    .option('-q, --quiet', 'chỉ hiện lỗi / errors only')
    .option('--strict', 'cảnh báo cũng tính là lỗi / warnings fail')
    .option('--history <ledger...>', 'sổ khen thưởng các năm trước (so-khen-thuong.json) / earlier awards ledgers')
    .option('--as-of <YYYY-MM-DD>', 'ngày dùng khi "Ngày trình" để trống / date used where Ngày trình is empty')
    .option('--annotate <dir>', 'ghi bản sao đánh dấu ô sai vào thư mục / write copies with the wrong cells marked into a folder')
    .addHelpText('after', '\nVí dụ / Example:\n  ntm-check samples/lai-chau/tam-duong-2024-hop-le.xlsx --plan lai-chau\n  ntm-check ho-so/*.xlsx --plan lai-chau --format json > bao-cao.json\n  ntm-check ho-so/*.xlsx --plan lai-chau --annotate danh-dau/')
    .action(async (workbooks: string[], options: CheckOptions) => {
      const lang = parseLang(options.lang, catalogue('vi'));
      const text = catalogue(lang);
      const format = parseFormat(options.format, text);
      const asOf = options.asOf ? parseAsOf(options.asOf, text) : todayInVietnam();
      if (!options.plan) throw new UsageError(text.cli.missingPlan);
      const limits = limitsFrom(options as unknown as Record<string, unknown>, text);
      if (workbooks.length === 0) throw new UsageError(text.cli.noInput);
      configureZodLanguage(lang);
      const plan = await loadPlan(options.plan);
      const history = await loadHistory(options.history ?? []);
      // Refuse a folder that holds an input before any work: a copy could overwrite it.
      if (options.annotate) await prepareOutputDir(options.annotate, workbooks);
      const report = await validate(workbooks, { plan, asOf, history, limits });
      const citeAs = () => plan.citeAs;
      if (format === 'json') io.stdout(jsonReport(report, lang, version) + '\n');
      else if (format === 'junit') io.stdout(junitReport(report, lang, citeAs));
      else if (report.files.some((f) => f.readable)) io.stdout(textReport(report, { lang, color: io.isTty && io.env.NO_COLOR === undefined, quiet: !!options.quiet, citeAs, ...(io.columns ? { width: io.columns } : {}) }));
      for (const file of report.files.filter((f) => !f.readable)) {
        const reason = file.findings[0]?.data as { reason?: string } | undefined;
        io.stderr(`${text.unreadable[(reason?.reason ?? 'corrupt-zip') as keyof typeof text.unreadable](file.file)}\n`);
      }
      let annotateFailed = false;
      if (options.annotate) {
        const { annotateReport } = await import('../annotate/annotate.js');
        const done = await annotateReport(report, { dir: options.annotate, lang, citeAs });
        const words = templateText(lang).cli;
        for (const file of done.failed) io.stderr(`${words.annotateFailed(file)}\n`);
        for (const file of done.withoutValidations) io.stderr(`${words.withoutValidations(file)}\n`);
        if (format === 'text' && !options.quiet && done.written.length > 0) io.stdout(`${words.annotated(done.written.length, options.annotate)}\n`);
        annotateFailed = done.failed.length > 0;
      }
      const all = [...report.files.flatMap((f) => f.findings), ...report.crossFile];
      if (report.files.some((f) => !f.readable) || annotateFailed) setExit(EXIT.usage);
      else if (all.some((f) => f.severity === 'error' || (options.strict && f.severity === 'warning'))) setExit(EXIT.findings);
      else setExit(EXIT.ok);
    });
}
