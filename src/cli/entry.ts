import { run } from './main.js';

/** The process boundary: real argv, streams and environment in; the exit code out. */
export async function main(): Promise<void> {
  const code = await run(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    isTty: process.stdout.isTTY === true,
  });
  process.exitCode = code;
}
