import { fold, foldWithoutParentheses, nearest } from '../text/fold.js';
import type { Term } from './vocabularies.js';

/** Folded names → entry, built once per list: folding every candidate for every cell made big sheets slow. */
interface NameIndex<T> {
  exact: Map<string, T>;
  loose: Map<string, T>;
}

const indexes = new WeakMap<object, NameIndex<unknown>>();

function indexOf<T>(list: readonly T[], namesOf: (item: T) => readonly string[]): NameIndex<T> {
  let index = indexes.get(list) as NameIndex<T> | undefined;
  if (!index) {
    index = { exact: new Map(), loose: new Map() };
    for (const item of list) {
      for (const name of namesOf(item)) {
        const key = fold(name);
        const loose = foldWithoutParentheses(name);
        if (!index.exact.has(key)) index.exact.set(key, item);
        if (loose !== '' && !index.loose.has(loose)) index.loose.set(loose, item);
      }
    }
    indexes.set(list, index);
  }
  return index;
}

/** Looks a typed name up in a list: exact folded match, else with parenthesised parts ignored. */
export function lookupName<T>(text: string, list: readonly T[], namesOf: (item: T) => readonly string[]): T | undefined {
  const index = indexOf(list, namesOf);
  const hit = index.exact.get(fold(text));
  if (hit !== undefined) return hit;
  const loose = foldWithoutParentheses(text);
  return loose === '' ? undefined : index.loose.get(loose);
}

const termNames = (t: Term) => [t.label, t.id, ...(t.aliases ?? [])];

/**
 * Texts already resolved, by list: a column repeats a handful of values (Nam, Nữ,
 * Xã…) in every row, and resolving one again (folding, two lookups) was a tenth of
 * typing a 100k-row sheet. Only hits are kept, and at most HITS_KEPT per list, so
 * stray text cannot grow it.
 */
const hits = new WeakMap<readonly Term[], Map<string, { term: Term }>>();
const HITS_KEPT = 10_000;

/**
 * Resolves typed text to a vocabulary term: label, id or any alias, compared
 * folded (so `nang cao` finds `NTM nâng cao`). A near miss yields a suggestion.
 */
export function matchTerm<T extends Term>(text: string, terms: readonly T[]): { term?: T; suggestion?: T } {
  let known = hits.get(terms);
  if (known === undefined) hits.set(terms, (known = new Map()));
  const hit = known.get(text);
  if (hit !== undefined) return hit as { term: T };
  const term = lookupName(text, terms, termNames);
  if (term) {
    const found = { term };
    if (known.size < HITS_KEPT) known.set(text, found);
    return found;
  }
  const suggestion = nearest(text, terms, (t) => [t.label, ...(t.aliases ?? [])]);
  return suggestion ? { suggestion } : {};
}

/** True when `header` names the column or one of its aliases. */
export function matchesName(header: string, names: readonly string[]): boolean {
  const key = fold(header);
  const loose = foldWithoutParentheses(header);
  return names.some((n) => fold(n) === key || (loose !== '' && foldWithoutParentheses(n) === loose));
}
