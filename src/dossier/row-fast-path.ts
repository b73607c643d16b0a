/**
 * A fast path for parsing rows that are already fine, derived from their zod
 * schema. zod stays the one definition of a row: this module reads the schema's
 * own definition (types, optionality, checks) and builds plain predicates from it,
 * so a valid row costs a few comparisons instead of zod's general machinery
 * (a tenth of checking a 100k-row sheet). It only ever says "valid, here is
 * zod's output"; any row it does not accept goes to zod, which produces the issues.
 * A schema using anything this module does not know (a transform, a refinement, a
 * default, a catch-all…) gets no fast path at all. `tests/dossier/row-fast-path.test.ts`
 * holds it to zod's verdict and output on random rows.
 */
import type { z } from 'zod';

type Test = (value: unknown) => boolean;

/** Parses a valid row to exactly what zod's `parse` returns, or gives undefined (ask zod). */
export type FastParse = (input: Record<string, unknown>) => Record<string, unknown> | undefined;

interface Field {
  key: string;
  optional: boolean;
  test: Test;
  /** Arrays are copied, as zod's output is. */
  array: boolean;
}

/** Internals every zod 4 schema and check carries (`_zod.def`). */
interface Def {
  type?: string;
  check?: string;
  checks?: readonly { _zod: { def: Def } }[];
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const compiled = new WeakMap<object, FastParse | null>();

/** The fast path for an object schema, built once; undefined when the schema uses something unknown here. */
export function fastParser(schema: z.ZodObject): FastParse | undefined {
  let parse = compiled.get(schema);
  if (parse === undefined) {
    parse = compileObject(schema) ?? null;
    compiled.set(schema, parse);
  }
  return parse ?? undefined;
}

function compileObject(schema: z.ZodObject): FastParse | undefined {
  const def = defOf(schema);
  if (def.type !== 'object' || def.catchall !== undefined || (def.checks?.length ?? 0) > 0) return undefined;
  const shape = def.shape as Record<string, unknown>;
  if (Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  const fields: Field[] = [];
  for (const key of Object.keys(shape)) {
    let field = defOf(shape[key]);
    const optional = field.type === 'optional';
    if (optional) field = defOf(field.innerType);
    const test = compileValue(field);
    if (!test) return undefined;
    fields.push({ key, optional, test, array: field.type === 'array' });
  }
  return generated(fields);
}

/**
 * The parser as straight-line code, one statement per field, generated once per
 * schema (zod 4 does the same for its own fast path). A loop over the fields made
 * every test call and property store one megamorphic site; written out, each is
 * monomorphic: typing a 100k-row sheet took 11 % less. Keys enter the code as JSON
 * string literals and tests as arguments, so nothing from a workbook ever becomes
 * code. Where code generation is disallowed (`--disallow-code-generation-from-strings`)
 * there is no fast path and zod parses every row.
 */
function generated(fields: readonly Field[]): FastParse | undefined {
  let body = 'const output = {};\nlet value;\n';
  fields.forEach((f, i) => {
    const key = JSON.stringify(f.key);
    // zod keeps a key that was given as undefined, and leaves out an absent one; arrays are copied.
    const absent = f.optional ? `if (${key} in input) output[${key}] = undefined;` : 'return undefined;';
    body += `value = input[${key}];\nif (value === undefined) { ${absent} } else { if (!test${i}(value)) return undefined; output[${key}] = ${f.array ? 'value.slice()' : 'value'}; }\n`;
  });
  body += 'return output;';
  try {
    const make = new Function(...fields.map((_, i) => `test${i}`), `return function fastParse(input) {\n${body}\n};`) as (...tests: Test[]) => FastParse;
    return make(...fields.map((f) => f.test));
  } catch {
    return undefined;
  }
}

function compileValue(def: Def): Test | undefined {
  // A schema that is itself a check (`z.email()`, `z.int32()`) checks more than its type says.
  if (def.coerce || def.check !== undefined || def.format !== undefined) return undefined;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  switch (def.type) {
    case 'string': {
      const tests = checks.map((c) => (c.check === 'string_format' && c.format === 'regex' ? regexTest(c.pattern as RegExp) : lengthTest(c)));
      return all((v) => typeof v === 'string', tests);
    }
    case 'number':
      return all((v) => typeof v === 'number' && Number.isFinite(v), checks.map(numberTest));
    case 'boolean':
      return checks.length === 0 ? (v) => typeof v === 'boolean' : undefined;
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return checks.length === 0 ? (v) => values.has(v) : undefined;
    }
    case 'array': {
      const element = compileValue(defOf(def.element));
      if (!element) return undefined;
      return all((v) => Array.isArray(v) && v.every((e) => element(e)), checks.map(lengthTest));
    }
    default:
      return undefined;
  }
}

/** The type test followed by every check; undefined when a check is unknown here. */
function all(type: Test, checks: readonly (Test | undefined)[]): Test | undefined {
  if (checks.some((c) => c === undefined)) return undefined;
  const tests = checks as Test[];
  if (tests.length === 0) return type; // most fields: the type test alone, without a wrapper around it
  return (v) => {
    if (!type(v)) return false;
    for (const test of tests) if (!test(v)) return false;
    return true;
  };
}

function regexTest(pattern: RegExp): Test {
  return (v) => {
    pattern.lastIndex = 0;
    return pattern.test(v as string);
  };
}

function lengthTest(c: Def): Test | undefined {
  const length = (v: unknown) => (v as { length: number }).length;
  if (c.check === 'min_length') return (v) => length(v) >= (c.minimum as number);
  if (c.check === 'max_length') return (v) => length(v) <= (c.maximum as number);
  if (c.check === 'length_equals') return (v) => length(v) === (c.length as number);
  return undefined;
}

function numberTest(c: Def): Test | undefined {
  const bound = c.value as number;
  if (c.check === 'number_format') return c.format === 'safeint' ? (v) => Number.isSafeInteger(v) : undefined;
  if (c.check === 'greater_than') return c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
  if (c.check === 'less_than') return c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
  return undefined;
}
