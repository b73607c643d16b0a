import { describe, expect, it } from 'vitest';
import { COLLECTIVE_SHEET, COMMUNE_SHEET, INDIVIDUAL_SHEET, INFO_SHEET, OCOP_SHEET } from '../../src/dossier/columns.js';

// The table reader gathers a row's values in a plain object (fast for V8), so no
// field key may be an Object.prototype member: "constructor" would read as present
// in every row.
describe('column field keys', () => {
  it('never name an Object.prototype member', () => {
    const keys = [COMMUNE_SHEET, COLLECTIVE_SHEET, INDIVIDUAL_SHEET, INFO_SHEET, OCOP_SHEET].flatMap((s) => s.columns.map((c) => c.key));
    expect(keys.length).toBeGreaterThan(40);
    expect(keys.filter((k) => k in Object.prototype || k === '__proto__')).toEqual([]);
  });
});
