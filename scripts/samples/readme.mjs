/** samples/README.md: what each sample is and shows, in Vietnamese and English. */

const PLAN_NAMES = {
  'lai-chau': 'Lai Châu', 'tam-duong': 'Tam Đường (Lai Châu)', 'tuyen-quang': 'Tuyên Quang', 'dak-nong': 'Đắk Nông', 'ha-quang': 'Hà Quảng (Cao Bằng)',
};

function row(sample) {
  const files = sample.files.map((f) => `\`${f.replace(/^samples\//, '')}\``).join('<br>');
  const codes = sample.codes.length ? sample.codes.map((c) => `\`${c}\``).join(', ') : '—';
  const exit = sample.asOf ? `${sample.exit}<br>\`--as-of ${sample.asOf}\`` : sample.exit;
  return `| ${files} | ${exit} | ${codes} | ${sample.vi}<br>*${sample.en}* |`;
}

/** Renders the README from the sample list (the same list the manifest is written from). */
export function renderReadme(list) {
  const plans = [...new Set(list.map((s) => s.plan))];
  const sections = plans.map((plan) => [
    `## \`${plan}\` — ${PLAN_NAMES[plan] ?? plan}`,
    '',
    '| tệp / file | exit | mã phát hiện / codes | nội dung / what it shows |',
    '|---|---|---|---|',
    ...list.filter((s) => s.plan === plan).map(row),
    '',
  ].join('\n'));

  return `# Hồ sơ mẫu / Sample dossiers

**Tiếng Việt.** Các tệp Excel mẫu của hồ sơ đề nghị khen thưởng phong trào "chung sức xây dựng nông thôn mới",
viết theo \`shared/spec/dossier-workbook.md\` và các kế hoạch trong \`shared/spec/plans.md\`. Tên xã là tên thật
của huyện (thị trấn không đánh giá theo bộ tiêu chí xã nên không ghi); số liệu, họ tên và số định danh là giả định.
Tệp "hợp lệ" phải qua mọi quy tắc của kế hoạch (mã thoát 0). Mỗi tệp "loi-…" là bản sao hồ sơ hợp lệ của chính
kế hoạch đó (với \`lai-chau\`: huyện Tam Đường năm 2022) với đúng một loại lỗi; "canh-bao-…" chỉ có cảnh báo (mã thoát 0),
như các quy tắc suy luận từ kế hoạch. Tệp nào cần ngày kiểm tra thì cột exit ghi kèm \`--as-of\`.
Tạo lại bằng \`node scripts/make-samples.mjs\`; \`manifest.json\` ghi mã thoát và các mã phát hiện mong đợi của từng tệp.

**English.** Sample workbooks of award dossiers for the New Rural Development emulation movement, written to
\`shared/spec/dossier-workbook.md\` and the plans of \`shared/spec/plans.md\`. Commune names are the districts' real
communes (towns are not assessed against the commune criteria and are left out); figures, people and ids are made up.
"hop-le" (valid) files must pass every rule of their plan (exit 0). Each "loi-…" file is its plan's valid dossier
(for \`lai-chau\`, Tam Đường 2022) with one theme of mistakes; "canh-bao-…" files carry warnings only (exit 0), such as
rules the plan only implies. A file checked at a given date shows \`--as-of\` in the exit column. Regenerate with
\`node scripts/make-samples.mjs\`; \`manifest.json\` lists each file's expected exit code and finding codes.

Run / chạy thử: \`ntm-check samples/lai-chau/tam-duong-2022-hop-le.xlsx --plan lai-chau\`,
\`ntm-check samples/lai-chau/batch-trung-lap/*.xlsx --plan lai-chau\`,
\`ntm-check samples/lai-chau/loi-chua-ghi-ngay-trinh.xlsx --plan lai-chau --as-of 2023-01-18\`.

${sections.join('\n')}`;
}
