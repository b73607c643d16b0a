/** Masks an identity number for output: all but the last 4 characters become `*`. */
export function maskIdentity(value: string): string {
  const visible = value.slice(-4);
  return '*'.repeat(Math.max(0, value.length - 4)) + visible;
}

/** Twelve digits, optionally grouped by single spaces, dots or dashes: a CCCD number typed anywhere. */
const IDENTITY_RUN = /(?<![\d])\d(?:[ .-]?\d){11}(?![\d])/g;

/**
 * Masks every identity number inside free text (a CCCD typed into `Thành tích`,
 * or shifted into another column) before the text reaches any output.
 */
export function maskIdentities(text: string): string {
  // Most texts (names, labels) hold no digit at all: one quick test spares them the
  // look-behind search (an eighth of building tong-hop.xlsx's sheets).
  if (!ANY_DIGIT.test(text)) return text;
  return text.replace(IDENTITY_RUN, (run) => maskIdentity(run.replace(/[ .-]/g, '')));
}

const ANY_DIGIT = /\d/;

/** `maskIdentities` over every string inside a finding's data. */
export function maskIdentitiesDeep<T>(value: T): T {
  if (typeof value === 'string') return maskIdentities(value) as T;
  if (Array.isArray(value)) return value.map(maskIdentitiesDeep) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskIdentitiesDeep(v);
    return out as T;
  }
  return value;
}
