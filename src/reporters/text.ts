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
    lines.push(...groupBySheet(shown, options, c, text.cli.sheetless));
  }
  const cross = report.crossFile.filter(keep);
  if (cross.length > 0) {
    lines.push(c.bold.underline(text.cli.crossFile));
    lines.push(...cross.map((f) => findingLine(f, options, c, `${f.file} › ${f.sheet ?? ''}`)));
  }
  const all = [...report.files.flatMap((f) => f.findings), ...report.crossFile];
  const counts = { files: report.files.length, ...countBySeverity(all) };
  const mark = counts.error > 0 ? c.red('✖') : counts.warning > 0 ? c.yellow('!') : c.green('✔');
  lines.push('', `${mark} ${text.summary(counts)}`);
  return lines.join('\n') + '\n';
}

function groupBySheet(findings: Finding[], options: TextOptions, c: ChalkInstance, sheetless: string): string[] {
  const lines: string[] = [];
  let sheet: string | undefined | null = null;
  for (const f of findings) {
    if (f.sheet !== sheet) {
      sheet = f.sheet;
      lines.push(`  ${c.cyan(sheet ?? sheetless)}`);
    }
    lines.push(findingLine(f, options, c));
  }
  return lines;
}

function findingLine(f: Finding, options: TextOptions, c: ChalkInstance, prefix?: string): string {
  const text = catalogue(options.lang);
  const where = (f.cell ?? (f.row ? `${f.row}` : '')).padEnd(6);
  const severityText = text.severity[f.severity].padEnd(9);
  const severity = f.severity === 'error' ? c.red(severityText) : f.severity === 'warning' ? c.yellow(severityText) : c.blue(severityText);
  const cite = renderCite(f, options.citeAs, options.lang);
  const head = prefix ? `${c.dim(prefix)} ` : '';
  return `    ${head}${where} ${severity} ${c.dim(f.code.padEnd(27))} ${renderMessage(f, options.lang)}${cite ? c.dim(` — ${cite}`) : ''}`;
}
