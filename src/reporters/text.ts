import { Chalk, type ChalkInstance } from 'chalk';
import type { Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import { catalogue, renderCite, renderMessage } from '../i18n/render.js';
import type { Lang } from '../i18n/types.js';
import { countBySeverity } from './counts.js';

export interface TextOptions {
  lang: Lang;
  color: boolean;
  /** Errors only. */
  quiet: boolean;
  citeAs: (planId: string) => string;
  /** Terminal width: findings wrap under a hanging indent. Without it (a pipe, a CI log) each finding is one line. */
  width?: number;
}

/**
 * The officer's view: findings grouped by file and sheet, one line each with the
 * cell, severity, code, message and the clause it enforces; a summary line last.
 * Unreadable files are not listed here: the CLI says their one sentence on stderr.
 */
export function textReport(report: Report, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const text = catalogue(options.lang);
  const keep = (f: Finding) => !options.quiet || f.severity === 'error';
  const lines: string[] = [];
  for (const file of report.files.filter((f) => f.readable)) {
    const shown = file.findings.filter(keep);
    lines.push(c.bold.underline(file.file) + (shown.length === 0 ? `  ${c.green(text.clean)}` : ''));
    lines.push(...grouped(shown, (f) => f.sheet ?? text.cli.sheetless, options, c));
  }
  const cross = report.crossFile.filter(keep);
  if (cross.length > 0) {
    lines.push(c.bold.underline(text.cli.crossFile));
    lines.push(...grouped(cross, (f) => `${f.file} › ${f.sheet ?? text.cli.sheetless}`, options, c));
  }
  const all = [...report.files.flatMap((f) => f.findings), ...report.crossFile];
  const counts = { files: report.files.length, ...countBySeverity(all) };
  const mark = counts.error > 0 ? c.red('✖') : counts.warning > 0 ? c.yellow('!') : c.green('✔');
  lines.push('', `${mark} ${text.summary(counts)}`);
  return lines.join('\n') + '\n';
}

/** Findings under a heading each time `heading` changes (the sheet; file and sheet across files). */
function grouped(findings: Finding[], heading: (f: Finding) => string, options: TextOptions, c: ChalkInstance): string[] {
  const lines: string[] = [];
  let current: string | undefined;
  for (const f of findings) {
    if (heading(f) !== current) {
      current = heading(f);
      lines.push(`  ${c.cyan(current)}`);
    }
    lines.push(findingLine(f, options, c));
  }
  return lines;
}

function findingLine(f: Finding, options: TextOptions, c: ChalkInstance): string {
  const text = catalogue(options.lang);
  const where = (f.cell ?? (f.row ? `${f.row}` : '')).padEnd(6);
  const severityText = text.severity[f.severity].padEnd(9);
  const severity = f.severity === 'error' ? c.red(severityText) : f.severity === 'warning' ? c.yellow(severityText) : c.blue(severityText);
  const cite = renderCite(f, options.citeAs, options.lang);
  const message = renderMessage(f, options.lang);
  if (!options.width) return `    ${where} ${severity} ${c.dim(f.code.padEnd(27))} ${message}${cite ? c.dim(` — ${cite}`) : ''}`;
  // On a terminal: cell and severity, then the message wrapped under itself, the clause and code last, dimmed.
  const indent = 4 + where.length + 1 + severityText.length + 1;
  const lines = wrap(`${message} ${DIM_START}${cite ? `${cite} · ` : ''}${f.code}`, Math.max(30, options.width - indent - 1));
  const wrapped = lines.map((line, i) => (i === 0 ? line : ' '.repeat(indent) + line)).join('\n');
  const [plain, dimmed = ''] = wrapped.split(DIM_START);
  return `    ${where} ${severity} ${plain}${c.dim(dimmed)}`;
}

/** Marks where the dimmed tail (clause, code) starts, through wrapping. */
const DIM_START = '\u0000';

/** Greedy word wrap; counts characters, which is right for NFC Vietnamese. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const visible = (s: string) => s.replace(DIM_START, '').length;
    if (line && visible(line) + 1 + visible(word) > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
