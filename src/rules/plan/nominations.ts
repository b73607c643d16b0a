import type { Commune, Dossier, Nomination } from '../../dossier/types.js';
import { matchTerm } from '../../dossier/vocab-match.js';
import { AWARD_FORMS, COLLECTIVE_TYPES, PERSON_KINDS } from '../../dossier/vocabularies.js';
import type { Basis, Plan } from '../../plans/schema.js';
import { foldPlaceName } from '../../text/fold.js';

const nominationCache = new WeakMap<Dossier, Nomination[]>();
const communeIndex = new WeakMap<Dossier, Map<string, Commune>>();

/** Every nomination of a dossier, collectives first, tagged with its subject; made once per dossier. */
export function nominationsOf(dossier: Dossier): Nomination[] {
  let list = nominationCache.get(dossier);
  if (!list) {
    list = [...dossier.collectives, ...dossier.individuals];
    nominationCache.set(dossier, list);
  }
  return list;
}

/** The row of sheet `Xã` a nomination belongs to, by its `Xã` cell (the first row of that name). */
export function communeOf(dossier: Dossier, nomination: Nomination): Commune | undefined {
  if (!nomination.commune) return undefined;
  let index = communeIndex.get(dossier);
  if (!index) {
    index = new Map();
    for (const c of dossier.communes) {
      const key = foldPlaceName(c.name);
      if (!index.has(key)) index.set(key, c);
    }
    communeIndex.set(dossier, index);
  }
  return index.get(foldPlaceName(nomination.commune));
}

/** The nominee's subject type id: a collective type or a person kind. */
export function subjectOf(n: Nomination): string {
  return n.subject === 'collective' ? n.type : n.kind;
}

export function subjectLabel(n: Nomination): string {
  return n.subject === 'collective' ? COLLECTIVE_TYPES.find((t) => t.id === n.type)!.label : PERSON_KINDS.find((t) => t.id === n.kind)!.label;
}

export function formLabel(id: string): string {
  return AWARD_FORMS.find((f) => f.id === id)?.label ?? id;
}

/** Whether a basis covers this nominee's subject type. */
export function basisCovers(basis: Basis, n: Nomination): boolean {
  return n.subject === 'collective' ? basis.subjects.collective.includes(n.type) : basis.subjects.person.includes(n.kind);
}

/** What a nomination's `Căn cứ đề nghị` resolves to. */
export type BasisResolution =
  | { kind: 'resolved'; basis: Basis; implicit: boolean }
  | { kind: 'unknown'; value: string; suggestion?: Basis }
  | { kind: 'ambiguous'; candidates: Basis[] };


/**
 * Resolves the basis: the typed id, label or alias; or, when the cell is empty,
 * the plan's only basis for this subject type and form (the spec lets officers
 * leave it empty then). The answer depends only on that text — or on subject type
 * and form — so it is worked out once per plan and value, not once per row.
 */
export function resolveBasis(n: Nomination, plan: Plan): BasisResolution {
  const maps = resolutionsFor(plan);
  const resolutions = n.basis ? maps.typed : maps.implicit;
  const key = n.basis ? n.basis : `${n.subject}|${subjectOf(n)}|${n.form}`;
  const cached = resolutions.get(key);
  if (cached) return cached;
  let result: BasisResolution;
  if (n.basis) {
    const { term, suggestion } = matchTerm(n.basis, plan.bases);
    result = term ? { kind: 'resolved', basis: term, implicit: false } : { kind: 'unknown', value: n.basis, ...(suggestion ? { suggestion } : {}) };
  } else {
    const candidates = plan.bases.filter((b) => basisCovers(b, n) && b.forms.includes(n.form));
    result = candidates.length === 1 ? { kind: 'resolved', basis: candidates[0]!, implicit: true } : { kind: 'ambiguous', candidates };
  }
  resolutions.set(key, result);
  return result;
}

/**
 * The resolutions of typed text, and of empty cells by subject type and form, for
 * the plan of the last call: a run checks against one plan, and five rules ask for
 * every nomination. Another plan starts afresh (the answers depend only on the plan).
 */
let last: { plan: Plan; typed: Map<string, BasisResolution>; implicit: Map<string, BasisResolution> } | undefined;

function resolutionsFor(plan: Plan) {
  if (last?.plan !== plan) last = { plan, typed: new Map(), implicit: new Map() };
  return last;
}

/** The resolved basis, or undefined when it is unknown or ambiguous (reported by `award-basis`). */
export function basisOf(n: Nomination, plan: Plan): Basis | undefined {
  const r = resolveBasis(n, plan);
  return r.kind === 'resolved' ? r.basis : undefined;
}
