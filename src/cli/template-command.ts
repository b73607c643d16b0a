import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { catalogue } from '../i18n/render.js';
import { prepareOutputDir, writeFileAtomic } from '../io/output.js';
import { configureZodLanguage, loadPlan } from '../plans/load.js';
import { templateText } from '../template/text.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { parseLang } from './options.js';

interface TemplateOptions {
  plan?: string;
  output?: string;
  lang?: string;
  force?: boolean;
}

/** `ntm-check template --plan <id> -o FILE.xlsx`: a blank dossier workbook with the plan's drop-downs and a guide. */
export function registerTemplate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('template')
    .description('tạo mẫu hồ sơ .xlsx có danh sách chọn theo kế hoạch / write a blank dossier workbook for a plan')
    .option('-p, --plan <id|file>', 'kế hoạch: tuyen-quang, dak-nong, lai-chau, tam-duong, ha-quang hoặc tệp .json')
    .option('-o, --output <file.xlsx>', 'tệp mẫu sẽ ghi / the workbook to write')
    .option('--force', 'ghi đè tệp đã có / overwrite an existing file')
    .option('--lang <lang>', 'vi | en (mặc định / default vi)')
    .addHelpText('after', '\nVí dụ / Example:\n  ntm-check template --plan lai-chau -o mau-ho-so-lai-chau.xlsx')
    .action(async (_: unknown, command: Command) => {
      // The default command declares --plan and --lang too, and commander gives them to it
      // wherever they appear: read them merged.
      const options = command.optsWithGlobals<TemplateOptions>();
      const lang = parseLang(options.lang ?? 'vi', catalogue('vi'));
      const text = templateText(lang);
      if (!options.plan) throw new UsageError(catalogue(lang).cli.missingPlan);
      if (!options.output) throw new UsageError(text.cli.missingOutput);
      const out = options.output;
      if (!/\.xlsx$/i.test(out)) throw new UsageError(text.cli.notXlsx(out));
      // A template written over an officer's filled dossier would wipe their work.
      const existing = await stat(resolve(out)).catch(() => undefined);
      if (existing && (existing.isDirectory() || !options.force)) throw new UsageError(text.cli.exists(out));
      configureZodLanguage(lang);
      const plan = await loadPlan(options.plan);
      await prepareOutputDir(dirname(resolve(out)), []);
      const { buildTemplate } = await import('../template/build.js');
      await writeFileAtomic(out, await buildTemplate(plan, lang));
      io.stdout(`${text.cli.written(out)}\n`);
      setExit(EXIT.ok);
    });
}
