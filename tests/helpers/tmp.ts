/** Temporary files for tests that go through `openWorkbook(path)`. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary directory; call `cleanup` in `afterAll`. */
export interface TempDir {
  /** Absolute path of `name` inside the directory (the file need not exist). */
  path(name: string): string;
  /** Writes `data` to `name` and returns its absolute path. */
  write(name: string, data: string | Uint8Array): string;
  cleanup(): void;
}

/** Creates a fresh temporary directory under the OS temp dir. */
export function makeTempDir(prefix = 'ntm-wb-'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name) => join(dir, name),
    write(name, data) {
      const file = join(dir, name);
      writeFileSync(file, data);
      return file;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
