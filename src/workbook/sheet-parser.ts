/**
 * The `<sheetData>` state machine: turns tokens from the XML scanner into rows.
 * Completed rows collect in `ready` until the streaming loop hands them out, so
 * nothing but the current row is held. Everything after `</sheetData>` (merges,
 * hyperlinks, validations) is ignored.
 */
import { parseCellRef } from './cell-ref.js';
import { toCell, type CellContext, type RawCell } from './cell-value.js';
import { WorkbookReadError, type Row } from './types.js';
import type { XmlHandler } from './xml.js';
import { readAttributes } from './xml-text.js';

const ROW_ATTRS = ['r'] as const;
const CELL_ATTRS = ['r', 't', 's'] as const;

/** Everything the parser needs besides the tokens. */
export interface SheetContext extends CellContext {
  sheet: string;
  maxRows: number;
  maxColumns: number;
}

/** What the current text belongs to. */
const Capture = { None: 0, Value: 1, Formula: 2, InlineText: 3 } as const;

/** Parses one worksheet's tokens; see the module comment. */
export class SheetParser implements XmlHandler {
  done = false;
  /** Rows completed since the last time the caller emptied this array. */
  readonly ready: Row[] = [];
  private inSheetData = false;
  private row: Row | undefined;
  private rowExplicit = false;
  private lastRow = 0;
  private lastCol = 0;
  private unordered = false;
  private cell: RawCell | undefined;
  private capture: number = Capture.None;
  private inInline = false;
  private phoneticDepth = 0;
  /** Reused output buffer for attribute lookups. */
  private readonly attrs: (string | undefined)[] = [undefined, undefined, undefined];

  constructor(private readonly ctx: SheetContext) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (name === 'sheetData') {
      this.inSheetData = !selfClosing;
      this.done = selfClosing;
    } else if (!this.inSheetData) return;
    else if (name === 'row') {
      this.startRow(attrs);
      if (selfClosing) this.endRow();
    } else if (name === 'c') {
      this.startCell(attrs);
      if (selfClosing) this.endCell();
    } else if (this.cell === undefined) return;
    else if (name === 'v') {
      this.cell.v = '';
      if (!selfClosing) this.capture = Capture.Value;
    } else if (name === 'f') {
      this.cell.formula = '';
      if (!selfClosing) this.capture = Capture.Formula;
    } else if (name === 'is') {
      this.inInline = !selfClosing;
      this.cell.inline = '';
    } else if (name === 'rPh') {
      if (!selfClosing) this.phoneticDepth++;
    } else if (name === 't' && this.inInline && this.phoneticDepth === 0 && !selfClosing) {
      this.capture = Capture.InlineText;
    }
  }

  close(name: string): void {
    if (name === 'v' || name === 'f' || name === 't') this.capture = Capture.None;
    else if (name === 'c') this.endCell();
    else if (name === 'row') this.endRow();
    else if (name === 'is') this.inInline = false;
    else if (name === 'rPh') this.phoneticDepth = Math.max(0, this.phoneticDepth - 1);
    else if (name === 'sheetData') this.finish();
  }

  text(text: string): void {
    const cell = this.cell;
    if (cell === undefined || this.capture === Capture.None) return;
    if (this.capture === Capture.Value) cell.v += text;
    else if (this.capture === Capture.Formula) cell.formula += text;
    else cell.inline += text;
  }

  /** Ends the sheet: flushes an unclosed row and stops the scan. */
  finish(): void {
    this.endRow();
    this.inSheetData = false;
    this.done = true;
  }

  private tooLarge(what: 'rows' | 'columns', value: number): WorkbookReadError {
    const max = what === 'rows' ? this.ctx.maxRows : this.ctx.maxColumns;
    return new WorkbookReadError('too-large', { what, sheet: this.ctx.sheet, value, max });
  }

  private startRow(attrs: string): void {
    this.endRow();
    readAttributes(attrs, ROW_ATTRS, this.attrs);
    const r = Number(this.attrs[0] ?? NaN);
    // Rows without a usable `r` follow the previous one (some generators omit it).
    this.rowExplicit = Number.isInteger(r) && r > 0;
    const index = this.rowExplicit ? r : this.lastRow + 1;
    this.setRow(index);
  }

  private setRow(index: number): void {
    if (index > this.ctx.maxRows) throw this.tooLarge('rows', index);
    this.lastRow = index;
    this.lastCol = 0;
    this.unordered = false;
    this.row = { index, cells: [] };
  }

  private startCell(attrs: string): void {
    if (this.row === undefined) return; // a <c> outside any <row>: nothing to attach it to
    readAttributes(attrs, CELL_ATTRS, this.attrs);
    const ref = this.attrs[0];
    const type = this.attrs[1];
    const s = this.attrs[2];
    const parsed = ref === undefined ? undefined : parseCellRef(ref);
    // A row without `r` whose first cell names its row: trust the cell.
    if (parsed && parsed.row > 0 && !this.rowExplicit && this.row.cells.length === 0 && this.lastCol === 0) {
      this.setRow(parsed.row);
      this.rowExplicit = true;
    }
    const col = parsed ? parsed.col : this.lastCol + 1;
    if (col > this.ctx.maxColumns) throw this.tooLarge('columns', col);
    if (col <= this.lastCol) this.unordered = true;
    this.lastCol = col;
    const style = Number(s ?? 0);
    this.cell = { type: type ?? 'n', style: Number.isInteger(style) ? style : 0, v: undefined, inline: undefined, col, formula: undefined };
  }

  private endCell(): void {
    const raw = this.cell;
    const row = this.row;
    this.cell = undefined;
    this.capture = Capture.None;
    this.inInline = false;
    this.phoneticDepth = 0;
    if (raw === undefined || row === undefined) return;
    const cell = toCell(raw, row.index, this.ctx);
    if (cell !== undefined) row.cells.push(cell);
  }

  private endRow(): void {
    if (this.cell !== undefined) this.endCell();
    const row = this.row;
    this.row = undefined;
    if (row === undefined || row.cells.length === 0) return;
    if (this.unordered) row.cells.sort((x, y) => x.col - y.col);
    this.ready.push(row);
  }
}
