import { catalogue } from '../i18n/render.js';
import { run } from './main.js';
import { langFromArgv } from './options.js';
import { guardUnsettled } from './watchdog.js';

/** The process boundary: real argv, streams and environment in; the exit code out. */
export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // A reader that stops early (`ntm-check … | head`) closes the pipe: that ends the
  // output, it is not a crash.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  const work = run(argv, {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    isTty: process.stdout.isTTY === true,
    ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
  });
  await guardUnsettled(work, () => process.stderr.write(`${catalogue(langFromArgv(argv)).cli.stalled}\n`));
}
