import { fold, foldWithoutParentheses, nearest } from '../text/fold.js';
import type { Term } from './vocabularies.js';

/**
 * Resolves typed text to a vocabulary term: label or any alias, compared folded
 * (so `nang cao` finds `NTM nâng cao`). A near miss yields a suggestion.
 */
export function matchTerm<T extends Term>(text: string, terms: readonly T[]): { term?: T; suggestion?: T } {
  const key = fold(text);
  const loose = foldWithoutParentheses(text);
  for (const term of terms) {
    for (const name of [term.label, term.id, ...(term.aliases ?? [])]) {
      if (fold(name) === key || (loose !== '' && foldWithoutParentheses(name) === loose)) return { term };
    }
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
