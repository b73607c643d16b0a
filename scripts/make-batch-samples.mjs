#!/usr/bin/env node
// Writes province-sized sample batches for `ntm-check consolidate`: one workbook per
// district, real district and commune names, mostly valid, a few deliberate errors —
// under samples/<plan>/tong-hop-<year>/ — and samples/manifest-batches.json, which
// scripts/check-samples.mjs runs with the plain check command. Seeded: reruns write
// identical bytes. Run: node scripts/make-batch-samples.mjs
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCommunes, topGain } from './batch-samples/communes.mjs';
import { dakNongNominations, laiChauNominations } from './batch-samples/nominations.mjs';
import { createPeople, createRng } from './batch-samples/people.mjs';
import { DAK_NONG, LAI_CHAU } from './batch-samples/places.mjs';
import { writeDossier } from './batch-samples/workbook.mjs';

const root = new URL('..', import.meta.url).pathname;
const utc = (d, m, y) => new Date(Date.UTC(y, m - 1, d));

const BATCHES = [
  {
    plan: 'lai-chau', province: 'Lai Châu', year: 2024, round: 'Hằng năm', districts: LAI_CHAU, nominations: laiChauNominations,
    movement: 'phong trào thi đua "Lai Châu chung sức xây dựng nông thôn mới"',
    // Districts send to UBND tỉnh before 15/01 of the next year, having registered before 15/01 (V.3, V.4.b).
    dates: (i) => ({ 'Ngày trình': utc(6 + (i % 7), 1, 2025), 'Ngày đăng ký thi đua': utc(5 + (i % 8), 1, 2024) }),
    errors: { 'Sìn Hồ': 'quota', 'Mường Tè': 'once-only' },
    expectCodes: ['award.once-only', 'quota.exceeded'],
  },
  {
    plan: 'dak-nong', province: 'Đắk Nông', year: 2023, round: 'Sơ kết 2023', districts: DAK_NONG, nominations: dakNongNominations,
    movement: 'phong trào thi đua "Đắk Nông chung sức xây dựng nông thôn mới"',
    dates: (i) => ({ 'Ngày trình': utc(10 + i, 10, 2023) }),
    // Tuy Đức's workbook has not arrived: the report names it among the missing districts.
    omit: ['Tuy Đức'],
    errors: { 'Krông Nô': 'four-on-site' },
    expectCodes: ['eligibility.four-on-site'],
  },
];

function slug(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function infoRows(batch, district, i) {
  const level = district.level ?? 'Chưa đạt';
  return [
    ['Tỉnh', batch.province], ['Huyện', district.info ?? district.name], ['Đơn vị trình', district.unit ?? `UBND huyện ${district.name}`], ['Cấp đơn vị trình', 'Huyện'],
    ['Năm thành tích', batch.year], ['Đợt xét', batch.round], ...Object.entries(batch.dates(i)), ['Số tờ trình', `${12 + i * 7}/TTr-UBND`],
    ['Mức đạt chuẩn của huyện', level], ...(district.levelYear ? [['Năm công nhận huyện', district.levelYear]] : []),
    ['Nợ đọng XDCB của huyện (triệu đồng)', 0], ['Huyện đạt "4 tại chỗ"', 'Có'], ['Người ký', 'Nguyễn Văn Hải'], ['Chức vụ người ký', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH'],
  ];
}

async function writeBatch(batch) {
  const dir = join('samples', batch.plan, `tong-hop-${batch.year}`);
  const rng = createRng(`${batch.plan}/${batch.year}`);
  const person = createPeople(rng, batch.province);
  const files = [];
  for (const [i, district] of batch.districts.entries()) {
    const communes = buildCommunes(rng, district, { province: batch.province, year: batch.year, fourOnSiteAll: batch.plan === 'dak-nong' });
    if (batch.omit?.includes(district.name)) continue;
    const error = batch.errors[district.name];
    // The district's "most criteria this year": a pending commune without debt, three criteria up.
    const pending = communes.filter((c) => c.level === 'Chưa đạt' && c.debt === 0 && c.criteria >= 14);
    const top = pending[0];
    if (top) top.previous = top.criteria - 3;
    if (error === 'four-on-site') communes.find((c) => c.level !== 'Chưa đạt' && c.debt === 0).fourOnSite = false;
    const { collectives, individuals } = batch.nominations({ rng, person, communes, year: batch.year, district, error, top: top && topGain(communes) === top ? top : undefined, index: i });
    const place = district.info ?? `huyện ${district.name}`;
    const file = join(dir, `${slug(district.name)}-${batch.year}.xlsx`);
    await writeDossier({
      unit: district.unit ?? `UBND huyện ${district.name}`,
      info: infoRows(batch, district, i),
      titles: {
        communes: `KẾT QUẢ THỰC HIỆN TIÊU CHÍ NÔNG THÔN MỚI CÁC XÃ, ${place.toUpperCase()} NĂM ${batch.year}`,
        collectives: `DANH SÁCH TẬP THỂ ĐỀ NGHỊ KHEN THƯỞNG — ${batch.movement} năm ${batch.year}`,
        individuals: `DANH SÁCH CÁ NHÂN, HỘ GIA ĐÌNH ĐỀ NGHỊ KHEN THƯỞNG — ${batch.movement} năm ${batch.year}`,
      },
      communes, collectives, individuals,
    }, join(root, file));
    files.push(file);
  }
  return { files, plan: batch.plan, expectExit: 1, expectCodes: batch.expectCodes };
}

const manifest = [];
for (const batch of BATCHES) manifest.push(await writeBatch(batch));
await writeFile(join(root, 'samples/manifest-batches.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(manifest.map((m) => `${m.plan}: ${m.files.length} workbooks`).join('\n'));
