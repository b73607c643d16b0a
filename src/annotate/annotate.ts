import { basename, extname, join } from 'node:path';
import type { Report } from '../engine/validate.js';
import type { Finding } from '../findings/finding.js';
import { catalogue, renderCite, renderMessage } from '../i18n/render.js';
import type { Lang } from '../i18n/types.js';
import { OutputError, writeFileAtomic } from '../io/output.js';
import { templateText } from '../template/text.js';
import { keepDateSystem } from './date-system.js';
import { addFindingsSheet, type FindingRow } from './findings-sheet.js';
import { markCells } from './mark-cells.js';
import { MAX_VALIDATED_CELLS, preflight } from './preflight.js';

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface AnnotateOptions {
  /** The folder the copies go to; the CLI has checked it holds no input (`prepareOutputDir`). */
  dir: string;
  lang: Lang;
  citeAs: (planId: string) => string;
}

export interface AnnotateResult {
  /** Paths of the copies written. */
  written: string[];
  /** Inputs exceljs could not load (our reader could): no copy for them. */
  failed: string[];
  /** Inputs whose copy leaves out their drop-down lists and other validations (too large for exceljs). */
  withoutValidations: string[];
}

/**
 * Writes, for every readable input, a copy into `dir` with its findings marked
 * (`--annotate`). Each copy is the input loaded by exceljs and written back with
 * fills, notes and a findings sheet added, through a temporary file and a rename;
 * the input itself is only ever read.
 */
export async function annotateReport(report: Report, options: AnnotateOptions): Promise<AnnotateResult> {
  const result: AnnotateResult = { written: [], failed: [], withoutValidations: [] };
  const used = new Set<string>();
  for (const file of report.files.filter((f) => f.readable)) {
    // Cross-file findings (a duplicate of a row in another file) are about this file's cell too.
    const findings = [...file.findings, ...report.crossFile.filter((f) => f.file === file.file)];
    let bytes: Buffer;
    try {
      const copy = await annotateWorkbook(file.file, findings, options);
      bytes = copy.bytes;
      if (!copy.validationsKept) result.withoutValidations.push(file.file);
    } catch (error) {
      if (error instanceof OutputError) throw error;
      result.failed.push(file.file);
      continue;
    }
    const target = join(options.dir, freeFileName(basename(file.file), used));
    await writeFileAtomic(target, bytes);
    result.written.push(target);
  }
  return result;
}

/** The input's own name; a second input of the same name (from another folder) gets `-2`, `-3` … */
function freeFileName(name: string, used: Set<string>): string {
  const ext = extname(name);
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/**
 * The annotated copy of one workbook, as `.xlsx` bytes. exceljs is loaded only when
 * annotating. Validations over huge ranges are left out rather than risk running out of memory.
 */
export async function annotateWorkbook(path: string, findings: readonly Finding[], options: Omit<AnnotateOptions, 'dir'>): Promise<{ bytes: Buffer; validationsKept: boolean }> {
  const { default: ExcelJS } = await import('exceljs');
  const { date1904, validatedCells, mergedCells } = await preflight(path);
  // Merges, conditional formats and validations over huge ranges make exceljs run out of memory.
  const validationsKept = validatedCells <= MAX_VALIDATED_CELLS && mergedCells <= MAX_VALIDATED_CELLS;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path, validationsKept ? {} : { ignoreNodes: ['dataValidations', 'mergeCells', 'conditionalFormatting'] });
  keepDateSystem(wb, date1904);
  const words = catalogue(options.lang);
  const rows: FindingRow[] = findings.map((f) => ({
    finding: f,
    severity: capitalise(words.severity[f.severity]),
    message: renderMessage(f, options.lang),
    cite: renderCite(f, options.citeAs, options.lang) ?? '',
  }));
  const byFinding = new Map(rows.map((r) => [r.finding, r]));
  markCells(wb, findings, (f) => {
    const row = byFinding.get(f)!;
    return `${row.severity} (${f.code}): ${row.message}${row.cite ? `\n${row.cite}` : ''}`;
  });
  if (rows.length > 0) addFindingsSheet(wb, rows, templateText(options.lang));
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), validationsKept };
}
