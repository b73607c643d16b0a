import type ExcelJS from 'exceljs';

/** Days between the 1900 and 1904 date systems' day zero. */
const DAYS_1904 = 1462;
const DAY_MS = 86_400_000;

/**
 * Keeps a 1904-date workbook's dates where they were. exceljs recognises only
 * `date1904="1"`; LibreOffice writes `date1904="true"`, which exceljs reads as the
 * 1900 system (every date 4 years and 1 day early) and would then write back
 * without the flag. Told by our own reader that the file is 1904-based, we set
 * the flag and move every date exceljs decoded by the same 1462 days, so each cell
 * goes back out with the serial it came in with.
 */
export function keepDateSystem(wb: ExcelJS.Workbook, date1904: boolean): void {
  if (!date1904 || wb.properties.date1904) return;
  wb.properties.date1904 = true;
  const shift = (d: Date) => new Date(d.getTime() + DAYS_1904 * DAY_MS);
  wb.eachSheet((ws) => {
    ws.eachRow((row) => {
      row.eachCell((cell) => {
        const v = cell.value;
        if (v instanceof Date) cell.value = shift(v);
        else if (v && typeof v === 'object' && 'result' in v && v.result instanceof Date) cell.value = { ...v, result: shift(v.result) } as ExcelJS.CellValue;
      });
    });
  });
}
