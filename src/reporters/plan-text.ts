import { AWARD_FORMS, COLLECTIVE_TYPES, COMMUNE_LEVELS, DISTRICT_LEVELS, MANAGEMENT_LEVELS, PERSON_KINDS, ROUNDS, SUBMITTER_LEVELS, type Term } from '../dossier/vocabularies.js';
import type { Lang } from '../i18n/types.js';
import type { Condition, Plan, Quota } from '../plans/schema.js';
import { formatDate } from '../text/dates.js';

const label = (list: readonly Term[], id: string) => list.find((t) => t.id === id)?.label ?? id;

/** `ntm-check plans`: one line per plan (id, issuer, document, period). */
export function planListText(plans: readonly Plan[], lang: Lang): string {
  const head = lang === 'vi' ? 'Các kế hoạch có sẵn (dùng với --plan):' : 'Built-in plans (use with --plan):';
  const rows = plans.map((p) => `  ${p.id.padEnd(12)} ${p.issuer} — ${documentName(p)} — ${formatDate(p.period.from)}–${formatDate(p.period.to)}`);
  return [head, ...rows, ''].join('\n');
}

/** `ntm-check plans <id>`: the officer's quick reference, every rule with its clause. */
export function planDetailText(plan: Plan, lang: Lang): string {
  const vi = lang === 'vi';
  const c = (clause: string, inferred?: boolean) => `[${vi ? 'mục' : 'clause'} ${clause}${inferred ? (vi ? ', suy luận' : ', inferred') : ''}]`;
  const out: string[] = [];
  out.push(`${plan.title}`, `${plan.issuer} — ${documentName(plan)} — ${vi ? 'trích dẫn là' : 'cited as'} "${plan.citeAs}"`, `${vi ? 'Phạm vi' : 'Scope'}: ${plan.district ? `${plan.district}, ` : ''}${plan.province}; ${formatDate(plan.period.from)}–${formatDate(plan.period.to)} ${c(plan.period.clause)}`);
  out.push(`${vi ? 'Đợt xét' : 'Rounds'}: ${plan.rounds.allowed.map((r) => label(ROUNDS, r)).join(', ')} ${c(plan.rounds.clause)}`, '');
  out.push(vi ? 'HÌNH THỨC KHEN THƯỞNG' : 'AWARD FORMS');
  for (const f of plan.awardForms) out.push(`  - ${label(AWARD_FORMS, f.form)}${f.rounds ? ` (${f.rounds.map((r) => label(ROUNDS, r)).join(', ')})` : ''} ${c(f.clause, f.inferred)}`);
  out.push('', vi ? 'CĂN CỨ ĐỀ NGHỊ' : 'BASES');
  for (const b of plan.bases) {
    const subjects = [...b.subjects.collective.map((s) => label(COLLECTIVE_TYPES, s)), ...b.subjects.person.map((s) => label(PERSON_KINDS, s))].join(', ');
    const frequency = { annual: vi ? 'hằng năm' : 'annual', once: vi ? '01 lần' : 'once', 'per-phase': vi ? 'theo giai đoạn' : 'per phase' }[b.frequency];
    out.push(`  ${b.id} — ${b.label} ${c(b.clause)}`);
    out.push(`      ${vi ? 'Đối tượng' : 'Subjects'}: ${subjects}; ${b.forms.map((f) => label(AWARD_FORMS, f)).join(', ')}; ${frequency}${b.rounds ? `; ${b.rounds.map((r) => label(ROUNDS, r)).join(', ')}` : ''}`);
    for (const cond of b.conditions) out.push(`      • ${conditionText(cond, vi)} ${c(cond.clause, cond.inferred)}`);
  }
  if (plan.quotas.length > 0) {
    out.push('', vi ? 'SỐ LƯỢNG TỐI ĐA' : 'QUOTAS');
    for (const q of plan.quotas) {
      const extra = [
        q.byManagementLevel ? Object.entries(q.byManagementLevel).map(([k, v]) => `${vi ? 'cấp quản lý' : 'management level'} ${label(MANAGEMENT_LEVELS, k)}: ${v}`).join(', ') : '',
        q.standingAgencyMax ? `${vi ? 'cơ quan thường trực' : 'standing agency'}: ${q.standingAgencyMax}` : '',
      ].filter(Boolean).join('; ');
      out.push(`  - ${q.bases.join(', ')}: ${vi ? 'tối đa' : 'at most'} ${q.max} ${SCOPES[q.scope][vi ? 0 : 1]}${extra ? ` (${extra})` : ''} ${c(q.clause, q.inferred)}`);
    }
  }
  if (plan.deadlines.length > 0 || plan.registration) {
    out.push('', vi ? 'THỜI HẠN' : 'DEADLINES');
    // A deadline's `inferred` is about reading "trước ngày", not about the deadline itself.
    const reading = (inferred?: boolean) => (inferred ? (vi ? '; ngày hạn coi là trễ: suy luận' : '; the day itself counted late: inferred') : '');
    if (plan.registration) out.push(`  - ${vi ? 'Đăng ký thi đua trước ngày' : 'Registration before'} ${pad(plan.registration.day)}/${pad(plan.registration.month)} [${vi ? 'mục' : 'clause'} ${plan.registration.clause}${reading(plan.registration.inferred)}]`);
    for (const d of plan.deadlines) {
      const where = d.where ? ` (${d.where === 'district' ? (vi ? 'cấp huyện' : 'district level') : vi ? 'cấp tỉnh' : 'province level'})` : '';
      const who = d.submitters.map((s) => label(SUBMITTER_LEVELS, s)).join(', ') + where;
      out.push(`  - ${who}: ${d.reading === 'before' ? (vi ? 'trước ngày' : 'before') : vi ? 'đến hết ngày' : 'by'} ${pad(d.day)}/${pad(d.month)} ${vi ? 'năm sau' : 'of the following year'} [${vi ? 'mục' : 'clause'} ${d.clause}${reading(d.inferred)}]`);
    }
  }
  if (plan.targets.length > 0) {
    out.push('', vi ? 'CHỈ TIÊU' : 'TARGETS');
    for (const t of plan.targets) out.push(`  - ${t.label}: ${t.metric} ${t.comparator} ${targetValue(t.metric, t.value, vi)}${t.names ? ` (${t.names.join(', ')})` : ''} ${c(t.clause)}`);
  }
  if (plan.schedule.length > 0) {
    out.push('', vi ? 'LỘ TRÌNH TỪNG XÃ' : 'COMMUNE SCHEDULE');
    for (const s of plan.schedule) out.push(`  - ${s.commune}: ${label(COMMUNE_LEVELS, s.level)} ${s.year} ${c(s.clause)}`);
  }
  return out.join('\n') + '\n';
}

function conditionText(cond: Condition, vi: boolean): string {
  switch (cond.kind) {
    case 'commune-level': return `${vi ? 'xã đạt mức' : 'commune level'} ≥ ${label(COMMUNE_LEVELS, cond.min)}${cond.max ? ` ${vi ? 'và' : 'and'} ≤ ${label(COMMUNE_LEVELS, cond.max)}` : ''}`;
    case 'district-level': return `${vi ? 'huyện đạt mức' : 'district level'} ≥ ${label(DISTRICT_LEVELS, cond.min)}`;
    case 'recognition-period': return `${vi ? 'công nhận trong' : 'recognised in'} ${cond.from}–${cond.to}`;
    case 'no-xdcb-debt': return vi ? `không nợ đọng XDCB (${cond.of === 'commune' ? 'xã' : 'huyện'})` : `no XDCB debt (${cond.of})`;
    case 'four-on-site': return vi ? `đạt "4 tại chỗ" (${cond.of === 'commune' ? 'xã' : 'huyện'})` : `"4 on-site" met (${cond.of})`;
    case 'contribution': return [cond.minMillion !== undefined ? `${vi ? 'đóng góp' : 'contribution'} ≥ ${cond.minMillion} ${vi ? 'triệu đồng' : 'million VND'}` : '', cond.minOcopStars !== undefined ? `OCOP ≥ ${cond.minOcopStars} ${vi ? 'sao' : 'stars'}` : ''].filter(Boolean).join(vi ? ' hoặc ' : ' or ');
    case 'ocop': return `OCOP ≥ ${cond.minStars} ${vi ? 'sao' : 'stars'}`;
    case 'top-criteria': return vi ? 'xã hoàn thành nhiều tiêu chí nhất trong năm của huyện' : 'commune completing the most criteria in its district this year';
    case 'commune-kind': {
      const name = (k: 'dbkk' | 'border') => (k === 'dbkk' ? (vi ? 'xã ĐBKK' : 'extremely difficult commune') : vi ? 'xã biên giới' : 'border commune');
      return [cond.anyOf?.map(name).join(vi ? ' hoặc ' : ' or '), cond.allOf?.map(name).join(vi ? ' và ' : ' and ')].filter(Boolean).join('; ');
    }
  }
}

function documentName(plan: Plan): string {
  return `${plan.document.kind} ${plan.document.number}${plan.document.date ? ` (${formatDate(plan.document.date)})` : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

const SCOPES: Record<Quota['scope'], [string, string]> = {
  'per-commune': ['mỗi xã', 'per commune'],
  'per-district': ['mỗi huyện', 'per district'],
  'per-village': ['mỗi thôn, bản', 'per village'],
  'per-unit': ['mỗi đơn vị', 'per unit'],
  'per-district-year': ['mỗi huyện mỗi năm', 'per district per year'],
};

/** Shares print as percentages, the way the plans write them (57,5%). */
function targetValue(metric: string, value: number, vi: boolean): string {
  if (!/share/i.test(metric)) return String(value);
  const percent = String(Math.round(value * 1000) / 10);
  return `${vi ? percent.replace('.', ',') : percent}%`;
}
