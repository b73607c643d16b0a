import type ExcelJS from 'exceljs';
import type { Severity } from '../findings/codes.js';
import type { Finding } from '../findings/finding.js';
import { SEVERITY_FILL } from '../template/styles.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The worksheet a finding names, matched as written (NFC either side: the reader normalises text). */
export function findSheet(wb: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet | undefined {
  if (name === undefined) return undefined;
  const key = name.normalize('NFC');
  return wb.worksheets.find((ws) => ws.name.normalize('NFC') === key);
}

/** The text of a cell's existing note, whatever form exceljs read it in. */
function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/**
 * Marks every cell that has a finding: a fill by the worst severity among its
 * findings (errors red, warnings yellow) and a note listing each finding's
 * message and clause. A note the officer wrote is kept above ours. Returns the
 * A1 addresses marked, per sheet name, for tests and the summary.
 */
export function markCells(wb: ExcelJS.Workbook, findings: readonly Finding[], noteOf: (f: Finding) => string): Map<string, string[]> {
  const groups = new Map<string, { ws: ExcelJS.Worksheet; cell: string; findings: Finding[] }>();
  for (const f of findings) {
    const ws = f.cell ? findSheet(wb, f.sheet) : undefined;
    if (!ws || !f.cell) continue;
    const key = `${ws.name}\u0000${f.cell}`;
    const group = groups.get(key) ?? { ws, cell: f.cell, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  const marked = new Map<string, string[]>();
  for (const { ws, cell: address, findings: list } of groups.values()) {
    let cell = ws.getCell(address);
    // A finding on a merged area belongs to its top-left cell, the one Excel shows.
    if (cell.isMerged && cell.master) cell = cell.master;
    const worst = list.reduce<Severity>((w, f) => (RANK[f.severity] > RANK[w] ? f.severity : w), 'info');
    // A new style object: exceljs shares one style object among cells read with the same
    // style, so assigning `cell.fill` would paint every such cell.
    cell.style = { ...cell.style, fill: SEVERITY_FILL[worst] };
    const ours = list.map(noteOf).join('\n\n');
    const theirs = noteText(cell.note);
    cell.note = theirs ? `${theirs}\n\n— ntm-check —\n${ours}` : ours;
    marked.set(ws.name, [...(marked.get(ws.name) ?? []), cell.address]);
  }
  return marked;
}
