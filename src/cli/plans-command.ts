import type { Command } from 'commander';
import { catalogue } from '../i18n/render.js';
import { builtinPlans, configureZodLanguage, loadPlan } from '../plans/load.js';
import { planDetailText, planListText } from '../reporters/plan-text.js';
import { EXIT, type CliIo } from './io.js';
import { parseLang } from './options.js';

/** `ntm-check plans [id]`: the built-in plans, or one plan's rules with their clauses. */
export function registerPlans(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('plans')
    .description('liệt kê các kế hoạch; "plans <mã>" in quy định của một kế hoạch / list plans, or print one plan\'s rules')
    .argument('[plan]', 'mã kế hoạch hoặc tệp .json / plan id or file')
    .option('--lang <lang>', 'vi | en (mặc định / default vi)')
    .addHelpText('after', '\nVí dụ / Example:\n  ntm-check plans\n  ntm-check plans lai-chau')
    .action(async (ref: string | undefined, _: unknown, command: Command) => {
      // The default command declares --lang too and commander gives it the option wherever it appears.
      const lang = parseLang(command.optsWithGlobals<{ lang?: string }>().lang ?? 'vi', catalogue('vi'));
      configureZodLanguage(lang);
      io.stdout(ref ? planDetailText(await loadPlan(ref), lang) : planListText(builtinPlans(), lang));
      setExit(EXIT.ok);
    });
}
