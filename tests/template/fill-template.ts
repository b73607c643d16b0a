/**
 * Fills a generated template the way an officer would: values typed under the
 * template's own headers, bases and content areas picked by their labels from the
 * drop-downs, every pre-listed commune given a row, TC1…TC19 ticked to match.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../../src/plans/schema.js';
import type { CellInput, DossierFixture } from '../helpers/dossier-fixture.js';

/** Column number of each header in row 1. */
function headerColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const map = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => map.set(String(cell.value), col));
  return map;
}

/** What the drop-down shows for a value the fixture gives by id. */
function asPicked(header: string, value: CellInput, plan: Plan): CellInput {
  if (typeof value !== 'string') return value;
  if (header === 'Căn cứ đề nghị') return plan.bases.find((b) => b.id === value)?.label ?? value;
  if (header === 'Nội dung thi đua') return plan.contentAreas?.find((a) => a.id === value)?.label ?? value;
  return value;
}

/** A commune the template pre-listed but the fixture does not describe: plain, not yet NTM. */
const PLAIN_COMMUNE: Record<string, CellInput> = { 'Số tiêu chí đạt': 15, 'Số tiêu chí đạt năm trước': 15, 'Mức đạt chuẩn': 'Chưa đạt', 'Nợ đọng XDCB (triệu đồng)': 0 };

/** Returns the template's bytes with the fixture's data typed in. */
export async function fillTemplate(template: Buffer | ArrayBuffer, fixture: DossierFixture, plan: Plan): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(template as ArrayBuffer);

  const info = wb.getWorksheet('Thông tin')!;
  for (const [field, value] of fixture.info) {
    let row = 0;
    info.eachRow((r, n) => void (String(r.getCell(1).value) === field && (row = n)));
    if (row === 0) throw new Error(`no field ${field} in the template`);
    info.getCell(row, 2).value = value as ExcelJS.CellValue;
  }

  for (const [name, table] of Object.entries(fixture.sheets)) {
    const ws = wb.getWorksheet(name)!;
    const cols = headerColumns(ws);
    const nameCol = cols.get(table.headers[1]!)!;
    for (const values of table.rows) {
      // A pre-listed commune keeps its row; anything else goes after the last used row.
      let row = 0;
      ws.eachRow((r, n) => void (n > 1 && r.getCell(nameCol).value === values[1] && (row = n)));
      if (row === 0) row = ws.actualRowCount + 1;
      table.headers.forEach((header, i) => {
        const col = cols.get(header);
        if (col === undefined) throw new Error(`no header ${header} in ${name}`);
        ws.getCell(row, col).value = asPicked(header, values[i], plan) as ExcelJS.CellValue;
      });
    }
    if (name === 'Xã') completeCommunes(ws, cols);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Gives every pre-listed commune its required values and ticks TC1…TC19 to match `Số tiêu chí đạt`. */
function completeCommunes(ws: ExcelJS.Worksheet, cols: Map<string, number>): void {
  ws.eachRow((r, n) => {
    if (n === 1 || !r.getCell(cols.get('Tên xã')!).value) return;
    for (const [header, value] of Object.entries(PLAIN_COMMUNE)) {
      const cell = r.getCell(cols.get(header)!);
      if (cell.value === null || cell.value === undefined) cell.value = value as ExcelJS.CellValue;
    }
    const met = Number(r.getCell(cols.get('Số tiêu chí đạt')!).value);
    for (let k = 1; k <= 19; k++) r.getCell(cols.get(`TC${k}`)!).value = k <= met ? 'Có' : 'Không';
  });
}
