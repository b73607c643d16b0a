import type { z } from 'zod';
import { finding, type Finding } from '../findings/finding.js';
import { rowOf } from '../workbook/a1.js';
import { fastParser } from './row-fast-path.js';
import { cellOf, type RowOrigin } from './types.js';

/** What `parseRow` needs to place its findings. */
export interface RowContext {
  file: string;
  sheet: string;
  findings: Finding[];
  /** Field key → the header label findings name. */
  labelOf: (key: string) => string;
  /** Where each field's cell is (see `RowOrigin.layout`). */
  layout: Readonly<Record<string, string>>;
}

interface RawRow {
  /** The row's number; 0 for the key/value `Thông tin` sheet, whose fields each have their own row. */
  row: number;
  values: Record<string, unknown>;
  invalid: ReadonlySet<string>;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Validates one row against its zod schema and turns every issue into a finding
 * on the cell it concerns: a missing value is `cell.required`, a value out of
 * bounds `cell.range`, a fraction where a whole number belongs `cell.type`.
 * Returns the typed row, or undefined when a required field is unusable.
 */
export function parseRow<S extends z.ZodObject>(schema: S, raw: RawRow, ctx: RowContext): (z.infer<S> & { origin: RowOrigin }) | undefined {
  if (raw.invalid.size === 0) {
    const fine = fastParser(schema)?.(raw.values);
    if (fine) return withOrigin(fine as z.infer<S>, raw.row, ctx, NONE);
  }
  const result = schema.safeParse(raw.values, parseOptions(schema));
  if (result.success && raw.invalid.size === 0) return withOrigin(result.data as z.infer<S>, raw.row, ctx, NONE);
  const broken = new Set(raw.invalid);
  for (const issue of result.success ? [] : result.error.issues) {
    const key = String(issue.path[0] ?? '');
    if (broken.has(key)) continue; // already reported when the cell was read
    broken.add(key);
    // A table without the column at all has one `column.missing`, not one finding per row.
    if (raw.row > 0 && !(key in ctx.layout)) continue;
    ctx.findings.push(issueFinding(issue, key, raw, ctx));
  }
  if (requiredKeys(schema).some((key) => broken.has(key))) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw.values)) if (!broken.has(key)) kept[key] = value;
  const again = schema.safeParse(kept);
  return again.success ? withOrigin(again.data as z.infer<S>, raw.row, ctx, [...broken]) : undefined;
}

/** The typed row with where it came from; zod's output (and the fast path's) is a fresh object, so the origin goes onto it rather than into a copy (big sheets). */
function withOrigin<T extends object>(data: T, row: number, ctx: RowContext, unreadable: readonly string[]): T & { origin: RowOrigin } {
  const typed = data as T & { origin: RowOrigin };
  typed.origin = { sheet: ctx.sheet, row, layout: ctx.layout, unreadable };
  return typed;
}

/**
 * zod compiles a fast parser for an object schema the first time it parses with
 * it (about 30 ms, a tenth of a small check's run). Only a sheet with many rows
 * the fast path refuses earns that back: the first such rows of each schema are
 * parsed without it. Same checks, same results either way.
 */
const ROWS_BEFORE_COMPILING = 5_000;
const rowsParsed = new WeakMap<z.ZodObject, number>();
const INTERPRETED = { jitless: true } as const;

function parseOptions(schema: z.ZodObject): { jitless: true } | undefined {
  const n = rowsParsed.get(schema) ?? 0;
  if (n >= ROWS_BEFORE_COMPILING) return undefined;
  rowsParsed.set(schema, n + 1);
  return INTERPRETED;
}

const requiredCache = new WeakMap<z.ZodObject, string[]>();

/** The fields a schema cannot do without, worked out once per schema. */
function requiredKeys(schema: z.ZodObject): string[] {
  let keys = requiredCache.get(schema);
  if (!keys) {
    keys = Object.entries(schema.shape).filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success).map(([key]) => key);
    requiredCache.set(schema, keys);
  }
  return keys;
}

function issueFinding(issue: z.core.$ZodIssue, key: string, raw: RawRow, ctx: RowContext): Finding {
  const cell = cellOf({ sheet: ctx.sheet, row: raw.row, layout: ctx.layout, unreadable: NONE }, key);
  const row = rowOf(cell) ?? (raw.row || undefined);
  const at = { file: ctx.file, sheet: ctx.sheet, ...(row ? { row } : {}), ...(cell ? { cell } : {}) };
  const column = ctx.labelOf(key);
  const value = raw.values[key];
  if (value === undefined) return finding('cell.required', at, { column });
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    return finding('cell.range', at, { column, value: String(value), ...(issue.code === 'too_small' ? { min: bound } : { max: bound }) });
  }
  return finding('cell.type', at, { column, value: String(value), expected: typeof value === 'number' ? 'integer' : 'text' });
}
