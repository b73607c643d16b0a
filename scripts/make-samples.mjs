#!/usr/bin/env node
/**
 * Writes the sample dossier workbooks into samples/<plan-id>/, plus
 * samples/manifest.json (what each sample is built to show) and samples/README.md.
 * Deterministic: seeded generators, fixed document dates, fixed zip timestamps.
 *
 *   node scripts/make-samples.mjs
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDossier } from './samples/write-workbook.mjs';
import { tamDuong2022, tanUyen2022, SHARED_DONOR } from './samples/dossiers/lai-chau.mjs';
import { tamDuongPeak2022 } from './samples/dossiers/tam-duong.mjs';
import { hamYen2023 } from './samples/dossiers/tuyen-quang.mjs';
import { dakMil2023 } from './samples/dossiers/dak-nong.mjs';
import { haQuang2023 } from './samples/dossiers/ha-quang.mjs';
import { LAI_CHAU_ERROR_THEMES } from './samples/lai-chau-errors.mjs';
import { LAI_CHAU_PLAN_THEMES } from './samples/plan-themes/lai-chau.mjs';
import { TAM_DUONG_PLAN_THEMES } from './samples/plan-themes/tam-duong.mjs';
import { TUYEN_QUANG_PLAN_THEMES } from './samples/plan-themes/tuyen-quang.mjs';
import { DAK_NONG_PLAN_THEMES } from './samples/plan-themes/dak-nong.mjs';
import { HA_QUANG_PLAN_THEMES } from './samples/plan-themes/ha-quang.mjs';
import { renderReadme } from './samples/readme.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Plan-rule themes per plan, each made from a fresh copy of the plan's valid
 * dossier. A theme has a `slug` (one file) or `files` (a batch, paths under the
 * plan's folder); `make(base)` returns `{ dossier, options }`, or one per file.
 */
const PLAN_THEMES = [
  { plan: 'lai-chau', base: () => tamDuong2022(), themes: LAI_CHAU_PLAN_THEMES },
  { plan: 'tam-duong', base: () => tamDuongPeak2022(), themes: TAM_DUONG_PLAN_THEMES },
  { plan: 'tuyen-quang', base: () => hamYen2023(), themes: TUYEN_QUANG_PLAN_THEMES },
  { plan: 'dak-nong', base: () => dakMil2023(), themes: DAK_NONG_PLAN_THEMES },
  { plan: 'ha-quang', base: () => haQuang2023(), themes: HA_QUANG_PLAN_THEMES },
];

function planThemeSamples() {
  return PLAN_THEMES.flatMap(({ plan, base, themes }) => themes.map((theme) => ({
    files: (theme.files ?? [`${theme.slug}.xlsx`]).map((f) => `samples/${plan}/${f}`),
    plan, exit: theme.exit, codes: theme.codes, asOf: theme.asOf, vi: theme.vi, en: theme.en,
    write: (paths) => {
      const made = theme.make(base());
      const list = Array.isArray(made) ? made : [made];
      return Promise.all(list.map(({ dossier, options }, i) => writeDossier(dossier, paths[i], options)));
    },
  })));
}

/**
 * Every sample: `files` (one, or several for a batch), the plan, expectations,
 * a short description in both languages, and `write(paths)` that makes the file(s).
 */
function samples() {
  const one = (file, plan, build, { options, exit = 0, codes = [], vi, en }) => ({
    files: [file], plan, exit, codes, vi, en,
    write: ([path]) => writeDossier(build(), path, options),
  });

  const valid = [
    one('samples/lai-chau/tam-duong-2022-hop-le.xlsx', 'lai-chau', () => tamDuong2022(), {
      vi: 'Hồ sơ hợp lệ của huyện Tam Đường, thành tích 2022 (Cờ thi đua, Bằng khen tỉnh theo đúng căn cứ, hạn mức).',
      en: 'Valid Tam Đường district dossier for 2022 (Cờ thi đua and Bằng khen on the right bases, within quotas).' }),
    one('samples/lai-chau/tan-uyen-2022-khong-dau.xlsx', 'lai-chau', () => tanUyen2022(), {
      options: { accents: false, textDates: true, textNumbers: true },
      vi: 'Hợp lệ, nhưng gõ không dấu: tên sheet, tên cột, giá trị; ngày dạng dd/mm/yyyy, số dạng chữ ("1.250", "120,5"), có/không bằng "x".',
      en: 'Valid, typed without diacritics: sheet, column names and values; dd/mm/yyyy text dates, numbers as text ("1.250", "120,5"), yes/no as "x".' }),
    one('samples/tam-duong/dot-cao-diem-2022-hop-le.xlsx', 'tam-duong', () => tamDuongPeak2022(), {
      vi: 'Hợp lệ: đợt thi đua cao điểm 20 năm thành lập huyện, Giấy khen huyện và Bằng khen tỉnh, có `Nội dung thi đua`, trình ngày 06/9/2022.',
      en: 'Valid: the 20th-anniversary peak campaign, Giấy khen huyện and Bằng khen tỉnh, `Nội dung thi đua` filled, submitted 06/9/2022.' }),
    one('samples/tuyen-quang/ham-yen-so-ket-2023-hop-le.xlsx', 'tuyen-quang', () => hamYen2023(), {
      options: { sttFormula: true },
      vi: 'Hợp lệ: huyện Hàm Yên, sơ kết 2023, có cột vườn mẫu; cột STT là công thức `=ROW()-4` (đọc giá trị đã tính).',
      en: 'Valid: Hàm Yên district, Sơ kết 2023, with model gardens; STT is a `=ROW()-4` formula (cached values).' }),
    one('samples/dak-nong/dak-mil-so-ket-2023-hop-le.xlsx', 'dak-nong', () => dakMil2023(), {
      vi: 'Hợp lệ: huyện Đắk Mil, sơ kết 2023 (đợt được xét Bằng khen tỉnh), các xã đạt "4 tại chỗ", bon thuộc xã biên giới/ĐBKK.',
      en: 'Valid: Đắk Mil district at Sơ kết 2023 (a Bằng khen round), communes with "4 tại chỗ", villages in border/ĐBKK communes.' }),
    one('samples/ha-quang/ha-quang-2023-hop-le.xlsx', 'ha-quang', () => haQuang2023(), {
      vi: 'Hợp lệ: huyện Hà Quảng năm 2023, 19 xã sau sáp nhập, xóm thuộc xã ĐBKK biên giới, sheet `OCOP`.',
      en: 'Valid: Hà Quảng district 2023, its 19 communes after the 2020 merger, hamlets of ĐBKK border communes, an `OCOP` sheet.' }),
  ];

  const errors = LAI_CHAU_ERROR_THEMES.map((theme) => ({
    files: [`samples/lai-chau/${theme.slug}.xlsx`], plan: 'lai-chau', exit: theme.exit, codes: theme.codes, vi: theme.vi, en: theme.en,
    write: ([path]) => {
      const { dossier, options } = theme.make(tamDuong2022());
      return writeDossier(dossier, path, options);
    },
  }));

  const batch = {
    files: ['samples/lai-chau/batch-trung-lap/tam-duong-2022.xlsx', 'samples/lai-chau/batch-trung-lap/tan-uyen-2022.xlsx'],
    plan: 'lai-chau', exit: 1, codes: ['nomination.duplicate'],
    vi: 'Hai hồ sơ huyện cùng đợt, mỗi hồ sơ tự hợp lệ, nhưng cùng một doanh nhân (cùng số định danh) được cả hai huyện đề nghị Bằng khen.',
    en: 'Two district dossiers of one batch, each valid alone, both proposing the same businessman (same id) for the Bằng khen.',
    write: ([a, b]) => {
      const taken = new Set([SHARED_DONOR.name]);
      return Promise.all([
        writeDossier(tamDuong2022({ withSharedDonor: true, taken }), a),
        writeDossier(tanUyen2022({ withSharedDonor: true, taken }), b),
      ]);
    },
  };

  const wrongDistrict = one('samples/tam-duong/loi-sai-huyen-phong-tho.xlsx', 'tam-duong', () => {
    const d = tamDuongPeak2022();
    d.info.district = 'Phong Thổ';
    return d;
  }, {
    exit: 1, codes: ['info.district-mismatch'],
    vi: '`Huyện` = Phong Thổ (chép từ mẫu của huyện khác) trong hồ sơ kế hoạch Tam Đường.',
    en: '`Huyện` = Phong Thổ (copied from another district\'s form) in a Tam Đường dossier.',
  });

  const legacyXls = {
    files: ['samples/lai-chau/loi-tep-xls-doi-ten.xlsx'], plan: 'lai-chau', exit: 2, codes: ['file.not-xlsx'],
    vi: 'Tệp Excel 97-2003 (.xls) bị đổi đuôi thành .xlsx: không đọc được, mã thoát 2.',
    en: 'An Excel 97-2003 (.xls) file renamed to .xlsx: unreadable, exit 2.',
    write: ([path]) => writeFile(path, ole2Stub()),
  };

  return [...valid, batch, ...errors, legacyXls, wrongDistrict, ...planThemeSamples()];
}

/** The first sectors of an OLE2 compound file (what an .xls starts with), padded with free sectors. */
function ole2Stub() {
  const buf = Buffer.alloc(4096, 0);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(buf, 0);
  buf.writeUInt16LE(0x3e, 24); // minor version
  buf.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  buf.writeUInt16LE(0xfffe, 28); // byte order
  buf.writeUInt16LE(9, 30); // sector shift
  buf.writeUInt16LE(6, 32); // mini sector shift
  buf.writeInt32LE(-2, 48); // first directory sector: none
  buf.writeUInt32LE(4096, 56); // mini stream cutoff
  buf.writeInt32LE(-2, 60);
  buf.writeInt32LE(-2, 68);
  for (let i = 76; i < 512; i += 4) buf.writeInt32LE(-1, i); // DIFAT: free
  return buf;
}

async function main() {
  const list = samples();
  // Only the files this script wrote last time (its manifest) go: other generators' samples
  // (the consolidation batches of make-batch-samples.mjs) share these folders.
  const previous = JSON.parse(await readFile(join(ROOT, 'samples/manifest.json'), 'utf8').catch(() => '[]'));
  for (const entry of previous) for (const file of entry.files ?? [entry.file]) await rm(join(ROOT, file), { force: true });
  for (const sample of list) {
    const paths = sample.files.map((f) => join(ROOT, f));
    for (const p of paths) await mkdir(dirname(p), { recursive: true });
    await sample.write(paths);
  }
  const manifest = list.map((s) => ({
    ...(s.files.length === 1 ? { file: s.files[0] } : { files: s.files }),
    plan: s.plan, expectExit: s.exit, expectCodes: s.codes, ...(s.asOf ? { asOf: s.asOf } : {}),
  }));
  await writeFile(join(ROOT, 'samples/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(ROOT, 'samples/README.md'), renderReadme(list));
  const count = list.reduce((n, s) => n + s.files.length, 0);
  console.log(`wrote ${count} workbooks, samples/manifest.json and samples/README.md`);
}

await main();
