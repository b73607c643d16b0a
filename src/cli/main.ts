import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { catalogue } from '../i18n/render.js';
import type { Lang } from '../i18n/types.js';
import { OutputError } from '../io/output.js';
import { HistoryLoadError } from '../ledger/load-history.js';
import { BUILTIN_PLAN_IDS, PlanLoadError } from '../plans/load.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { langFromArgv } from './options.js';
import { registerPlans } from './plans-command.js';
import { registerCheck } from './check-command.js';
import { registerProposals } from './proposals-command.js';
import { registerTemplate } from './template-command.js';
import { registerConsolidate } from './consolidate-command.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit
 * code. Every failure the user can cause ends in one sentence and exit 2; only
 * `DEBUG=ntm-check` shows a stack.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang: Lang = langFromArgv(argv);
  let exitCode: number = EXIT.ok;
  const program = new Command('ntm-check')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: () => undefined })
    .showSuggestionAfterError(false);
  registerCheck(program, io, VERSION, (code) => (exitCode = code));
  registerPlans(program, io, (code) => (exitCode = code));
  registerProposals(program, io, (code) => (exitCode = code), lang);
  registerTemplate(program, io, (code) => (exitCode = code));
  registerConsolidate(program, io, VERSION, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return fail(error, io, lang);
  }
}

function fail(error: unknown, io: CliIo, lang: Lang): number {
  const text = catalogue(lang);
  // --help and --version end by throwing (exitOverride): a normal end, with no stack even under DEBUG.
  if (error instanceof CommanderError && (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help')) return EXIT.ok;
  if (io.env.DEBUG?.split(',').includes('ntm-check') && error instanceof Error) io.stderr(`${error.stack}\n`);
  if (error instanceof CommanderError) {
    io.stderr(`${text.cli.badUsage(error.message.replace(/^error: /, ''))}\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`${error.sentence}\n`);
    return EXIT.usage;
  }
  if (error instanceof OutputError) {
    io.stderr(`${catalogue(lang).cli.output[error.reason](error.path)}\n`);
    return EXIT.usage;
  }
  if (error instanceof HistoryLoadError) {
    io.stderr(`${catalogue(lang).cli.badHistory(error.file, error.detail)}\n`);
    return EXIT.usage;
  }
  if (error instanceof PlanLoadError) {
    io.stderr(`${planSentence(error, lang)}\n`);
    return EXIT.usage;
  }
  io.stderr(`${text.cli.internal}\n`);
  return EXIT.usage;
}

function planSentence(error: PlanLoadError, lang: Lang): string {
  const text = catalogue(lang).cli;
  if (error.kind === 'unknown') return text.unknownPlan(error.ref, [...BUILTIN_PLAN_IDS]);
  if (error.kind === 'unreadable') return text.planUnreadable(error.ref);
  return text.badPlanFile(error.ref, error.path, error.detail);
}
