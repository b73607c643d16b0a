import type { Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import { renderMessage } from '../i18n/render.js';
import { maskIdentitiesDeep } from '../text/mask.js';
import type { Lang } from '../i18n/types.js';
import { countBySeverity } from './counts.js';

/** A finding as the JSON contract of cli.md has it, with its message in `lang`. */
export function findingJson(f: Finding, lang: Lang) {
  return {
    code: f.code,
    severity: f.severity,
    file: f.file ?? null,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    row: f.row ?? null,
    message: renderMessage(f, lang),
    cite: f.cite ?? null,
    data: maskIdentitiesDeep(f.data),
    ...(f.related ? { related: f.related } : {}),
  };
}

/** The machine contract of cli.md: `--format json`. */
export function jsonReport(report: Report, lang: Lang, version: string): string {
  const out = (f: Finding) => findingJson(f, lang);
  const all = [...report.files.flatMap((f) => f.findings), ...report.crossFile];
  const total = countBySeverity(all);
  return JSON.stringify(
    {
      tool: 'ntm-check',
      version,
      plan: { id: report.plan.id, title: report.plan.title, document: `${report.plan.document.kind} ${report.plan.document.number}` },
      files: report.files.map((f) => ({ file: f.file, readable: f.readable, counts: countBySeverity(f.findings), findings: f.findings.map(out) })),
      crossFile: report.crossFile.map(out),
      summary: { files: report.files.length, ...total },
    },
    null,
    2,
  );
}
