import type { z } from 'zod';
import type { collectiveSchema, communeSchema, individualSchema, infoSchema, ocopSchema } from './row-schemas.js';

/** Where a row came from; `cellOf` gives the A1 address of each of its fields. */
export interface RowOrigin {
  /** The sheet's name as written in the workbook. */
  sheet: string;
  /** 1-based row number (0 for `Thông tin`, whose fields each sit on their own row). */
  row: number;
  /**
   * Field key → where its cell is: the column letters (tables; one object shared by
   * every row of the sheet, so a big sheet does not hold an address map per row) or
   * a full A1 address (`Thông tin`). Absent when the sheet has no such column.
   */
  layout: Readonly<Record<string, string>>;
  /** Fields whose cell held something unusable (already reported); absent from the row. */
  unreadable: readonly string[];
}

/** The A1 address of a row's field, or undefined when the sheet has no such column or field. */
export function cellOf(origin: RowOrigin, field: string): string | undefined {
  const where = origin.layout[field];
  if (where === undefined) return undefined;
  return /\d$/.test(where) ? where : `${where}${origin.row}`;
}

export type Info = z.infer<typeof infoSchema> & { origin: RowOrigin };
export type Commune = z.infer<typeof communeSchema> & { origin: RowOrigin };
export type Collective = z.infer<typeof collectiveSchema> & { subject: 'collective'; origin: RowOrigin };
export type Individual = z.infer<ReturnType<typeof individualSchema>> & { subject: 'individual'; origin: RowOrigin };
export type OcopProduct = z.infer<typeof ocopSchema> & { origin: RowOrigin };

/** A nomination of either kind, told apart by `subject`. */
export type Nomination = Collective | Individual;

/** One workbook, typed. Rows that could not be read are absent; their findings say why. */
export interface Dossier {
  file: string;
  /** Absent when `Thông tin` is missing or lacks a required field. */
  info?: Info;
  /** `Huyện` as read even when another `Thông tin` field is wrong, so the district is still known. */
  declaredDistrict?: string;
  /** Which sheets the workbook has (by spec id), and their names as written. */
  sheets: Partial<Record<'info' | 'communes' | 'collectives' | 'individuals' | 'ocop', string>>;
  communes: Commune[];
  /** Names of `Xã` rows left out for unusable data (already reported), so nominations naming them are not called unknown. */
  unreadableCommunes: string[];
  collectives: Collective[];
  individuals: Individual[];
  ocop: OcopProduct[];
}
