import type { z } from 'zod';
import type { collectiveSchema, communeSchema, individualSchema, infoSchema, ocopSchema } from './row-schemas.js';

/** Where a row came from, and the A1 address of each of its fields. */
export interface RowOrigin {
  /** The sheet's name as written in the workbook. */
  sheet: string;
  /** 1-based row number. */
  row: number;
  /** Field key → A1 address of the cell it was read from (also for empty cells of present columns). */
  cells: Record<string, string>;
  /** Fields whose cell held something unusable (already reported); absent from the row. */
  unreadable: string[];
}

export type Info = z.infer<typeof infoSchema> & { origin: RowOrigin };
export type Commune = z.infer<typeof communeSchema> & { origin: RowOrigin };
export type Collective = z.infer<typeof collectiveSchema> & { origin: RowOrigin };
export type Individual = z.infer<ReturnType<typeof individualSchema>> & { origin: RowOrigin };
export type OcopProduct = z.infer<typeof ocopSchema> & { origin: RowOrigin };

/** A nomination of either kind, tagged. */
export type Nomination = ({ subject: 'collective' } & Collective) | ({ subject: 'individual' } & Individual);

/** One workbook, typed. Rows that could not be read are absent; their findings say why. */
export interface Dossier {
  file: string;
  /** Absent when `Thông tin` is missing or lacks a required field. */
  info?: Info;
  /** Which sheets the workbook has (by spec id), and their names as written. */
  sheets: Partial<Record<'info' | 'communes' | 'collectives' | 'individuals' | 'ocop', string>>;
  communes: Commune[];
  /** Names of `Xã` rows left out for unusable data (already reported), so nominations naming them are not called unknown. */
  unreadableCommunes: string[];
  collectives: Collective[];
  individuals: Individual[];
  ocop: OcopProduct[];
}
