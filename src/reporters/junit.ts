import type { Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import { renderCite, renderMessage } from '../i18n/render.js';
import type { Lang } from '../i18n/types.js';
import { escapeXml } from '../text/xml-escape.js';

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
      ? `<failure type="${f.code}" message="${escapeXml(message)}"/>`
      : `<system-out>${escapeXml(`${f.severity}: ${message}`)}</system-out>`;
    return `    <testcase classname="${escapeXml(name)}" name="${escapeXml(caseName)}">${body}</testcase>\n`;
  });
  if (!findings.some((f) => f.severity === 'error')) cases.unshift(`    <testcase classname="${escapeXml(name)}" name="valid"/>\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `  <testsuite name="${escapeXml(name)}" tests="${cases.length}" failures="${errors}">\n${cases.join('')}  </testsuite>\n`;
}
