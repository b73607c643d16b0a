import * as crypto from 'node:crypto';
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
  return sha256Hex(`ntm-check:${identity}`).slice(0, 24);
}

// `crypto.hash` (Node 20.12+) hashes in one call, twice as fast as a Hash object per
// number (50,000 nominees: 75 → 35 ms); earlier Node 20 releases lack it. A namespace
// import, because a named import of a missing export fails before anything runs.
const sha256Hex: (text: string) => string =
  typeof crypto.hash === 'function' ? (text) => crypto.hash('sha256', text, 'hex') : (text) => crypto.createHash('sha256').update(text).digest('hex');
