#!/usr/bin/env node
// Validates every sample workbook with the real command line and checks its exit
// code (and the finding codes it was built to show) against samples/manifest*.json.
// Every .xlsx under samples/ must be listed, so no sample goes unchecked.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
// samples/manifest.json and any other samples/manifest-*.json (batches for consolidation…).
const manifest = readdirSync(join(root, 'samples'))
  .filter((f) => /^manifest(-[a-z0-9-]+)?\.json$/.test(f))
  .flatMap((f) => JSON.parse(readFileSync(join(root, 'samples', f), 'utf8')));
const listed = new Set(manifest.flatMap((e) => e.files ?? [e.file]));
const onDisk = walk(join(root, 'samples')).filter((f) => f.endsWith('.xlsx')).map((f) => relative(root, f));
let failures = 0;
let passed = 0;
for (const file of onDisk.filter((f) => !listed.has(f))) {
  console.log(`FAIL ${file}: not in samples/manifest.json`);
  failures++;
}
for (const entry of manifest) {
  const files = entry.files ?? [entry.file];
  const args = ['bin/ntm-check.js', ...files, '--plan', entry.plan, '--format', 'json', ...(entry.asOf ? ['--as-of', entry.asOf] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const problems = [];
  if (r.status !== entry.expectExit) problems.push(`exit ${r.status}, expected ${entry.expectExit}${r.stderr ? ` (${r.stderr.trim()})` : ''}`);
  if (r.stderr.includes('    at ')) problems.push('printed a stack trace');
  if (r.stdout) {
    const report = JSON.parse(r.stdout);
    const codes = new Set([...report.files.flatMap((f) => f.findings), ...report.crossFile].map((f) => f.code));
    for (const code of entry.expectCodes ?? []) if (!codes.has(code)) problems.push(`expected finding ${code} not reported`);
  }
  const name = `${files.join(' + ')} --plan ${entry.plan}`;
  if (problems.length > 0) {
    failures++;
    console.log(`FAIL ${name}: ${problems.join('; ')}`);
  } else {
    passed++;
    console.log(`ok   ${name} → exit ${r.status}`);
  }
}
console.log(`samples: ${passed} passed, ${failures} failed`);
process.exitCode = failures > 0 ? 1 : 0;

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}
