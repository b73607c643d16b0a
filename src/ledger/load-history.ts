import { open, readFile } from 'node:fs/promises';
import { HistoryLoadError } from './history-error.js';
import { ledgerSchema, type LedgerEntry } from './ledger.js';
import { readLedgerSheet } from './read-ledger-sheet.js';

export { HistoryLoadError } from './history-error.js';

/**
 * Reads one or more ledgers and merges their entries: `so-khen-thuong.json` as
 * `consolidate` writes it, or an earlier `tong-hop.xlsx` (its `Sổ khen thưởng` sheet).
 * The kind is told from the file's first bytes, not its name: a zip is a workbook.
 */
export async function loadHistory(files: readonly string[]): Promise<LedgerEntry[]> {
  const entries: LedgerEntry[] = [];
  for (const file of files) entries.push(...((await isZip(file)) ? await readLedgerSheet(file) : await readJsonLedger(file)));
  return entries;
}

async function isZip(file: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } catch {
    return false; // the JSON path reports the file as unreadable
  } finally {
    await handle?.close();
  }
}

async function readJsonLedger(file: string): Promise<LedgerEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new HistoryLoadError(file, error instanceof SyntaxError ? 'invalid' : 'unreadable', error instanceof SyntaxError ? error.message : '');
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HistoryLoadError(file, 'invalid', `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data.entries;
}
