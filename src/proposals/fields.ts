import { ROUNDS, AWARD_FORMS } from '../dossier/vocabularies.js';
import type { Plan } from '../plans/schema.js';
import type { IsoDate } from '../text/dates.js';
import type { HeaderParts } from '../pdf/national-header.js';
import type { SignatureParts } from '../pdf/signature.js';
import { longDate, movement, planCitation, planSubject, shortDate } from './citation.js';
import type { Proposal } from './group.js';
import type { LetterValues } from './template-spec.js';
import type { Template } from './templates.js';

/** What the letter needs beyond the proposal: the plan, the fallback date, and whether the unit's number is shared. */
export interface LetterContext {
  plan: Plan;
  /** `--as-of` or today, used when `Ngày trình` is empty. */
  asOf: IsoDate;
  /** The unit sends several letters (one per form), so one `Số tờ trình` cannot be all of theirs. */
  numberShared: boolean;
}

/** A blank the clerk fills by hand when signing; non-breaking so it keeps its width. */
const BLANK = '\u00a0'.repeat(8);
const UBND = /^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+/iu;

/** The letter's date: `Ngày trình`, else `--as-of`. */
export function letterDate(p: Proposal, ctx: LetterContext): IsoDate {
  return p.info.submittedOn ?? ctx.asOf;
}

/** Every placeholder value of the letter and its list. */
export function letterValues(p: Proposal, ctx: LetterContext, letter: Template): LetterValues {
  const date = letterDate(p, ctx);
  const two = (n: number) => String(n).padStart(2, '0');
  const counts = { so_tap_the: two(p.collectives.length), so_ca_nhan: two(p.individuals.length) };
  const which = p.collectives.length && p.individuals.length ? 'ca-hai' : p.collectives.length ? 'tap-the' : 'ca-nhan';
  const who = letter.entries('doi-tuong', counts);
  const base: Omit<LetterValues, 'kinh_gui'> = {
    don_vi_trinh: p.unit,
    tinh: p.info.province,
    huyen: p.info.district ?? ctx.plan.district ?? '',
    dia_danh: placeOf(p, ctx.plan),
    nam: String(p.year),
    dot_xet: ROUNDS.find((r) => r.id === p.info.round)?.label ?? p.info.round,
    hinh_thuc: AWARD_FORMS.find((f) => f.id === p.form)?.label ?? p.form,
    ...counts,
    doi_tuong: who.get(which) ?? '',
    doi_tuong_chung: who.get(`chung-${which}`) ?? '',
    phong_trao: movement(ctx.plan),
    ke_hoach: planCitation(ctx.plan),
    ke_hoach_noi_dung: planSubject(ctx.plan),
    so_to_trinh: numberOf(p, ctx),
    ngay_trinh: longDate(date),
    ngay_trinh_so: shortDate(date),
  };
  const recipients = letter.entries('kinh-gui', base);
  return { ...base, kinh_gui: recipients.get(p.form) ?? recipients.get('*') ?? '' };
}

/** The header columns: the unit in capitals ("UBND" spelled out), with its superior for a department. */
export function headerParts(p: Proposal, values: LetterValues, letter: Template | undefined, date: IsoDate): HeaderParts {
  const name = upper(p.unit.replace(UBND, 'Ủy ban nhân dân '));
  const issuer = name.startsWith('ỦY BAN NHÂN DÂN ') ? ['ỦY BAN NHÂN DÂN', name.slice('ỦY BAN NHÂN DÂN '.length)] : [name];
  return {
    ...(p.info.submitterLevel === 'so-nganh' ? { superior: upper(`UBND tỉnh ${p.info.province}`) } : {}),
    issuer,
    ...(letter ? { number: letter.text('so', values), placeDate: letter.text('dia-danh-ngay', values, date) } : {}),
  };
}

/** "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" and the signer, from `Thông tin`. */
export function signatureParts(p: Proposal, letter: Template, values: LetterValues): Pick<SignatureParts, 'authority' | 'signer'> {
  const sign = letter.entries('chu-ky', values);
  const council = UBND.test(p.unit);
  const title = p.info.signerTitle?.split('/').map((s) => upper(s.trim())).filter(Boolean);
  const lines = title?.length ? title : [sign.get(council ? 'chuc-vu-uy-ban' : 'chuc-vu-khac') ?? ''];
  if (council && !lines[0]!.startsWith('TM.')) lines.unshift(sign.get('uy-ban') ?? '');
  return { authority: lines.filter(Boolean), ...(p.info.signer ? { signer: p.info.signer.normalize('NFC') } : {}) };
}

/** `Số tờ trình` when it is this letter's alone, else a blank before the unit's symbol. */
function numberOf(p: Proposal, ctx: LetterContext): string {
  const given = p.info.documentNumber?.trim();
  if (given && !ctx.numberShared) return given;
  const symbol = given && /\/(.+)$/.exec(given)?.[1];
  return `${BLANK}/${symbol || `TTr-${abbreviation(p.unit)}`}`;
}

/** "UBND" for a people's committee, else the initials of the name ("Sở Nông nghiệp và PTNT" → "SNNPTNT"). */
function abbreviation(unit: string): string {
  if (UBND.test(unit)) return 'UBND';
  return upper(unit.split(/\s+/).filter((w) => w.toLowerCase() !== 'và').map((w) => (/^[A-ZĐ]{2,}$/.test(w) ? w : w.charAt(0))).join(''));
}

/** Where the letter is signed: the commune, the district, or the province. */
function placeOf(p: Proposal, plan: Plan): string {
  const { submitterLevel, district, province } = p.info;
  if (submitterLevel === 'xa') return p.unit.replace(UBND, '').replace(/^(xã|thị trấn|phường)\s+/iu, '');
  if (submitterLevel === 'huyen') return district ?? plan.district ?? province;
  return province;
}

function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}
