/**
 * Starts the CLI from its bundle, `dist/bundle/ntm-check.cjs`, compiled with the
 * V8 code cache the build made beside it (`ntm-check.cjs.cache`, see
 * `scripts/code-cache.mjs`). Compiling the bundle was a sixth of a district
 * check's run; with the cache a 300-row check took 0.23 s instead of 0.28 s.
 * The bundle is a CommonJS script run through `node:vm` because Node 20 keeps a
 * code cache only for scripts (a compile cache for modules came with Node 22).
 *
 * The cache is trusted only when its header is the SHA-256 of the bundle's bytes:
 * V8 itself checks no more than the source's length. V8 refuses data made by
 * another V8 version or with other flags; the bundle is then compiled as if there
 * were no cache, which is only slower.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The bundle `npm run build` makes; the cache sits beside it with `.cache` appended. */
export const BUNDLE = fileURLToPath(new URL('../bundle/ntm-check.cjs', import.meta.url));

const DIGEST_BYTES = 32;

/** What became of the cache: used, refused by V8, or absent (missing, or made for other bytes). */
export type CacheUse = 'accepted' | 'rejected' | 'none';

export interface LoadedBundle {
  exports: { main?: () => Promise<void> };
  script: Script;
  digest: Buffer;
  cache: CacheUse;
}

/** Compiles and runs the CommonJS bundle at `file` (with its cache, when it is the bundle's) and returns its exports. */
export function loadBundle(file: string = BUNDLE): LoadedBundle {
  const source = readFileSync(file);
  const digest = createHash('sha256').update(source).digest();
  const cachedData = cacheFor(`${file}.cache`, digest);
  // The same wrapper node gives a CommonJS file; the first line stays line 1.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`;
  const script = new Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  const cache: CacheUse = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { exports: module.exports, script, digest, cache };
}

/** The cache file's V8 data when its header names `digest`; undefined when there is none or it is another bundle's. */
function cacheFor(path: string, digest: Buffer): Buffer | undefined {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    return undefined;
  }
  return data.length > DIGEST_BYTES && data.subarray(0, DIGEST_BYTES).equals(digest) ? data.subarray(DIGEST_BYTES) : undefined;
}

/** The cache file's contents for a loaded bundle: its digest, then V8's data for every function compiled so far. */
export function codeCache(loaded: LoadedBundle): Buffer {
  return Buffer.concat([loaded.digest, loaded.script.createCachedData()]);
}

/** What `bin/ntm-check.js` runs. `DEBUG=ntm-check` also says what became of the cache. */
export function start(): void {
  const loaded = loadBundle();
  if (process.env.DEBUG?.split(',').includes('ntm-check')) process.stderr.write(`ntm-check: code cache ${loaded.cache}\n`);
  void loaded.exports.main!();
}
