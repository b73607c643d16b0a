import { describe, expect, it } from 'vitest';
import { matchTerm } from '../../src/dossier/vocab-match.js';
import { GENDERS, PERSON_KINDS } from '../../src/dossier/vocabularies.js';

const terms = [
  { id: 'ntm', label: 'Đạt chuẩn NTM' },
  { id: 'nang-cao', label: 'NTM nâng cao', aliases: ['Nâng cao'] },
];

describe('matchTerm', () => {
  it.each([
    ['Đạt chuẩn NTM', 'ntm'],
    ['dat chuan ntm', 'ntm'],
    ['  ĐẠT CHUẨN NTM ', 'ntm'],
    ['nang-cao', 'nang-cao'],
    ['nâng cao', 'nang-cao'],
    ['NTM nâng cao (2024)', 'nang-cao'],
  ])('%j is %s, the first time and every time after', (text, id) => {
    for (let i = 0; i < 3; i++) expect(matchTerm(text, terms).term?.id).toBe(id);
  });

  it('keeps suggesting for a near miss, however often it is typed', () => {
    for (let i = 0; i < 3; i++) expect(matchTerm('Dat chuan NTMM', terms)).toEqual({ suggestion: terms[0] });
  });

  it('resolves the same text in each list on its own', () => {
    expect(matchTerm('Nam', GENDERS).term?.id).toBe('nam');
    expect(matchTerm('Nam', PERSON_KINDS).term).toBeUndefined();
    expect(matchTerm('Nam', GENDERS).term?.id).toBe('nam');
  });
});
