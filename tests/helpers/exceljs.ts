/** Builds normal workbooks with exceljs, the way most test fixtures are made. */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

/** Options passed to exceljs when writing. */
export interface WriteOptions {
  /**
   * false writes strings into the sheet XML (`t="str"`, rich text as `inlineStr`)
   * instead of sharedStrings.xml. exceljs's in-memory writer ignores this option,
   * so it switches to exceljs's streaming writer.
   */
  useSharedStrings?: boolean;
}

/** Runs `build` on a fresh exceljs workbook and returns the `.xlsx` bytes. */
export async function excelBuffer(build: (wb: ExcelJS.Workbook) => void, options: WriteOptions = {}): Promise<Buffer> {
  if (options.useSharedStrings !== false) {
    const wb = new ExcelJS.Workbook();
    build(wb);
    return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve, reject) => stream.on('end', resolve).on('error', reject));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false, useStyles: true });
  build(wb);
  await wb.commit();
  await done;
  return Buffer.concat(parts);
}
