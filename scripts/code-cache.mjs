#!/usr/bin/env node
// Makes the bundle's V8 code cache (see src/cli/start.ts): runs what officers run
// every day — a check of a bundled sample, reported as text and as JSON — in this
// process, so V8 compiles the functions it needs, and saves them beside the bundle
// when the process ends. Its output is not wanted: the build ignores stdout.
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLE, codeCache, loadBundle } from '../dist/cli/start.js';

const sample = fileURLToPath(new URL('../samples/lai-chau/tam-duong-2022-hop-le.xlsx', import.meta.url));
const loaded = loadBundle();
// The runs set process.exitCode (0: the sample is valid); the cache is written as the process ends.
process.on('exit', () => {
  const temp = `${BUNDLE}.cache.tmp`;
  writeFileSync(temp, codeCache(loaded));
  renameSync(temp, `${BUNDLE}.cache`);
});
for (const format of ['text', 'json']) {
  process.argv = [process.argv[0], BUNDLE, sample, '--plan', 'lai-chau', '--format', format];
  await loaded.exports.main();
}
