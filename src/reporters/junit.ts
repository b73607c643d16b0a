import type { Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import { renderCite, renderMessage } from '../i18n/render.js';
import type { Lang } from '../i18n/types.js';

/**
 * JUnit XML for CI dashboards: one test suite per file, one failing test case
 * per error (warnings pass, with their text in system-out), and one passing case
 * for a clean file so dashboards count it.
 */
export function junitReport(report: Report, lang: Lang, citeAs: (planId: string) => string): string {
  const suites = report.files.map((file) => suite(file.file, file.findings, lang, citeAs));
  if (report.crossFile.length > 0) suites.push(suite('cross-file', report.crossFile, lang, citeAs));
  const failures = [...report.files.flatMap((f) => f.findings), ...report.crossFile].filter((f) => f.severity === 'error').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ntm-check" failures="${failures}">\n${suites.join('')}</testsuites>\n`;
}

function suite(name: string, findings: Finding[], lang: Lang, citeAs: (planId: string) => string): string {
  const cases = findings.map((f) => {
    const place = [f.sheet, f.cell ?? (f.row ? `row ${f.row}` : undefined)].filter(Boolean).join('!');
    const cite = renderCite(f, citeAs, lang);
    const message = renderMessage(f, lang) + (cite ? ` (${cite})` : '');
    const caseName = `${f.code}${place ? ` @ ${place}` : ''}`;
    const body = f.severity === 'error'
      ? `<failure type="${f.code}" message="${xml(message)}"/>`
      : `<system-out>${xml(`${f.severity}: ${message}`)}</system-out>`;
    return `    <testcase classname="${xml(name)}" name="${xml(caseName)}">${body}</testcase>\n`;
  });
  if (!findings.some((f) => f.severity === 'error')) cases.unshift(`    <testcase classname="${xml(name)}" name="valid"/>\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${errors}">\n${cases.join('')}  </testsuite>\n`;
}

/** Escapes text for XML attributes and content, dropping characters XML 1.0 forbids. */
function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
