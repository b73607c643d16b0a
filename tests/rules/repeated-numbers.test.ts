import { describe, expect, it } from 'vitest';
import type { Nomination } from '../../src/dossier/types.js';
import { repeatedNumbers } from '../../src/rules/consistency/nomination-duplicate.js';

const person = (identity?: string) => ({ subject: 'individual', identity }) as unknown as Nomination;
const collective = () => ({ subject: 'collective' }) as unknown as Nomination;
const lists = (...ids: (string | undefined)[][]) => ids.map((list) => list.map(person));

/**
 * The pre-filter of nomination.duplicate: it may name an identity that is not
 * repeated (the Map behind it decides), but must never miss one that is.
 */
describe('repeatedNumbers', () => {
  it.each([
    { name: 'all distinct', input: lists(['012345678901', '012345678902'], ['012345678903']), expected: [] },
    { name: 'repeated within one list', input: lists(['012345678901', '012345678902', '012345678901']), expected: [12345678901] },
    { name: 'repeated across lists', input: lists(['012345678901'], ['012345678902'], ['012345678901']), expected: [12345678901] },
    { name: 'three times, named once', input: lists(['1', '1', '1']), expected: [1] },
    { name: 'texts sharing a number are both kept for the Map', input: lists(['012', '12']), expected: [12] },
    { name: 'texts that are no number share NaN', input: lists(['abc', 'abd']), expected: [NaN] },
    { name: 'a single text that is no number still goes to the Map (NaN is always named)', input: lists(['abc']), expected: [NaN] },
    { name: 'people without an identity and collectives are left out', input: [[person(undefined), collective(), person('1'), collective()]], expected: [] },
    { name: 'nothing at all', input: [], expected: [] },
  ])('$name', ({ input, expected }) => {
    expect([...repeatedNumbers(input)]).toEqual(expected);
  });
});
