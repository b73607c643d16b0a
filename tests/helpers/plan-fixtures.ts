import { setCell, setInfo, validDossier, withContentAreas, type CellInput, type DossierFixture } from './dossier-fixture.js';

/**
 * A clean dossier for each built-in plan, made from the Lai Châu one: the same
 * communes and people, with the province, round, dates and bases each plan wants.
 */
export function planDossier(plan: string): DossierFixture {
  const f = validDossier();
  const persons = (bases: [string, string]) => {
    setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', bases[0]);
    setCell(f, 'Cá nhân', 1, 'Căn cứ đề nghị', bases[1]);
  };
  switch (plan) {
    case 'lai-chau':
      return f;
    case 'dak-nong':
      setInfo(f, 'Tỉnh', 'Đắk Nông');
      setInfo(f, 'Huyện', 'Đắk Mil');
      setInfo(f, 'Đơn vị trình', 'UBND huyện Đắk Mil');
      setInfo(f, 'Năm thành tích', 2023);
      setInfo(f, 'Đợt xét', 'Sơ kết 2023');
      setInfo(f, 'Ngày trình', new Date(Date.UTC(2024, 0, 10)));
      setInfo(f, 'Ngày đăng ký thi đua', new Date(Date.UTC(2023, 0, 12)));
      setCell(f, 'Xã', 1, 'Năm công nhận', 2023);
      setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Bằng khen của Chủ tịch UBND tỉnh');
      setCell(f, 'Tập thể', 0, 'Căn cứ đề nghị', 'xa-ntm');
      setCell(f, 'Tập thể', 0, 'Năm đạt chuẩn', 2023);
      persons(['ca-nhan-can-bo', 'ca-nhan-lao-dong']);
      return f;
    case 'tuyen-quang':
    case 'ha-quang':
      setInfo(f, 'Tỉnh', plan === 'tuyen-quang' ? 'Tuyên Quang' : 'Cao Bằng');
      setInfo(f, 'Huyện', plan === 'tuyen-quang' ? 'Hàm Yên' : 'Hà Quảng');
      setInfo(f, 'Đơn vị trình', plan === 'tuyen-quang' ? 'UBND huyện Hàm Yên' : 'UBND huyện Hà Quảng');
      setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Bằng khen của Chủ tịch UBND tỉnh');
      setCell(f, 'Tập thể', 0, 'Căn cứ đề nghị', 'xa-ntm');
      persons(['ca-nhan-can-bo', 'ca-nhan-lao-dong']);
      return f;
    case 'tam-duong':
      withContentAreas(f);
      setInfo(f, 'Năm thành tích', 2022);
      setInfo(f, 'Đợt xét', 'Đợt cao điểm');
      setInfo(f, 'Ngày trình', new Date(Date.UTC(2022, 8, 5)));
      setInfo(f, 'Ngày đăng ký thi đua', undefined);
      setCell(f, 'Xã', 1, 'Năm công nhận', 2022);
      setCell(f, 'Tập thể', 0, 'Hình thức đề nghị', 'Giấy khen của Chủ tịch UBND huyện');
      setCell(f, 'Tập thể', 0, 'Căn cứ đề nghị', null);
      setCell(f, 'Tập thể', 0, 'Năm đạt chuẩn', 2022);
      persons(['', '']);
      setCell(f, 'Cá nhân', 0, 'Căn cứ đề nghị', null);
      setCell(f, 'Cá nhân', 1, 'Căn cứ đề nghị', null);
      return f;
    default:
      throw new Error(`no fixture for plan ${plan}`);
  }
}

/** Appends a nomination row to a sheet, by header name. */
export function addRow(f: DossierFixture, sheet: string, values: Record<string, unknown>): void {
  const table = f.sheets[sheet]!;
  for (const key of Object.keys(values)) if (!table.headers.includes(key)) throw new Error(`no header ${key} in ${sheet}`);
  table.rows.push(table.headers.map((h) => (h === 'STT' ? table.rows.length + 1 : ((values[h] ?? null) as CellInput))));
}

/** A person row for Lai Châu's individual bases; override what the case needs. */
export function person(name: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'Họ và tên': name, 'Giới tính': 'Nam', 'Năm sinh': 1980, 'Chức vụ, nghề nghiệp': 'Nông dân', 'Đơn vị, địa chỉ': 'Xã Bình Lư',
    'Xã': 'Bình Lư', 'Đối tượng': 'Người lao động', 'Cấp quản lý': 'Xã', 'Hình thức đề nghị': 'Bằng khen của Chủ tịch UBND tỉnh',
    'Căn cứ đề nghị': 'bk-ca-nhan-xa-ntm', 'Thành tích tóm tắt': 'Tích cực tham gia xây dựng nông thôn mới ở địa phương.', ...overrides,
  };
}
