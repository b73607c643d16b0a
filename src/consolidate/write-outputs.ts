import { join } from 'node:path';
import type { Lang } from '../i18n/types.js';
import { assertNotInput, writeFileAtomic } from '../io/output.js';
import { consolidationJson, ledgerJson } from './json.js';
import { consolidationPdf } from './pdf/render-pdf.js';
import type { Consolidation } from './types.js';
import { consolidationXlsx } from './xlsx/write-xlsx.js';

/** The four files of cli.md (Consolidation outputs), in the order they are written. */
export const OUTPUT_FILES = ['tong-hop.json', 'so-khen-thuong.json', 'tong-hop.xlsx', 'tong-hop.pdf'] as const;

/** The order the outputs are made in: the one with background work first. */
const MAKE_ORDER = ['tong-hop.xlsx', 'tong-hop.pdf', 'tong-hop.json', 'so-khen-thuong.json'] as const satisfies ReadonlyArray<(typeof OUTPUT_FILES)[number]>;

/** Where and how the outputs are written. */
export interface WriteOptions {
  out: string;
  /** Every file the run read (workbooks and history ledgers): none may be written over. */
  inputs: readonly string[];
  lang: Lang;
  version: string;
  date: string;
  onFile?: (name: string) => void;
}

/**
 * Writes the consolidation into `out`, each file atomically (temporary name, then
 * rename). The caller has checked the folder with `prepareOutputDir` before the slow
 * work, so a refused folder leaves nothing behind. `onFile` is told as each file is
 * made (the progress line).
 */
export async function writeOutputs(c: Consolidation, options: WriteOptions): Promise<string[]> {
  const paths = OUTPUT_FILES.map((name) => join(options.out, name));
  for (const path of paths) assertNotInput(path, options.inputs);
  const make: Record<(typeof OUTPUT_FILES)[number], () => Promise<string | Buffer>> = {
    'tong-hop.json': async () => consolidationJson(c, options.lang, options.version) + '\n',
    'so-khen-thuong.json': async () => ledgerJson(c) + '\n',
    'tong-hop.xlsx': () => consolidationXlsx(c, options.lang),
    'tong-hop.pdf': () => consolidationPdf(c, { lang: options.lang, version: options.version, date: options.date }),
  };
  // Everything is made before anything is written: a failure leaves the folder as it was.
  // The workbook goes first: its compression runs on zlib's threads while this one
  // draws the PDF and serialises the JSON.
  const made = new Map<string, Promise<string | Buffer>>();
  for (const name of MAKE_ORDER) {
    options.onFile?.(name);
    made.set(name, make[name]());
  }
  const contents = await Promise.all(OUTPUT_FILES.map((name) => made.get(name)!));
  for (const [i, path] of paths.entries()) await writeFileAtomic(path, contents[i]!);
  return paths;
}
