/**
 * The entry point of the workbook reader: file checks, content sniffing, then the
 * zip/XML reader. Every failure is a {@link WorkbookReadError} with a reason.
 */
import { readWorkbookFile } from './file.js';
import { loadWorkbook } from './load.js';
import { sniffFile } from './sniff.js';
import { WorkbookReadError, type ReadLimits, type WorkbookData } from './types.js';

/** Caps used when the caller does not override them. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxUncompressedBytes: 2 * 1024 * 1024 * 1024,
  minInflateRatio: 0.01,
  maxEntries: 1000,
  maxRows: 1_048_576,
  maxColumns: 16_384,
});

/**
 * Opens an `.xlsx` workbook. Shared strings, styles and the sheet list are read
 * now; sheet rows are streamed later through {@link WorkbookData.rows}.
 * @param limits overrides for {@link DEFAULT_LIMITS}.
 * @throws WorkbookReadError for every way the file cannot be read (see `UnreadableReason`).
 */
export async function openWorkbook(path: string, limits: Partial<ReadLimits> = {}): Promise<WorkbookData> {
  const caps: ReadLimits = { ...DEFAULT_LIMITS, ...limits };
  const buf = await readWorkbookFile(path, caps.maxFileBytes);
  const kind = sniffFile(buf);
  if (kind !== 'zip') throw new WorkbookReadError(kind, { path });
  return loadWorkbook(buf, caps);
}
