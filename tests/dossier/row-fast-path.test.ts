import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastParser } from '../../src/dossier/row-fast-path.js';
import { collectiveSchema, communeSchema, individualSchema, infoSchema, ocopSchema } from '../../src/dossier/row-schemas.js';
import * as vocabularies from '../../src/dossier/vocabularies.js';

const SCHEMAS: Array<[string, z.ZodObject]> = [
  ['info', infoSchema],
  ['commune', communeSchema],
  ['collective', collectiveSchema],
  ['individual 2024', individualSchema(2024)],
  ['individual, no year', individualSchema(undefined)],
  ['ocop', ocopSchema],
];

/** Every vocabulary id, so enum fields meet their own values and the other lists' ones. */
const IDS = Object.values(vocabularies).flatMap((list) => (Array.isArray(list) ? list.flatMap((t) => (typeof t === 'object' && t && 'id' in t ? [String(t.id)] : [])) : []));

/** Values of every kind a cell reader hands over, and the edges of every check the schemas have. */
const value = fc.oneof(
  fc.constantFrom<unknown>(undefined, '', ' ', 'Lò Văn Páo', '001203004567', '01203004567', '2025-01-10', '10/01/2025', true, false, null),
  fc.constantFrom(...IDS),
  fc.constantFrom(0, -1, 1, 5, 6, 19, 20, 1899, 1900, 1920, 2009, 2010, 2020, 2021, 2030, 2031, 2100, 2101, 1.5, 2024.5, NaN, Infinity, -Infinity, 2 ** 53),
  fc.integer({ min: -10, max: 2200 }),
  fc.double({ noNaN: false }),
  fc.array(fc.boolean(), { minLength: 18, maxLength: 20 }),
  fc.array(fc.constantFrom<unknown>(true, false, 1, 'x'), { minLength: 19, maxLength: 19 }),
);

/**
 * A row: a valid one with a few fields changed (set, set to undefined, or a stray
 * key added) or removed, or a few fields alone.
 */
function rowFor(schema: z.ZodObject) {
  const keys = Object.keys(schema.shape);
  const change = fc.tuple(fc.constantFrom(...keys, 'origin', 'stray'), value, fc.boolean());
  return fc.tuple(fc.array(change, { maxLength: 3 }), fc.boolean()).map(([changes, fromValid]) => {
    const row: Record<string, unknown> = fromValid ? validRow(schema) : {};
    for (const [key, v, remove] of changes) {
      if (remove) delete row[key];
      else row[key] = v;
    }
    return row;
  });
}

/** A row zod accepts (required fields only), so the changes above land on both sides of every check. */
function validRow(schema: z.ZodObject): Record<string, unknown> {
  const sample: Record<string, unknown> = {
    province: 'Lai Châu', submitter: 'UBND huyện Tam Đường', achievementYear: 2024, name: 'Lò Văn Páo', criteria: 19, debt: 0,
    achievement: 'Hiến 500 m² đất làm đường', unit: 'Xã Bản Bo', product: 'Chè Shan tuyết', stars: 3,
  };
  const row: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (field instanceof z.ZodOptional) continue;
    row[key] = field instanceof z.ZodEnum ? field.options[0] : sample[key];
  }
  expect(schema.safeParse(row).success).toBe(true);
  return row;
}

describe('the fast path for valid rows', () => {
  it.each(SCHEMAS)('exists for the %s schema', (_name, schema) => {
    expect(fastParser(schema)).toBeTypeOf('function');
  });

  it.each(SCHEMAS)('accepts exactly the %s rows zod accepts, and returns what zod returns', (_name, schema) => {
    const fast = fastParser(schema)!;
    let accepted = 0;
    fc.assert(
      fc.property(rowFor(schema), (row) => {
        const zod = schema.safeParse(row);
        const mine = fast(row);
        expect(mine !== undefined).toBe(zod.success);
        if (zod.success) {
          accepted++;
          expect(mine).toStrictEqual(zod.data);
          expect(Object.keys(mine!)).toEqual(Object.keys(zod.data)); // same key order
        }
      }),
      { numRuns: 3_000, seed: 7 },
    );
    // Both verdicts must really occur, or the comparison above proves little.
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(2_900);
  });

  it('copies arrays as zod does, so the typed row shares nothing with the input', () => {
    const input = { name: 'Xã Bản Bo', criteria: 19, level: 'ntm', debt: 0, criteriaMet: new Array<boolean>(19).fill(true) };
    const out = fastParser(communeSchema)!(input)!;
    expect(out.criteriaMet).toEqual(input.criteriaMet);
    expect(out.criteriaMet).not.toBe(input.criteriaMet);
  });

  it.each<[string, z.ZodObject]>([
    ['a transform', z.object({ a: z.string().transform((s) => s.trim()) })],
    ['a refinement on a field', z.object({ a: z.string().refine((s) => s !== 'x') })],
    ['a refinement on the object', z.object({ a: z.string() }).refine((o) => o.a !== 'x') as unknown as z.ZodObject],
    ['a default', z.object({ a: z.number().default(1) })],
    ['a strict object', z.object({ a: z.string() }).strict()],
    ['a catch-all', z.object({ a: z.string() }).catchall(z.number())],
    ['a date', z.object({ a: z.date() })],
    ['a multiple-of check', z.object({ a: z.number().multipleOf(5) })],
    ['an email format', z.object({ a: z.email() })],
    ['a coercion', z.object({ a: z.coerce.number() })],
    ['a 32-bit integer', z.object({ a: z.int32() })],
    ['a nested object', z.object({ a: z.object({ b: z.string() }) })],
    ['a nullable field', z.object({ a: z.string().nullable() })],
  ])('is not built for a schema with %s (zod parses every row)', (_name, schema) => {
    expect(fastParser(schema)).toBeUndefined();
  });
});
