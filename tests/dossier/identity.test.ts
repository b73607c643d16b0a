import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identityToken } from '../../src/dossier/identity.js';

// Last year's so-khen-thuong.json recognises a person by this token: it must never
// change between versions of the tool, whatever computes it.
describe('identityToken', () => {
  it('is the first 24 hex digits of SHA-256 over "ntm-check:" and the number, as ledgers already hold it', () => {
    expect(identityToken('001203004567')).toBe('5642f636e25cb9517689815e');
    for (const id of ['011190000001', '079085012345', '999999999999']) {
      expect(identityToken(id)).toBe(createHash('sha256').update(`ntm-check:${id}`).digest('hex').slice(0, 24));
    }
  });

  it('differs for different numbers', () => {
    expect(identityToken('011190000001')).not.toBe(identityToken('011190000002'));
  });
});
