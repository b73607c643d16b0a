import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A folder argument that holds no workbook; the CLI says so in one sentence. */
export class NoWorkbooksError extends Error {
  constructor(readonly dir: string) {
    super(`no .xlsx in ${dir}`);
    this.name = 'NoWorkbooksError';
  }
}

/** An argument that names nothing at all (a typo): nothing is read or written. */
export class MissingInputError extends Error {
  constructor(readonly path: string) {
    super(`no such file or folder: ${path}`);
    this.name = 'MissingInputError';
  }
}

/**
 * The workbooks of the arguments: a file stays as given (unreadable ones are
 * reported by the reader), a path that does not exist stops the run; a folder becomes its `.xlsx` files, sorted, without
 * Excel's `~$` lock files and hidden files. Not recursive: a batch is one folder.
 */
export async function expandInputs(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (!info) throw new MissingInputError(arg);
    if (!info.isDirectory()) {
      files.push(arg);
      continue;
    }
    const entries = await readdir(arg, { withFileTypes: true });
    const found = entries
      // tong-hop.xlsx is this tool's own report, left beside the dossiers by an earlier run.
      .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith('~$') && !e.name.startsWith('.') && e.name.toLowerCase() !== 'tong-hop.xlsx')
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b, 'vi'))
      .map((name) => join(arg, name));
    if (found.length === 0) throw new NoWorkbooksError(arg);
    files.push(...found);
  }
  return [...new Set(files)];
}
