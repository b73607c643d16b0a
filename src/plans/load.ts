import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { BUILTIN_PLANS } from './builtin/index.js';
import { planSchema, type Plan } from './schema.js';

/** A plan is parsed once per run: compiling zod's fast parsers for it would cost more than it saves. */
const ONCE = { jitless: true };

/** Why a plan could not be loaded; the CLI renders it as one sentence (exit 2). */
export class PlanLoadError extends Error {
  constructor(
    readonly kind: 'unknown' | 'unreadable' | 'invalid',
    readonly ref: string,
    /** For `invalid`: the zod path of the first mistake, e.g. `bases.2.forms.0`, and zod's message. */
    readonly path = '',
    readonly detail = '',
  ) {
    super(`plan ${kind}: ${ref}`);
    this.name = 'PlanLoadError';
  }
}

/** Ids of the plans shipped with the tool. */
export const BUILTIN_PLAN_IDS = BUILTIN_PLANS.map((p) => p.id);

/** Every built-in plan, validated. */
export function builtinPlans(): Plan[] {
  return BUILTIN_PLANS.map((p) => planSchema.parse(p, ONCE));
}

/**
 * Loads a plan by built-in id (`lai-chau`) or by the path of a JSON file of the
 * same shape. A file that breaks the schema is refused with the path of its first
 * mistake, in the language zod is configured for.
 */
export async function loadPlan(ref: string): Promise<Plan> {
  const builtin = BUILTIN_PLANS.find((p) => p.id === ref);
  if (builtin) return planSchema.parse(builtin, ONCE);
  if (!/[\\/]|\.json$/i.test(ref)) throw new PlanLoadError('unknown', ref);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(ref, 'utf8'));
  } catch (error) {
    const isSyntax = error instanceof SyntaxError;
    throw new PlanLoadError(isSyntax ? 'invalid' : 'unreadable', ref, '', isSyntax ? error.message : '');
  }
  const result = planSchema.safeParse(json, ONCE);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new PlanLoadError('invalid', ref, issue.path.join('.') || '(root)', issue.message);
  }
  return result.data;
}

/** Makes zod's own messages (plan-file mistakes) speak the user's language. */
export function configureZodLanguage(lang: 'vi' | 'en'): void {
  z.config(lang === 'vi' ? z.locales.vi() : z.locales.en());
}
