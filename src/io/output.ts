import { randomBytes } from 'node:crypto';
import { mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Why an output could not be written; the CLI says it in one sentence (exit 2). */
export class OutputError extends Error {
  constructor(
    readonly reason: 'is-input' | 'not-a-folder' | 'not-writable',
    readonly path: string,
  ) {
    super(`output ${reason}: ${path}`);
    this.name = 'OutputError';
  }
}

/**
 * Makes sure `dir` is a folder we may write into and that holds none of the
 * inputs (writing there could overwrite one). Creates it when missing.
 */
export async function prepareOutputDir(dir: string, inputs: readonly string[]): Promise<void> {
  const target = resolve(dir);
  const info = await stat(target).catch(() => undefined);
  if (info && !info.isDirectory()) throw new OutputError('not-a-folder', dir);
  // Compare real paths: a symbolic link (or another spelling) to an input's folder is that folder.
  const real = info ? await samePath(target) : target;
  for (const input of inputs) if ((await samePath(dirname(resolve(input)))) === real || dirname(resolve(input)) === target) throw new OutputError('is-input', dir);
  try {
    await mkdir(target, { recursive: true });
  } catch {
    throw new OutputError('not-writable', dir);
  }
}

/** The real path, case-folded where the file system ignores case (Windows, macOS). */
async function samePath(path: string): Promise<string> {
  const real = await realpath(path).catch(() => path);
  return process.platform === 'win32' || process.platform === 'darwin' ? real.toLowerCase() : real;
}

/** Refuses an output file path that is one of the inputs. */
export function assertNotInput(path: string, inputs: readonly string[]): void {
  if (inputs.some((input) => resolve(input) === resolve(path))) throw new OutputError('is-input', path);
}

/**
 * Writes a file atomically: to a temporary name in the same folder, then renamed
 * over the target, so a crash never leaves half a file behind.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    if ((error as NodeJS.ErrnoException).code === 'EACCES' || (error as NodeJS.ErrnoException).code === 'EROFS') throw new OutputError('not-writable', path);
    throw error;
  }
}
