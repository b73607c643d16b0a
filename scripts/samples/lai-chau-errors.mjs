/**
 * Error samples for the Lai Châu plan: each is the valid Tam Đường 2022 dossier
 * with one theme of mistakes an officer really makes, and lists the finding
 * codes it is built to show. `make(base)` returns the changed dossier and the
 * writer options.
 */
import { FORMS } from './columns.mjs';
import { setCriteria } from './communes.mjs';
import { toTcvn3 } from './text.mjs';

const commune = (d, name) => d.communes.find((c) => c.name === name);
const person = (d, commune, position) => d.individuals.find((p) => p.commune === commune && p.position.startsWith(position));

/** Each theme: file slug, codes, exit code, short Vietnamese and English descriptions, and the change. */
export const LAI_CHAU_ERROR_THEMES = [
  {
    slug: 'loi-thieu-sheet-xa', codes: ['sheet.missing'], exit: 1,
    vi: 'Hồ sơ huyện thiếu sheet `Xã`; các kiểm tra cần số liệu xã (điều kiện, hạn mức theo xã) không chạy, nên chỉ có một phát hiện.',
    en: 'District workbook without the `Xã` sheet; checks that need commune data are skipped, so it shows this one finding.',
    make: (d) => ({ dossier: d, options: { omitSheets: ['communes'] } }),
  },
  {
    slug: 'loi-thieu-cot-ho-ten', codes: ['column.missing'], exit: 1,
    vi: 'Sheet `Cá nhân` không có cột `Họ và tên`: tiêu đề gõ nhầm thành `Ho va tenn`, được gợi ý là cột định ghi (không báo thêm là cột lạ).',
    en: '`Cá nhân` lacks `Họ và tên`: the header was typed `Ho va tenn`, offered as the column probably meant (not reported again as unknown).',
    make: (d) => ({ dossier: d, options: { headers: { individuals: { name: 'Ho va tenn' } } } }),
  },
  {
    slug: 'canh-bao-cot-ghi-chu-them', codes: ['column.unknown'], exit: 0,
    vi: 'Có thêm cột `Ghi chú thêm` ngoài mẫu (chỉ cảnh báo).', en: 'An extra column `Ghi chú thêm` (warning only).',
    make: (d) => {
      d.individuals[0].extra = { 'Ghi chú thêm': 'Đã xin ý kiến Đảng ủy xã' };
      d.individuals[5].extra = { 'Ghi chú thêm': 'Bổ sung bản photo quyết định' };
      return { dossier: d };
    },
  },
  {
    slug: 'loi-o-bat-buoc-trong', codes: ['cell.required'], exit: 1,
    vi: 'Bỏ trống ô bắt buộc: `Đơn vị, địa chỉ` của một cá nhân, `Nợ đọng XDCB` của xã Giang Ma.',
    en: 'Required cells left empty: one nominee\'s `Đơn vị, địa chỉ`, commune Giang Ma\'s `Nợ đọng XDCB`.',
    make: (d) => {
      person(d, 'Tả Lèng', 'Chủ tịch Hội').address = '';
      commune(d, 'Giang Ma').debt = undefined;
      return { dossier: d };
    },
  },
  {
    slug: 'loi-kieu-du-lieu', codes: ['cell.type'], exit: 1,
    vi: 'Chữ trong cột số: `Số thôn` = "12 bản", `Năm sinh` = "không rõ".',
    en: 'Text in number columns: `Số thôn` = "12 bản", `Năm sinh` = "không rõ".',
    make: (d) => {
      commune(d, 'Bản Hon').villages = '12 bản';
      person(d, 'Nùng Nàng', 'Nông dân').birthYear = 'không rõ';
      return { dossier: d };
    },
  },
  {
    slug: 'loi-gia-tri-danh-muc', codes: ['cell.enum'], exit: 1,
    vi: 'Giá trị ngoài danh mục, gần đúng: `Bằng khen tỉnhh`, `Đạt chuẩn NTMM`.',
    en: 'Near-miss vocabulary values: `Bằng khen tỉnhh`, `Đạt chuẩn NTMM`.',
    make: (d) => {
      person(d, 'Tả Lèng', 'Phó Chủ tịch').form = 'Bằng khen tỉnhh';
      commune(d, 'Nà Tăm').level = 'Đạt chuẩn NTMM';
      return { dossier: d };
    },
  },
  {
    slug: 'loi-ngoai-khoang', codes: ['cell.range'], exit: 1,
    vi: 'Giá trị ngoài khoảng: `Số tiêu chí đạt` = 21 (Giang Ma), `Năm sinh` = 1900, `Số sao OCOP` = 6.',
    en: 'Out of range: `Số tiêu chí đạt` = 21 (Giang Ma), `Năm sinh` = 1900, `Số sao OCOP` = 6.',
    make: (d) => {
      commune(d, 'Giang Ma').criteria = 21;
      person(d, 'Nùng Nàng', 'Công chức').birthYear = 1900;
      d.collectives.find((c) => c.name.startsWith('Hợp tác xã')).ocop = 6;
      return { dossier: d };
    },
  },
  {
    slug: 'loi-cong-thuc', codes: ['cell.formula-error'], exit: 1,
    vi: 'Ô lỗi công thức: `Số thôn` = `=SUM(#REF!)` (Hồ Thầu), `Năm sinh` = `#N/A` dán từ VLOOKUP.',
    en: 'Formula errors: `Số thôn` = `=SUM(#REF!)` (Hồ Thầu), `Năm sinh` = `#N/A` pasted from a VLOOKUP.',
    make: (d) => {
      commune(d, 'Hồ Thầu').villages = { formula: 'SUM(#REF!)', result: { error: '#REF!' } };
      person(d, 'Tả Lèng', 'Công chức').birthYear = { error: '#N/A' };
      return { dossier: d };
    },
  },
  {
    slug: 'canh-bao-ma-tcvn3', codes: ['text.legacy-encoding'], exit: 0,
    vi: 'Một họ tên gõ bằng bảng mã TCVN3 (.VnTime): "NguyÔn ThÞ Thu Hµ" (chỉ cảnh báo).',
    en: 'A name typed in TCVN3 (.VnTime): "NguyÔn ThÞ Thu Hµ" for "Nguyễn Thị Thu Hà" (warning only).',
    make: (d) => {
      const p = d.individuals.find((x) => x.commune === 'Sơn Bình');
      p.name = { $text: toTcvn3('Nguyễn Thị Thu Hà'), $font: '.VnTime' };
      return { dossier: d };
    },
  },
  {
    slug: 'loi-sai-tinh', codes: ['info.province-mismatch'], exit: 1,
    vi: '`Tỉnh` = Lào Cai trong hồ sơ của kế hoạch Lai Châu.', en: '`Tỉnh` = Lào Cai in a Lai Châu dossier.',
    make: (d) => { d.info.province = 'Lào Cai'; return { dossier: d }; },
  },
  {
    slug: 'loi-xa-trung-lap', codes: ['commune.duplicate'], exit: 1,
    vi: 'Xã Bản Hon xuất hiện hai lần trong sheet `Xã` (dán trùng dòng).', en: 'Commune Bản Hon listed twice (row pasted twice).',
    make: (d) => {
      const i = d.communes.findIndex((c) => c.name === 'Bản Hon');
      d.communes.splice(i + 1, 0, { ...d.communes[i] });
      return { dossier: d };
    },
  },
  {
    slug: 'loi-muc-dat-chuan-tieu-chi', codes: ['commune.level-criteria'], exit: 1,
    vi: 'Xã Sơn Bình ghi `Đạt chuẩn NTM` nhưng chỉ đạt 17 tiêu chí.', en: 'Sơn Bình is `Đạt chuẩn NTM` with only 17 criteria.',
    make: (d) => {
      const c = setCriteria(commune(d, 'Sơn Bình'), 17);
      c.criteriaPrev = 17;
      return { dossier: d };
    },
  },
  {
    slug: 'loi-chi-tiet-tieu-chi', codes: ['commune.criteria-breakdown'], exit: 1,
    vi: 'Xã Bản Giang: `Số tiêu chí đạt` = 19 nhưng các cột TC1…TC19 chỉ có 18 "Có".',
    en: 'Bản Giang: `Số tiêu chí đạt` = 19 but TC1…TC19 hold only 18 "Có".',
    make: (d) => { commune(d, 'Bản Giang').tc17 = false; return { dossier: d }; },
  },
  {
    slug: 'loi-nam-cong-nhan', codes: ['commune.recognition-year'], exit: 1,
    vi: 'Xã Thèn Sin ghi năm công nhận 2023, sau năm thành tích 2022.', en: 'Thèn Sin recognised in 2023, after the achievement year 2022.',
    make: (d) => { commune(d, 'Thèn Sin').recognized = 2023; return { dossier: d }; },
  },
  {
    slug: 'loi-so-thon', codes: ['commune.villages'], exit: 1,
    vi: 'Số thôn không khớp: Nà Tăm có 14 bản đạt chuẩn trên 12 bản; Bình Lư có 16 bản kiểu mẫu trên 15 bản đạt chuẩn.',
    en: 'Village counts: Nà Tăm 14 NTM villages of 12; Bình Lư 16 model villages of 15 NTM ones.',
    make: (d) => {
      commune(d, 'Nà Tăm').villagesNtm = 14;
      commune(d, 'Bình Lư').villagesModel = 16;
      return { dossier: d };
    },
  },
  {
    slug: 'canh-bao-giam-tieu-chi', codes: ['commune.criteria-dropped'], exit: 0,
    vi: 'Xã Giang Ma giảm từ 18 xuống 16 tiêu chí so với năm trước (chỉ cảnh báo).',
    en: 'Giang Ma fell from 18 to 16 criteria (warning only).',
    make: (d) => {
      const c = setCriteria(commune(d, 'Giang Ma'), 16);
      c.criteriaPrev = 18;
      return { dossier: d };
    },
  },
  {
    slug: 'loi-xa-khong-co-trong-danh-sach', codes: ['nomination.unknown-commune'], exit: 1,
    vi: 'Một cá nhân ghi xã Sùng Phài, không có trong sheet `Xã` của huyện (xã thuộc thành phố Lai Châu).',
    en: 'A nominee from Sùng Phài, which is not in the district\'s `Xã` sheet (it belongs to Lai Châu city).',
    make: (d) => {
      d.individuals.push({
        name: 'Chảo Láo Sử', gender: 'Nam', birthYear: 1968, position: 'Nông dân',
        address: 'Bản Sùng Chô, xã Sùng Phài, huyện Tam Đường', commune: 'Sùng Phài', village: 'Bản Sùng Chô',
        subject: 'Người lao động', mgmtLevel: 'Xã', form: FORMS.bkTinh, basis: 'bk-ca-nhan-dong-gop', contribution: 70,
        id: '012068402917', summary: 'Hiến 1.200 m² đất và góp 70 triệu đồng để mở đường từ trung tâm xã vào Bản Sùng Chô.',
      });
      return { dossier: d };
    },
  },
  {
    slug: 'loi-de-nghi-trung-lap', codes: ['nomination.duplicate'], exit: 1,
    vi: 'Một cá nhân xã Tả Lèng được đề nghị hai lần cùng hình thức (dán trùng khi ghép danh sách).',
    en: 'One Tả Lèng nominee proposed twice for the same form (pasted twice when lists were merged).',
    make: (d) => {
      d.individuals.push({ ...person(d, 'Tả Lèng', 'Phó Chủ tịch') });
      return { dossier: d };
    },
  },
  {
    slug: 'loi-nhieu-hinh-thuc', codes: ['nomination.multiple-forms'], exit: 1,
    vi: 'Một cá nhân vừa đề nghị Bằng khen tỉnh vừa đề nghị Giấy khen huyện trong cùng đợt.',
    en: 'One person proposed both for the provincial Bằng khen and the district Giấy khen in the same round.',
    make: (d) => {
      const p = person(d, 'Tả Lèng', 'Chủ tịch Hội');
      d.individuals.push({ ...p, form: FORMS.gkHuyen, basis: 'giay-khen', history: undefined,
        summary: 'Vận động hội viên nông dân góp 650 ngày công làm đường nội bản, tham gia hiệu quả phong trào xây dựng nông thôn mới.' });
      return { dossier: d };
    },
  },
  {
    slug: 'loi-thanh-tich-qua-ngan', codes: ['achievement.too-short'], exit: 1,
    vi: '`Thành tích tóm tắt` chỉ ghi "Tốt" và "Hoàn thành tốt".', en: '`Thành tích tóm tắt` is just "Tốt" and "Hoàn thành tốt".',
    make: (d) => {
      d.collectives.find((c) => c.name.startsWith('Bản Hồ Pên')).summary = 'Tốt';
      person(d, 'Nùng Nàng', 'Trưởng').summary = 'Hoàn thành tốt';
      return { dossier: d };
    },
  },
];
