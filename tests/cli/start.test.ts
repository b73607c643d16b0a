import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle, type CacheUse } from '../../src/cli/start.js';
import { tempDir } from '../helpers/dossier-fixture.js';

/** The compiled loader (`npm test` builds first), for the child process that makes a cache. */
const START = pathToFileURL(join(import.meta.dirname, '../../dist/cli/start.js')).href;

/** A small CommonJS bundle, its text unique per case: V8 keeps compiled scripts in memory, and a case must not meet another's. */
const sourceFor = (name: string) => `const twice = (n) => n * 2;\nmodule.exports.answer = () => twice(21);\nmodule.exports.file = () => __filename; // ${name}\n`;

let bundles = 0;

/** Writes `source` as a bundle of its own (never over another). */
function bundleAt(source: string): string {
  const file = join(tempDir(), `bundle-${++bundles}.cjs`);
  writeFileSync(file, source);
  return file;
}

/**
 * The cache of a bundle with `source`, made in another process as the build
 * makes it: made in this one, V8 would find the script in its memory and never
 * read the cache.
 */
function cacheMadeElsewhere(source: string): Buffer {
  const file = bundleAt(source);
  const script = `import { codeCache, loadBundle } from ${JSON.stringify(START)}; process.stdout.write(codeCache(loadBundle(${JSON.stringify(file)})).toString('base64'));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Buffer.from(r.stdout, 'base64');
}

const digest = (source: string) => createHash('sha256').update(source).digest();

const cases: { name: string; cache: (source: string) => Buffer | undefined; expected: CacheUse }[] = [
  { name: 'no cache file', cache: () => undefined, expected: 'none' },
  { name: 'a cache made for these bytes', cache: cacheMadeElsewhere, expected: 'accepted' },
  // V8 alone would take it (it checks only the length): the header keeps it out.
  { name: 'a cache made for other bytes of the same length', cache: (source) => cacheMadeElsewhere(source.replace('21', '12')), expected: 'none' },
  { name: 'the right header over data V8 cannot use', cache: (source) => Buffer.concat([digest(source), Buffer.from('not a code cache')]), expected: 'rejected' },
  { name: 'a file shorter than the header', cache: () => Buffer.from('short'), expected: 'none' },
];

describe('loadBundle and its code cache', () => {
  it.each(cases)('$name: $expected, and the bundle runs', ({ name, cache, expected }) => {
    const source = sourceFor(name);
    const file = bundleAt(source);
    const data = cache(source);
    if (data) writeFileSync(`${file}.cache`, data);
    const loaded = loadBundle(file);
    const exports = loaded.exports as { answer: () => number; file: () => string };
    expect(loaded.cache).toBe(expected);
    expect(exports.answer()).toBe(42);
    expect(exports.file()).toBe(file);
  });
});
