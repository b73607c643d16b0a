import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PLANS } from '../../src/plans/builtin/index.js';
import { dakNong } from '../../src/plans/builtin/dak-nong.js';
import { haQuang } from '../../src/plans/builtin/ha-quang.js';
import { laiChau } from '../../src/plans/builtin/lai-chau.js';
import { tamDuong } from '../../src/plans/builtin/tam-duong.js';
import { tuyenQuang } from '../../src/plans/builtin/tuyen-quang.js';
import { planSchema, type Plan, type PlanInput } from '../../src/plans/schema.js';
import { fold } from '../../src/text/fold.js';

const BUILTIN_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../src/plans/builtin');

const IDS = ['tuyen-quang', 'dak-nong', 'lai-chau', 'tam-duong', 'ha-quang'] as const;
type PlanId = (typeof IDS)[number];

const parsed: Record<string, Plan> = Object.fromEntries(BUILTIN_PLANS.map((p) => [p.id, planSchema.parse(p)]));
const plan = (id: PlanId): Plan => {
  const p = parsed[id];
  if (!p) throw new Error(`no builtin plan ${id}`);
  return p;
};

// ---------------------------------------------------------------------------
// The clauses that exist in each source document (/work/shared/source-plans/),
// spelled the way the document numbers them. Every clause a plan file cites
// must be one of these, and must also have the document's shape (regex).
// ---------------------------------------------------------------------------

const under = (prefix: string, parts: readonly (string | number)[]) => parts.map((p) => `${prefix}.${p}`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const DOCUMENT_CLAUSES: Record<PlanId, { shape: RegExp; clauses: string[] }> = {
  // KH 118/KH-UBND Tuyên Quang: I–VI; IV.1 lettered a, b, c, d, đ, e, g.
  'tuyen-quang': {
    shape: /^(I|II|III|IV|V|VI)(\.\d+)?(\.[a-zđ])?$/,
    clauses: [
      'I', 'II', 'III', 'IV', 'V', 'VI',
      'I.1', 'I.2', ...under('I.1', ['a', 'b']), ...under('I.2', ['a', 'b', 'c', 'd']),
      ...under('II', range(3)), ...under('III', range(3)),
      'IV.1', 'IV.2', ...under('IV.1', ['a', 'b', 'c', 'd', 'đ', 'e', 'g']), ...under('IV.2', ['a', 'b']),
      ...under('V', range(3)), ...under('VI', range(6)),
    ],
  },
  // QĐ 137/QĐ-UBND Đắk Nông (the annexed plan): I–VII; IV is lettered without a number (IV.a … IV.f).
  'dak-nong': {
    shape: /^(I|II|III|IV|V|VI|VII)(\.\d+)?(\.[a-zđ])?$/,
    clauses: [
      'I', 'II', 'III', 'IV', 'V', 'VI', 'VII',
      ...under('I', range(2)), ...under('II', range(3)), ...under('III', range(2)),
      ...under('IV', ['a', 'b', 'c', 'd', 'đ', 'e', 'f']),
      'V.1', 'V.2', ...under('V.1', ['a', 'b', 'c', 'd']), ...under('V.2', ['a', 'b']),
      ...under('VI', range(2)), ...under('VII', range(6)),
    ],
  },
  // KH Lai Châu: I–VII; IV numbered 1–7 (IV.6 lettered a, b); V.2 lettered a–d; V.4 lettered a, b.
  'lai-chau': {
    shape: /^(I|II|III|IV|V|VI|VII)(\.\d+)?(\.[a-zđ])?$/,
    clauses: [
      'I', 'II', 'III', 'IV', 'V', 'VI', 'VII',
      'I.1', 'I.2', ...under('I.1', ['a', 'b']), ...under('I.2', ['a', 'b', 'c']),
      ...under('II', range(4)), ...under('III', range(5)),
      ...under('IV', range(7)), ...under('IV.6', ['a', 'b']),
      ...under('V', range(5)), ...under('V.2', ['a', 'b', 'c', 'd']), ...under('V.4', ['a', 'b']),
      ...under('VI', range(2)), ...under('VII', range(7)),
    ],
  },
  // KH Tam Đường: I–V, numbered decimally (III.2.1 … III.2.6, IV.2.1, IV.2.2).
  'tam-duong': {
    shape: /^(I|II|III|IV|V)(\.\d+){0,2}$/,
    clauses: [
      'I', 'II', 'III', 'IV', 'V',
      ...under('I', range(2)), ...under('III', range(2)), ...under('III.2', range(6)),
      ...under('IV', range(2)), ...under('IV.2', range(2)), ...under('V', range(5)),
    ],
  },
  // KH 3254/KH-UBND Hà Quảng: I–VI; IV.1 lettered a, b, c, d, e, g.
  'ha-quang': {
    shape: /^(I|II|III|IV|V|VI)(\.\d+)?(\.[a-zđ])?$/,
    clauses: [
      'I', 'II', 'III', 'IV', 'V', 'VI',
      ...under('I', range(2)), ...under('II', range(3)), ...under('III', range(3)),
      ...under('IV', range(3)), ...under('IV.1', ['a', 'b', 'c', 'd', 'e', 'g']),
      ...under('V', range(4)), ...under('VI', range(8)),
    ],
  },
};

/** Every clause a plan cites, with where it is cited (for readable failures). */
function citedClauses(p: Plan): { where: string; clause: string }[] {
  const out: { where: string; clause: string }[] = [
    { where: 'sections.awardForms', clause: p.sections.awardForms },
    { where: 'sections.bases', clause: p.sections.bases },
    { where: 'period', clause: p.period.clause },
    { where: 'rounds', clause: p.rounds.clause },
  ];
  if (p.achievementYears) out.push({ where: 'achievementYears', clause: p.achievementYears.clause });
  if (p.submissionWindow) out.push({ where: 'submissionWindow', clause: p.submissionWindow.clause });
  if (p.registration) out.push({ where: 'registration', clause: p.registration.clause });
  p.awardForms.forEach((f) => out.push({ where: `awardForms.${f.form}`, clause: f.clause }));
  for (const b of p.bases) {
    out.push({ where: `bases.${b.id}`, clause: b.clause });
    b.conditions.forEach((c, i) => out.push({ where: `bases.${b.id}.conditions.${i}(${c.kind})`, clause: c.clause }));
  }
  p.quotas.forEach((q) => out.push({ where: `quotas.${q.id}`, clause: q.clause }));
  p.deadlines.forEach((d, i) => out.push({ where: `deadlines.${i}`, clause: d.clause }));
  p.targets.forEach((t, i) => out.push({ where: `targets.${i}(${t.metric})`, clause: t.clause }));
  p.schedule.forEach((s, i) => out.push({ where: `schedule.${i}(${s.commune})`, clause: s.clause }));
  return out;
}

/** Every entry that carries `inferred`/`severity`. */
function ruleEntries(p: Plan): { where: string; inferred?: boolean; severity?: string }[] {
  return [
    ...(p.submissionWindow ? [{ ...p.submissionWindow, where: 'submissionWindow' }] : []),
    ...(p.registration ? [{ ...p.registration, where: 'registration' }] : []),
    ...p.awardForms.map((f) => ({ ...f, where: `awardForms.${f.form}` })),
    ...p.bases.flatMap((b) => b.conditions.map((c, i) => ({ ...c, where: `bases.${b.id}.conditions.${i}` }))),
    ...p.quotas.map((q) => ({ ...q, where: `quotas.${q.id}` })),
    ...p.deadlines.map((d, i) => ({ ...d, where: `deadlines.${i}` })),
  ];
}

/** The metric ids of plans.md, "Target metrics". */
const METRICS = new Set([
  'communes.total',
  'communes.ntm.count', 'communes.ntm.share',
  'communes.advanced.count', 'communes.advanced.shareOfNtm',
  'communes.model.count', 'communes.model.shareOfNtm',
  'communes.newNtm.count',
  'communes.criteria.avg',
  'communes.below15.count',
  'communes.criteria.growth.min',
  'districts.ntm.count', 'districts.ntm.named',
  'villages.ntm.share', 'villages.model.count', 'villages.ntm.shareInDbkk',
  'communes.withModelVillage.share', 'communes.withTwoModelGardens.share',
  'ocop.3star.count', 'ocop.2star.count',
]);

describe('builtin plans: shape', () => {
  it('ship the five plans of plans.md, in order', () => {
    expect(BUILTIN_PLANS.map((p) => p.id)).toEqual([...IDS]);
    expect(new Set(BUILTIN_PLANS.map((p) => p.id)).size).toBe(BUILTIN_PLANS.length);
  });

  it('have one file per plan, named by its id', () => {
    const files = readdirSync(BUILTIN_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual([...IDS].sort());
    const byFile: Record<PlanId, PlanInput> = {
      'tuyen-quang': tuyenQuang,
      'dak-nong': dakNong,
      'lai-chau': laiChau,
      'tam-duong': tamDuong,
      'ha-quang': haQuang,
    };
    for (const id of IDS) expect(byFile[id].id).toBe(id);
  });

  it.each(IDS)('%s parses with planSchema', (id) => {
    const input = BUILTIN_PLANS.find((p) => p.id === id)!;
    expect(() => planSchema.parse(input)).not.toThrow();
  });
});

describe.each(IDS)('builtin plan %s: internal consistency', (id) => {
  const p = plan(id);
  const { shape, clauses } = DOCUMENT_CLAUSES[id];
  const known = new Set(clauses);

  it('cites a clause of its own document on every entry', () => {
    const cited = citedClauses(p);
    expect(cited.length).toBeGreaterThan(0);
    for (const { where, clause } of cited) {
      expect(clause.trim(), where).not.toBe('');
      expect(clause, where).toMatch(shape);
      expect(known.has(clause), `${where}: "${clause}" is not a clause of the ${id} document`).toBe(true);
    }
  });

  it('has unique basis and quota ids', () => {
    expect(new Set(p.bases.map((b) => b.id)).size).toBe(p.bases.length);
    expect(new Set(p.quotas.map((q) => q.id)).size).toBe(p.quotas.length);
    expect(new Set(p.awardForms.map((f) => f.form)).size).toBe(p.awardForms.length);
  });

  it('gives every basis a subject, and only forms the plan provides', () => {
    const forms = new Set(p.awardForms.map((f) => f.form));
    for (const b of p.bases) {
      expect(b.subjects.collective.length + b.subjects.person.length, b.id).toBeGreaterThan(0);
      for (const f of b.forms) expect(forms.has(f), `${b.id} → ${f}`).toBe(true);
    }
    // Every form the plan provides is reachable through some basis.
    for (const f of forms) expect(p.bases.some((b) => b.forms.includes(f)), f).toBe(true);
  });

  it('limits rounds only to rounds the plan allows', () => {
    const allowed = new Set(p.rounds.allowed);
    for (const f of p.awardForms) for (const r of f.rounds ?? []) expect(allowed.has(r), `${f.form}: ${r}`).toBe(true);
    for (const b of p.bases) for (const r of b.rounds ?? []) expect(allowed.has(r), `${b.id}: ${r}`).toBe(true);
  });

  it('names, in every quota, bases that exist', () => {
    const bases = new Set(p.bases.map((b) => b.id));
    for (const q of p.quotas) for (const b of q.bases) expect(bases.has(b), `${q.id} → ${b}`).toBe(true);
  });

  it('lets `Căn cứ đề nghị` text resolve to one basis only', () => {
    const owner = new Map<string, string>();
    for (const b of p.bases) {
      for (const name of [b.id, b.label, ...b.aliases]) {
        const key = fold(name);
        expect(key, `${b.id}: empty name`).not.toBe('');
        const other = owner.get(key);
        expect(other === undefined || other === b.id, `"${name}" names both ${other} and ${b.id}`).toBe(true);
        owner.set(key, b.id);
      }
    }
  });

  it('ships every inferred rule as a warning', () => {
    // A deadline's `inferred` marks only its reading of "trước ngày"; the engine makes the
    // named day itself a warning and later days errors (tests/rules/plan-rules.test.ts).
    const isReading = (where: string) => where === 'registration' || where.startsWith('deadlines.');
    for (const e of ruleEntries(p)) if (e.inferred && !isReading(e.where)) expect(e.severity, e.where).toBe('warning');
  });

  it('uses the target metrics of plans.md, with shares as fractions', () => {
    for (const t of p.targets) {
      expect(METRICS.has(t.metric), t.metric).toBe(true);
      expect(t.label.trim()).not.toBe('');
      if (/share/i.test(t.metric)) expect(t.value >= 0 && t.value <= 1, `${t.metric} = ${t.value}`).toBe(true);
      if (t.metric === 'districts.ntm.named') {
        expect(t.names?.length, t.label).toBeGreaterThan(0);
        for (const n of t.names ?? []) expect(p.districts, n).toContain(n);
      }
    }
  });

  it('schedules only communes it lists, within its period', () => {
    const from = Number(p.period.from.slice(0, 4));
    const to = Number(p.period.to.slice(0, 4));
    for (const s of p.schedule) {
      expect(p.districts, s.commune).toContain(s.commune);
      expect(s.year).toBeGreaterThanOrEqual(from);
      expect(s.year).toBeLessThanOrEqual(to);
    }
  });

  it('names its place consistently with its scope', () => {
    expect(p.districts.length).toBeGreaterThan(0);
    expect(new Set(p.districts.map(fold)).size).toBe(p.districts.length);
    if (p.scope === 'district') expect(p.district).toBeTruthy();
    else expect(p.district).toBeUndefined();
    expect(p.period.from < p.period.to).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// What plans.md says about each plan, checked entry by entry.
// ---------------------------------------------------------------------------

const EXPECTED_BASES: Record<PlanId, string[]> = {
  'tuyen-quang': ['huyen-ntm', 'xa-ntm', 'xa-kieu-mau', 'thon-ntm', 'dn-htx', 'ca-nhan-can-bo', 'ca-nhan-lao-dong', 'doi-tuong-khac'],
  'dak-nong': ['huyen-ntm', 'xa-ntm', 'xa-kieu-mau', 'thon-ntm', 'dn-htx', 'ca-nhan-can-bo', 'ca-nhan-lao-dong', 'doi-tuong-khac'],
  'lai-chau': [
    'co-huyen-ntm', 'co-xa-ntm', 'co-xa-nang-cao', 'bk-xa-nhieu-tieu-chi', 'bk-thon-ntm', 'bk-tap-the-dong-gop',
    'bk-ca-nhan-huyen-ntm', 'bk-ca-nhan-xa-ntm', 'bk-ho-gia-dinh', 'bk-ca-nhan-dong-gop', 'bk-tham-muu', 'giay-khen',
  ],
  'tam-duong': ['dot-cao-diem'],
  'ha-quang': ['xa-ntm', 'xom-ntm', 'dn-htx'],
};

const EXPECTED_FORMS: Record<PlanId, string[]> = {
  'tuyen-quang': ['huan-chuong-lao-dong', 'bang-khen-ttg', 'bang-khen-tinh'],
  'dak-nong': ['giay-khen-thu-truong', 'giay-khen-huyen', 'bang-khen-tinh', 'bang-khen-ttg', 'huan-chuong-lao-dong'],
  'lai-chau': ['huan-chuong-lao-dong', 'bang-khen-ttg', 'co-thi-dua-tinh', 'bang-khen-tinh', 'giay-khen-thu-truong', 'giay-khen-huyen', 'giay-khen-xa'],
  'tam-duong': ['giay-khen-huyen', 'bang-khen-tinh'],
  'ha-quang': ['huan-chuong-lao-dong', 'bang-khen-ttg', 'bang-khen-tinh', 'giay-khen-huyen', 'giay-khen-thu-truong'],
};

/** [metric, comparator, value, names?] */
type T = [string, string, number, string[]?];
const EXPECTED_TARGETS: Record<PlanId, T[]> = {
  'tuyen-quang': [
    ['communes.ntm.share', '>', 0.68],
    ['communes.ntm.count', '>=', 85],
    ['communes.newNtm.count', '>=', 38],
    ['communes.advanced.shareOfNtm', '>', 0.3],
    ['communes.model.shareOfNtm', '>=', 0.1],
    ['communes.criteria.avg', '>', 17],
    ['districts.ntm.named', '>=', 1, ['Hàm Yên']],
    ['districts.ntm.named', '>=', 1, ['TP Tuyên Quang']],
    ['communes.withModelVillage.share', '>=', 1],
    ['communes.withTwoModelGardens.share', '>=', 1],
  ],
  'dak-nong': [
    ['communes.ntm.count', '>=', 43],
    ['communes.advanced.count', '>=', 12],
    ['communes.model.count', '>=', 3],
    ['communes.criteria.avg', '>=', 17.2],
    ['communes.below15.count', '<=', 0],
    ['districts.ntm.count', '>=', 2],
  ],
  'lai-chau': [
    ['communes.ntm.share', '>=', 0.575],
    ['communes.advanced.count', '>=', 4],
    ['communes.below15.count', '<=', 0],
    ['districts.ntm.named', '>=', 2, ['Tam Đường', 'Than Uyên']],
    ['villages.ntm.shareInDbkk', '>=', 0.25],
  ],
  'tam-duong': [],
  'ha-quang': [
    ['communes.criteria.avg', '>=', 16.5],
    ['communes.below15.count', '<=', 0],
    ['communes.criteria.growth.min', '>=', 1],
    ['villages.ntm.share', '>=', 0.3],
    ['villages.model.count', '>=', 9],
    ['ocop.3star.count', '>=', 2],
    ['ocop.2star.count', '>=', 2],
  ],
};

describe.each(IDS)('builtin plan %s: holds what plans.md lists', (id) => {
  const p = plan(id);

  it('has every basis plans.md names', () => {
    const ids = p.bases.map((b) => b.id);
    for (const b of EXPECTED_BASES[id]) expect(ids, b).toContain(b);
  });

  it('provides every award form plans.md names', () => {
    const forms = p.awardForms.map((f) => f.form);
    for (const f of EXPECTED_FORMS[id]) expect(forms, f).toContain(f);
  });

  it.each(EXPECTED_TARGETS[id].map((t) => [t[0] + (t[3] ? ` ${t[3].join(', ')}` : ''), t] as const))('has target %s', (_name, [metric, comparator, value, names]) => {
    const found = p.targets.filter((t) => t.metric === metric && (!names || JSON.stringify(t.names) === JSON.stringify(names)));
    expect(found, metric).toHaveLength(1);
    expect(found[0]!.comparator).toBe(comparator);
    expect(found[0]!.value).toBeCloseTo(value, 10);
  });
});

const basis = (id: PlanId, basisId: string) => {
  const b = plan(id).bases.find((x) => x.id === basisId);
  if (!b) throw new Error(`${id}: no basis ${basisId}`);
  return b;
};
const conditionsOf = (id: PlanId, basisId: string) => basis(id, basisId).conditions;

describe('common rules: no outstanding XDCB debt (plans.md, "Common to all plans")', () => {
  it.each([
    ['tuyen-quang', 'huyen-ntm', 'district', 'IV.1.b'],
    ['tuyen-quang', 'xa-ntm', 'commune', 'IV.1.c'],
    ['tuyen-quang', 'xa-kieu-mau', 'commune', 'IV.1.c'],
    ['dak-nong', 'huyen-ntm', 'district', 'IV.b'],
    ['dak-nong', 'xa-ntm', 'commune', 'IV.c'],
    ['dak-nong', 'xa-kieu-mau', 'commune', 'IV.c'],
    ['lai-chau', 'co-huyen-ntm', 'district', 'IV.2'],
    ['lai-chau', 'co-xa-ntm', 'commune', 'IV.3'],
    ['lai-chau', 'co-xa-nang-cao', 'commune', 'IV.3'],
    ['ha-quang', 'xa-ntm', 'commune', 'IV.1.b'],
  ] as const)('%s %s: no XDCB debt of the %s (%s)', (id, b, of, clause) => {
    const c = conditionsOf(id, b).find((x) => x.kind === 'no-xdcb-debt');
    expect(c).toMatchObject({ kind: 'no-xdcb-debt', of, clause });
    expect(c?.inferred).toBeFalsy();
  });
});

describe('tuyen-quang', () => {
  it('levels: xa-ntm NTM..nâng cao, xa-kieu-mau kiểu mẫu, huyen-ntm NTM (IV.1.b–c)', () => {
    expect(conditionsOf('tuyen-quang', 'xa-ntm')).toContainEqual(expect.objectContaining({ kind: 'commune-level', min: 'ntm', max: 'nang-cao', clause: 'IV.1.c' }));
    expect(conditionsOf('tuyen-quang', 'xa-kieu-mau')).toContainEqual(expect.objectContaining({ kind: 'commune-level', min: 'kieu-mau' }));
    expect(conditionsOf('tuyen-quang', 'huyen-ntm')).toContainEqual(expect.objectContaining({ kind: 'district-level', min: 'ntm', clause: 'IV.1.b' }));
  });

  it('dn-htx: OCOP ≥ 3 sao, as a warning (IV.1.đ)', () => {
    expect(conditionsOf('tuyen-quang', 'dn-htx')).toContainEqual(expect.objectContaining({ kind: 'ocop', minStars: 3, severity: 'warning', clause: 'IV.1.đ' }));
  });

  it('allows the annual round, sơ kết 2023 and tổng kết 2025; no quotas or deadlines', () => {
    const p = plan('tuyen-quang');
    expect([...p.rounds.allowed].sort()).toEqual(['hang-nam', 'so-ket-2023', 'tong-ket-2025']);
    expect(p.quotas).toEqual([]);
    expect(p.deadlines).toEqual([]);
    expect(p.districts).toEqual(['TP Tuyên Quang', 'Lâm Bình', 'Na Hang', 'Chiêm Hóa', 'Hàm Yên', 'Yên Sơn', 'Sơn Dương']);
  });

  it('meta', () => {
    expect(plan('tuyen-quang')).toMatchObject({
      document: { kind: 'Kế hoạch', number: '118/KH-UBND', date: '2022-06-20' },
      citeAs: 'KH 118/KH-UBND Tuyên Quang',
      scope: 'province',
      province: 'Tuyên Quang',
    });
  });
});

describe('dak-nong', () => {
  it('Bằng khen tỉnh only at sơ kết 2023 / tổng kết 2025 (V.2.b, stated)', () => {
    const f = plan('dak-nong').awardForms.find((x) => x.form === 'bang-khen-tinh')!;
    expect(f).toMatchObject({ rounds: ['so-ket-2023', 'tong-ket-2025'], clause: 'V.2.b' });
    expect(f.inferred).toBeFalsy();
  });

  it.each(['bang-khen-ttg', 'huan-chuong-lao-dong'])('%s only at sơ kết / tổng kết, inferred (V.2.a)', (form) => {
    const f = plan('dak-nong').awardForms.find((x) => x.form === form)!;
    expect(f).toMatchObject({ rounds: ['so-ket-2023', 'tong-ket-2025'], inferred: true, severity: 'warning', clause: 'V.2.a' });
  });

  it.each(['giay-khen-thu-truong', 'giay-khen-huyen'])('%s in any round', (form) => {
    expect(plan('dak-nong').awardForms.find((x) => x.form === form)?.rounds).toBeUndefined();
  });

  it('"4 tại chỗ" for districts and communes (IV.b–c)', () => {
    expect(conditionsOf('dak-nong', 'huyen-ntm')).toContainEqual(expect.objectContaining({ kind: 'four-on-site', of: 'district', clause: 'IV.b' }));
    expect(conditionsOf('dak-nong', 'xa-ntm')).toContainEqual(expect.objectContaining({ kind: 'four-on-site', of: 'commune', clause: 'IV.c' }));
    expect(conditionsOf('dak-nong', 'xa-kieu-mau')).toContainEqual(expect.objectContaining({ kind: 'four-on-site', of: 'commune', clause: 'IV.c' }));
  });

  it('thon-ntm: the commune is ĐBKK or biên giới (IV.d)', () => {
    expect(conditionsOf('dak-nong', 'thon-ntm')).toContainEqual(expect.objectContaining({ kind: 'commune-kind', anyOf: ['dbkk', 'border'], clause: 'IV.d' }));
  });

  it('meta: QĐ 137, annex number 1337 noted', () => {
    const p = plan('dak-nong');
    expect(p).toMatchObject({ document: { kind: 'Quyết định', number: '137/QĐ-UBND', date: '2022-07-13' }, citeAs: 'QĐ 137/QĐ-UBND Đắk Nông', province: 'Đắk Nông' });
    expect(p.document.note).toContain('1337/QĐ-UBND');
    expect(p.districts).toHaveLength(8);
  });
});

describe('lai-chau', () => {
  const quota = (bases: string) => plan('lai-chau').quotas.find((q) => q.bases.includes(bases));

  it.each([
    ['bk-ca-nhan-xa-ntm', 'per-commune', 5, undefined, undefined],
    ['bk-ca-nhan-huyen-ntm', 'per-district', 20, { tinh: 5, huyen: 15 }, undefined],
    ['bk-ho-gia-dinh', 'per-village', 1, undefined, undefined],
    ['bk-tham-muu', 'per-unit', 2, undefined, 4],
    ['bk-xa-nhieu-tieu-chi', 'per-district-year', 1, undefined, undefined],
  ] as const)('quota for %s: %s ≤ %i (V.2.c)', (b, scope, max, byLevel, standing) => {
    const q = quota(b);
    expect(q).toMatchObject({ scope, max, clause: 'V.2.c' });
    expect(q?.byManagementLevel).toEqual(byLevel);
    expect(q?.standingAgencyMax).toBe(standing);
  });

  it('the district quota splits 5 provincial + 15 district officials', () => {
    const q = quota('bk-ca-nhan-huyen-ntm')!;
    expect((q.byManagementLevel?.tinh ?? 0) + (q.byManagementLevel?.huyen ?? 0)).toBe(q.max);
  });

  it.each([
    [['xa'], undefined, 5],
    [['co-quan-thuong-truc'], 'district', 10],
    [['huyen', 'so-nganh', 'doanh-nghiep'], 'province-bound', 15],
    [['co-quan-thuong-truc'], 'province', 20],
  ] as const)('deadline for %j (%s): before %i/01 of the next year (V.4.b, "before" inferred)', (submitters, where, day) => {
    const d = plan('lai-chau').deadlines.find((x) => JSON.stringify(x.submitters) === JSON.stringify(submitters) && (where === 'province-bound' || x.where === where));
    expect(d).toMatchObject({ day, month: 1, yearOffset: 1, reading: 'before', inferred: true, clause: 'V.4.b' });
  });

  it('registration before 15/01 (V.3)', () => {
    expect(plan('lai-chau').registration).toMatchObject({ day: 15, month: 1, reading: 'before', clause: 'V.3' });
  });

  it('contributions: collective ≥ 100 triệu or OCOP ≥ 3 sao; individual ≥ 50 triệu or OCOP ≥ 3 sao (V.2.c)', () => {
    expect(conditionsOf('lai-chau', 'bk-tap-the-dong-gop')).toContainEqual(expect.objectContaining({ kind: 'contribution', minMillion: 100, minOcopStars: 3, clause: 'V.2.c' }));
    expect(conditionsOf('lai-chau', 'bk-ca-nhan-dong-gop')).toContainEqual(expect.objectContaining({ kind: 'contribution', minMillion: 50, minOcopStars: 3, clause: 'V.2.c' }));
  });

  it('Cờ thi đua once, for recognition in 2021–2025 (V.2.b)', () => {
    for (const [b, level] of [['co-huyen-ntm', 'district-level'], ['co-xa-ntm', 'commune-level'], ['co-xa-nang-cao', 'commune-level']] as const) {
      const x = basis('lai-chau', b);
      expect(x).toMatchObject({ frequency: 'once', forms: ['co-thi-dua-tinh'], clause: 'V.2.b' });
      expect(x.conditions).toContainEqual(expect.objectContaining({ kind: 'recognition-period', from: 2021, to: 2025, clause: 'V.2.b' }));
      expect(x.conditions).toContainEqual(expect.objectContaining({ kind: level }));
    }
    expect(conditionsOf('lai-chau', 'co-xa-nang-cao')).toContainEqual(expect.objectContaining({ kind: 'commune-level', min: 'nang-cao' }));
  });

  it('once-only Bằng khen: thôn, tập thể đóng góp, hộ gia đình, cá nhân đóng góp (V.2.c)', () => {
    for (const b of ['bk-thon-ntm', 'bk-tap-the-dong-gop', 'bk-ho-gia-dinh', 'bk-ca-nhan-dong-gop']) expect(basis('lai-chau', b).frequency, b).toBe('once');
    expect(basis('lai-chau', 'bk-xa-nhieu-tieu-chi').frequency).toBe('annual');
  });

  it('individuals: of a commune at NTM or above (kiểu mẫu has reached NTM and nâng cao), of a district at NTM (V.2.c)', () => {
    const level = conditionsOf('lai-chau', 'bk-ca-nhan-xa-ntm').find((c) => c.kind === 'commune-level');
    expect(level).toMatchObject({ min: 'ntm' });
    expect(level).not.toHaveProperty('max');
    expect(conditionsOf('lai-chau', 'bk-ca-nhan-huyen-ntm')).toContainEqual(expect.objectContaining({ kind: 'district-level', min: 'ntm' }));
    expect(basis('lai-chau', 'bk-ho-gia-dinh').subjects.person).toEqual(['ho-gia-dinh']);
  });

  it('bk-xa-nhieu-tieu-chi needs the top criteria gain of its district (V.2.c)', () => {
    expect(conditionsOf('lai-chau', 'bk-xa-nhieu-tieu-chi')).toContainEqual(expect.objectContaining({ kind: 'top-criteria', clause: 'V.2.c' }));
  });

  it('bk-tham-muu only at sơ kết 2023 / tổng kết 2025 (V.2.c)', () => {
    expect(basis('lai-chau', 'bk-tham-muu').rounds).toEqual(['so-ket-2023', 'tong-ket-2025']);
  });

  it('giay-khen leads to the three Giấy khen (V.2.d)', () => {
    expect([...basis('lai-chau', 'giay-khen').forms].sort()).toEqual(['giay-khen-huyen', 'giay-khen-thu-truong', 'giay-khen-xa']);
  });

  it('meta', () => {
    expect(plan('lai-chau')).toMatchObject({ document: { kind: 'Kế hoạch', number: '…/KH-UBND' }, citeAs: 'KH Lai Châu', province: 'Lai Châu', scope: 'province' });
    expect(plan('lai-chau').document.date).toBeUndefined();
    expect(plan('lai-chau').districts).toHaveLength(8);
  });
});

describe('tam-duong', () => {
  const p = plan('tam-duong');

  it('is a peak campaign: round Đợt cao điểm only, achievements of 2022, until 30/8/2022 (II)', () => {
    expect(p.rounds).toEqual({ allowed: ['dot-cao-diem'], clause: 'II' });
    expect(p.achievementYears).toMatchObject({ from: 2022, to: 2022 });
    expect(p.period.to).toBe('2022-08-30');
  });

  it('submission window 30/8–21/9/2022, inferred', () => {
    expect(p.submissionWindow).toMatchObject({ from: '2022-08-30', to: '2022-09-21', inferred: true, severity: 'warning' });
  });

  it('provides exactly Giấy khen Chủ tịch UBND huyện (IV.2.1) and Bằng khen tỉnh (IV.2.2)', () => {
    expect(p.awardForms.map((f) => [f.form, f.clause])).toEqual([
      ['giay-khen-huyen', 'IV.2.1'],
      ['bang-khen-tinh', 'IV.2.2'],
    ]);
  });

  it('has one basis covering every collective type and person kind, so `Căn cứ đề nghị` may be empty', () => {
    expect(p.bases).toHaveLength(1);
    const b = p.bases[0]!;
    expect(b.id).toBe('dot-cao-diem');
    expect([...b.subjects.collective].sort()).toEqual(['co-quan', 'doanh-nghiep', 'htx', 'huyen', 'thon', 'to-chuc-khac', 'xa']);
    expect([...b.subjects.person].sort()).toEqual(['can-bo', 'doan-vien', 'doanh-nhan', 'ho-gia-dinh', 'khac', 'lao-dong', 'luc-luong-vu-trang', 'thanh-vien-htx']);
  });

  it('content areas 1, 2.1–2.6 (III)', () => {
    expect(p.contentAreas?.map((a) => a.id)).toEqual(['1', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6']);
    for (const a of p.contentAreas ?? []) expect(a.label.trim()).not.toBe('');
  });

  it('lists its 12 communes and thị trấn Tam Đường (Sùng Phài went to TP Lai Châu in 2020)', () => {
    expect(p.districts).toHaveLength(13);
    expect(p.districts).toContain('Thị trấn Tam Đường');
    expect(p.districts).not.toContain('Sùng Phài');
    expect(p).toMatchObject({ scope: 'district', province: 'Lai Châu', district: 'Tam Đường', citeAs: 'KH Tam Đường', document: { number: '…/KH-UBND' } });
  });
});

describe('ha-quang', () => {
  const p = plan('ha-quang');

  it('xom-ntm: the commune is both ĐBKK and biên giới (IV.1.c)', () => {
    const kinds = conditionsOf('ha-quang', 'xom-ntm').filter((c) => c.kind === 'commune-kind');
    expect(kinds).toHaveLength(1);
    expect(kinds[0]).toMatchObject({ allOf: ['dbkk', 'border'] });
  });

  it.each([
    ['Trường Hà', 'ntm', 2023],
    ['Ngọc Đào', 'nang-cao', 2024],
    ['Quý Quân', 'ntm', 2024],
    ['Đa Thông', 'ntm', 2025],
    ['Cần Yên', 'ntm', 2025],
  ] as const)('schedule: %s %s by %i (I.1)', (commune, level, year) => {
    expect(p.schedule).toContainEqual({ commune, level, year, clause: 'I.1' });
  });

  it.each(['Ngọc Đào', 'Sóc Hà', 'Lương Can'])('schedule: %s keeps NTM from the plan start (I.1)', (commune) => {
    expect(p.schedule).toContainEqual(expect.objectContaining({ commune, level: 'ntm', clause: 'I.1' }));
  });

  it('award forms every year and at sơ kết / tổng kết (IV.2)', () => {
    expect([...p.rounds.allowed].sort()).toEqual(['hang-nam', 'so-ket-2023', 'tong-ket-2025']);
    for (const f of p.awardForms) expect(f.rounds).toBeUndefined();
  });

  it('meta', () => {
    expect(p).toMatchObject({
      document: { kind: 'Kế hoạch', number: '3254/KH-UBND', date: '2022-11-03' },
      citeAs: 'KH 3254/KH-UBND Hà Quảng',
      province: 'Cao Bằng',
      district: 'Hà Quảng',
      scope: 'district',
    });
    expect(p.document.note).toMatch(/OCR/);
    for (const c of ['Ngọc Đào', 'Sóc Hà', 'Lương Can', 'Trường Hà', 'Quý Quân', 'Đa Thông', 'Cần Yên']) expect(p.districts).toContain(c);
  });
});
