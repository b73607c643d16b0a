#!/usr/bin/env node
// npm run bench: generates seeded workbooks, runs each case and its baseline in
// turn (BENCH_RUNS, 5 by default) as fresh processes, and prints median wall time
// and peak RSS beside the baseline, as ratios against the targets. Not part
// of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cases } from './cases.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, '.bench-out');
mkdirSync(OUT, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Runs a command as its own process under GNU time: wall seconds and peak RSS in MB. */
function measure(argv) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssLine = r.stderr.trim().split('\n').at(-1);
  if (![0, 1].includes(r.status)) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 300)}`);
  return { seconds, rssMb: Number(rssLine) / 1024 };
}

/** Median time and the highest peak of a list of runs. */
function summary(runs) {
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { seconds: sorted[Math.floor(sorted.length / 2)].seconds, rssMb: Math.max(...runs.map((r) => r.rssMb)) };
}

/**
 * Runs a case and its baseline alternately, RUNS times each: this machine's speed
 * drifts by tens of percent over a minute, and alternating lets both sides of a
 * ratio see the same drift.
 */
function measureCase(c) {
  const subject = [];
  const base = [];
  for (let i = 0; i < RUNS; i++) {
    c.before?.();
    subject.push(measure(c.command));
    if (c.baseline) {
      c.before?.();
      base.push(measure(c.baseline.command));
    }
  }
  return { subject: summary(subject), base: c.baseline ? summary(base) : undefined };
}

const rows = [];
for (const c of await cases(OUT)) {
  process.stderr.write(`bench: ${c.name}…\n`);
  const { subject, base } = measureCase(c);
  const ratio = base ? subject.seconds / base.seconds : undefined;
  const ok = (c.maxRatio === undefined || (ratio ?? 0) <= c.maxRatio) && (c.maxRssMb === undefined || subject.rssMb <= c.maxRssMb);
  rows.push({ c, subject, base, ratio, ok });
}
if (process.env.BENCH_KEEP !== '1') rmSync(join(OUT, 'out'), { recursive: true, force: true });

const pad = (s, n) => String(s).padEnd(n);
console.log(`\nntm-check benchmark — median of ${RUNS} runs, node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`${pad('case', 64)}${pad('time s', 9)}${pad('peak MB', 9)}${pad('baseline', 40)}${pad('ratio', 8)}${pad('target', 22)}ok`);
for (const { c, subject, base, ratio, ok } of rows) {
  const baseline = base ? `${c.baseline.name} ${base.seconds.toFixed(2)} s` : '';
  const target = [c.maxRatio !== undefined ? `≤ ${c.maxRatio}×` : '', c.maxRssMb !== undefined ? `≤ ${c.maxRssMb} MB` : ''].filter(Boolean).join(', ');
  console.log(`${pad(c.name, 64)}${pad(subject.seconds.toFixed(2), 9)}${pad(subject.rssMb.toFixed(0), 9)}${pad(baseline, 40)}${pad(ratio ? ratio.toFixed(2) + '×' : '', 8)}${pad(target, 22)}${ok ? 'yes' : 'NO'}`);
}
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
