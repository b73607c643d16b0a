import { createHash } from 'node:crypto';
import { fold, foldPlaceName } from '../text/fold.js';
import type { Nomination } from './types.js';

/**
 * Who a nominee is, for duplicates and once-only awards (dossier-workbook.md,
 * History): `Số định danh` when present, else name + birth year + commune for
 * people, name + type + commune for collectives.
 */
export function nameKeyOf(n: Nomination): string {
  const commune = n.commune ? foldPlaceName(n.commune) : '';
  return n.subject === 'individual' ? `p|${fold(n.name)}|${n.birthYear ?? ''}|${commune}` : `c|${fold(n.name)}|${n.type}|${commune}`;
}

/**
 * A one-way token of an identity number, so a ledger can recognise a person next
 * year without holding the number itself (outputs never print it).
 */
export function identityToken(identity: string): string {
  return createHash('sha256').update(`ntm-check:${identity}`).digest('hex').slice(0, 24);
}
