import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/**
 * Fixture workbooks built in code. `validDossier()` is a clean Lai Châu district
 * dossier (huyện Tam Đường, 2024); a test changes what it needs and writes it.
 * Headers sit in row 1 and data starts in row 2, so the Nth data row is Excel row N+1.
 */

export type CellInput = string | number | boolean | Date | null | undefined | ExcelJS.CellValue;

export interface TableFixture {
  headers: string[];
  rows: CellInput[][];
  /** Rows written above the header (titles). */
  titleRows?: CellInput[][];
}

export interface DossierFixture {
  /** `Thông tin` as [field, value] pairs, written to columns A and B. */
  info: Array<[string, CellInput]>;
  sheets: Record<string, TableFixture>;
  /** Extra workbook properties. */
  date1904?: boolean;
}

export const COMMUNE_HEADERS = ['STT', 'Tên xã', 'Số tiêu chí đạt', 'Số tiêu chí đạt năm trước', 'Mức đạt chuẩn', 'Năm công nhận', 'Xã đặc biệt khó khăn', 'Xã biên giới', 'Nợ đọng XDCB (triệu đồng)', 'Đạt "4 tại chỗ"', 'Số thôn', 'Số thôn đạt chuẩn NTM', 'Số thôn NTM kiểu mẫu'];
export const COLLECTIVE_HEADERS = ['STT', 'Tên tập thể', 'Loại tập thể', 'Xã', 'Hình thức đề nghị', 'Căn cứ đề nghị', 'Năm đạt chuẩn', 'Giá trị đóng góp (triệu đồng)', 'Số sao OCOP', 'Thành tích tóm tắt', 'Khen thưởng đã nhận'];
export const INDIVIDUAL_HEADERS = ['STT', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Chức vụ, nghề nghiệp', 'Đơn vị, địa chỉ', 'Xã', 'Thôn/bản', 'Đối tượng', 'Cấp quản lý', 'Hình thức đề nghị', 'Căn cứ đề nghị', 'Giá trị đóng góp (triệu đồng)', 'Số sao OCOP', 'Số định danh', 'Thành tích tóm tắt', 'Khen thưởng đã nhận'];

/** A clean Lai Châu district dossier. */
export function validDossier(): DossierFixture {
  return {
    info: [
      ['Tỉnh', 'Lai Châu'],
      ['Huyện', 'Tam Đường'],
      ['Đơn vị trình', 'UBND huyện Tam Đường'],
      ['Cấp đơn vị trình', 'Huyện'],
      ['Năm thành tích', 2024],
      ['Đợt xét', 'Hằng năm'],
      ['Ngày trình', new Date(Date.UTC(2025, 0, 10))],
      ['Ngày đăng ký thi đua', new Date(Date.UTC(2024, 0, 12))],
      ['Số tờ trình', '15/TTr-UBND'],
      ['Mức đạt chuẩn của huyện', 'Chưa đạt'],
      ['Nợ đọng XDCB của huyện (triệu đồng)', 0],
      ['Người ký', 'Nguyễn Văn Hải'],
      ['Chức vụ người ký', 'CHỦ TỊCH'],
    ],
    sheets: {
      'Xã': {
        headers: [...COMMUNE_HEADERS],
        rows: [
          [1, 'Bản Bo', 19, 19, 'Đạt chuẩn NTM', 2021, 'Không', 'Không', 0, 'Có', 12, 12, 1],
          [2, 'Bình Lư', 19, 18, 'Đạt chuẩn NTM', 2024, 'Không', 'Không', 0, 'Có', 15, 10, 0],
          [3, 'Khun Há', 14, 12, 'Chưa đạt', null, 'Có', 'Không', 0, 'Không', 9, 2, 0],
        ],
      },
      'Tập thể': {
        headers: [...COLLECTIVE_HEADERS],
        rows: [[1, 'UBND xã Bình Lư', 'Xã', 'Bình Lư', 'Cờ thi đua của UBND tỉnh', 'co-xa-ntm', 2024, null, null, 'Hoàn thành 19/19 tiêu chí nông thôn mới năm 2024, không nợ đọng xây dựng cơ bản.', null]],
      },
      'Cá nhân': {
        headers: [...INDIVIDUAL_HEADERS],
        rows: [
          [1, 'Lò Văn Thanh', 'Nam', 1975, 'Chủ tịch UBND xã', 'UBND xã Bình Lư', 'Bình Lư', null, 'Cán bộ, công chức, viên chức', 'Xã', 'Bằng khen của Chủ tịch UBND tỉnh', 'bk-ca-nhan-xa-ntm', null, null, '012345678901', 'Chỉ đạo xã Bình Lư hoàn thành 19/19 tiêu chí nông thôn mới năm 2024.', null],
          [2, 'Tẩn Thị Mai', 'Nữ', 1988, 'Trưởng bản', 'Bản Nà Khum, xã Bình Lư', 'Bình Lư', 'Nà Khum', 'Người lao động', 'Xã', 'Bằng khen của Chủ tịch UBND tỉnh', 'bk-ca-nhan-xa-ntm', null, null, '012345678902', 'Vận động nhân dân hiến 1.200 m² đất làm đường giao thông nông thôn.', null],
        ],
      },
    },
  };
}

/** Sets one cell of a table by header name (data row index from 0). */
export function setCell(fixture: DossierFixture, sheet: string, rowIndex: number, header: string, value: CellInput): void {
  const table = fixture.sheets[sheet]!;
  const col = table.headers.indexOf(header);
  if (col === -1) throw new Error(`no header ${header} in ${sheet}`);
  table.rows[rowIndex]![col] = value;
}

/** Sets (or with `undefined`, removes) a `Thông tin` field. */
export function setInfo(fixture: DossierFixture, field: string, value: CellInput | undefined): void {
  const i = fixture.info.findIndex(([k]) => k === field);
  if (value === undefined) {
    if (i !== -1) fixture.info.splice(i, 1);
  } else if (i === -1) fixture.info.push([field, value]);
  else fixture.info[i] = [field, value];
}

/** Builds the workbook in memory. */
export async function buildWorkbook(fixture: DossierFixture): Promise<ExcelJS.Buffer> {
  const wb = new ExcelJS.Workbook();
  if (fixture.date1904) wb.properties.date1904 = true;
  if (fixture.info.length > 0) {
    const info = wb.addWorksheet('Thông tin');
    for (const [key, value] of fixture.info) info.addRow([key, value as ExcelJS.CellValue]);
  }
  for (const [name, table] of Object.entries(fixture.sheets)) {
    const ws = wb.addWorksheet(name);
    for (const title of table.titleRows ?? []) ws.addRow(title as ExcelJS.CellValue[]);
    ws.addRow(table.headers);
    for (const row of table.rows) ws.addRow(row as ExcelJS.CellValue[]);
  }
  return wb.xlsx.writeBuffer();
}

let dir: string | undefined;
let counter = 0;

/** Writes the fixture to a fresh file in a temporary folder and returns its path. */
export async function writeFixture(fixture: DossierFixture, name = `fixture-${++counter}.xlsx`): Promise<string> {
  dir ??= mkdtempSync(join(tmpdir(), 'ntm-check-test-'));
  const path = join(dir, name);
  const { writeFile } = await import('node:fs/promises');
  await writeFile(path, Buffer.from(await buildWorkbook(fixture)));
  return path;
}

/** A fresh temporary folder for a test's files. */
export function tempDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), 'ntm-check-test-'));
  return dir;
}

/** Adds `Nội dung thi đua` (area `2.1`) to every nomination, as Tam Đường's plan requires. */
export function withContentAreas(fixture: DossierFixture, area = '2.1'): DossierFixture {
  for (const sheet of ['Tập thể', 'Cá nhân']) {
    const table = fixture.sheets[sheet];
    if (!table) continue;
    table.headers.push('Nội dung thi đua');
    for (const row of table.rows) row[table.headers.length - 1] = area;
  }
  return fixture;
}
