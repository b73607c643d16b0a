import type { Plan } from '../plans/schema.js';
import type { IsoDate } from '../text/dates.js';

/**
 * How a letter names the plan and dates, in the forms of Nghị định 30/2020:
 * "ngày 05 tháng 01 năm 2023" (a zero before days under 10 and months under 3),
 * and a document cited by kind, number, date and issuer. The number and date come
 * from the plan file only; a plan whose text leaves them blank is cited without.
 */

/** "ngày 12 tháng 01 năm 2023". */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m < 3 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

/** "12/01/2023", the short form used in parentheses and lists. */
export function shortDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m < 3 ? String(m).padStart(2, '0') : m}/${y}`;
}

/** "Kế hoạch số 118/KH-UBND ngày 20 tháng 6 năm 2022 của UBND tỉnh Tuyên Quang". */
export function planCitation(plan: Plan): string {
  const { kind, number, date } = plan.document;
  const parts = [kind];
  if (number.trim()) parts.push(`số ${number.trim()}`);
  if (date) parts.push(longDate(date));
  parts.push(`của ${plan.issuer}`);
  return parts.join(' ');
}

/**
 * What the plan is about, to follow its citation: "về tổ chức thực hiện Phong
 * trào …" for a plan, "ban hành Kế hoạch …" for a decision that issues one.
 */
export function planSubject(plan: Plan): string {
  const title = plan.title.trim();
  if (startsWithWord(title, plan.document.kind)) return `về ${lowerFirst(title.slice(plan.document.kind.length).trim())}`;
  return `ban hành ${title}`;
}

/**
 * The movement or campaign the awards are for: "phong trào thi đua “Lai Châu chung
 * sức xây dựng nông thôn mới” giai đoạn 2021-2025", or for a campaign plan the
 * title without its leading verbs ("đợt thi đua cao điểm chào mừng …").
 */
export function movement(plan: Plan): string {
  let rest = plan.title.trim().replace(/^(kế hoạch|quyết định)\s+/iu, '');
  rest = rest.replace(/^(tổ chức thực hiện|thực hiện|triển khai|phát động)\s+/iu, '');
  return lowerFirst(rest);
}

function startsWithWord(text: string, word: string): boolean {
  return text.toLocaleLowerCase('vi').startsWith(`${word.toLocaleLowerCase('vi')} `);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}
