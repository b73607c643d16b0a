/**
 * The `<sheetData>` state machine: turns tokens from the XML scanner into rows.
 * Completed rows collect in `ready` until the streaming loop hands them out, so
 * nothing but the current row is held. Everything after `</sheetData>` (merges,
 * hyperlinks, validations) is ignored.
 */
import { columnLetters, parseCellRef } from './cell-ref.js';
import { numberValue, SheetCell, sharedStringValue, toCell, type CellContext, type RawCell } from './cell-value.js';
import { WorkbookReadError, type Row } from './types.js';
import { asciiAt, plainTextStart, shortText, textEnd, utf8Text, type XmlHandler } from './xml.js';
import { decodeEntities, isSpace, readAttributes } from './xml-text.js';

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

/**
 * True when `src` has the one-letter end tag `</x>` at `at` (x given as a char code).
 * `asciiAt(src, at, '</v>')` says the same, but on this path, twice per cell, the
 * comparisons written out checked a 100k-row sheet 4 % faster and a 500k one 10 %.
 */
function isEndTag(src: Buffer, at: number, letter: number): boolean {
  return src[at] === 60 && src[at + 1] === 47 && src[at + 2] === letter && src[at + 3] === 62;
}


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
    readAttributes(attrs, ROW_ATTRS, this.attrs);
    this.beginRow(Number(this.attrs[0] ?? NaN));
  }

  /** Ends the current row and starts the next, numbered `r` (anything but a positive whole number: no usable `r`). */
  private beginRow(r: number): void {
    this.endRow();
    // Rows without a usable `r` follow the previous one (some generators omit it).
    this.rowExplicit = Number.isInteger(r) && r > 0;
    this.setRow(this.rowExplicit ? r : this.lastRow + 1);
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
    const parsed = ref === undefined ? undefined : parseCellRef(ref);
    const style = Number(this.attrs[2] ?? 0);
    this.openCell(parsed?.col ?? 0, parsed?.row ?? 0, this.attrs[1] ?? 'n', Number.isInteger(style) ? style : 0);
  }

  /** Starts a cell; `col` 0 means the cell gave no reference (it follows the previous one). */
  private openCell(refCol: number, refRow: number, type: string, style: number): void {
    const col = this.placeCell(refCol, refRow);
    this.cell = { type, style, v: undefined, inline: undefined, col, formula: undefined };
  }

  /** Settles the column of the next cell of the row (and the row, for rows without `r`). */
  private placeCell(refCol: number, refRow: number): number {
    // A row without `r` whose first cell names its row: trust the cell.
    if (refCol > 0 && refRow > 0 && !this.rowExplicit && this.row!.cells.length === 0 && this.lastCol === 0) {
      this.setRow(refRow);
      this.rowExplicit = true;
    }
    const col = refCol > 0 ? refCol : this.lastCol + 1;
    if (col > this.ctx.maxColumns) throw this.tooLarge('columns', col);
    if (col <= this.lastCol) this.unordered = true;
    this.lastCol = col;
    return col;
  }

  /**
   * A shared-string or number cell whose `<v>` is a plain whole number (almost all
   * of them): decoded here as `decodeCell` would, without the raw-cell detour.
   */
  private addWholeNumberCell(refCol: number, refRow: number, type: 's' | 'n', style: number, n: number): void {
    const col = this.placeCell(refCol, refRow);
    const value = type === 's' ? sharedStringValue(n, this.ctx) : numberValue(n, style, this.ctx);
    if (value.kind === 'empty') return; // a bad index or an empty shared string: no cell
    const row = this.row!;
    row.cells.push(new SheetCell(row.index, col, value));
  }

  /**
   * The fast path (see {@link XmlHandler.element}) for what makes up almost all of
   * a sheet: the row tags (see {@link rowStart}, and `</row>`) and the cell almost
   * every generator writes, `<c r="B7" s="3" t="s"><v>12</v></c>` or `<c r="B7" s="3"/>`:
   * unprefixed names, plain A1 reference and style, at most one `<v>` with no markup
   * inside, or an inline string (see {@link inlineCell}). Anything else — a formula,
   * a prefix, an entity in an attribute, a cell cut by the chunk boundary — returns
   * -1 for the tokenizer, which reads the same cell the slow way.
   */
  element(src: Buffer, lt: number): number {
    if (this.cell !== undefined || !this.inSheetData) return -1;
    const first = src[lt + 1]!;
    if (first === 114 /* r */) return this.rowStart(src, lt);
    if (first === 47 /* / */) {
      if (!asciiAt(src, lt, '</row>')) return -1;
      this.endRow();
      return lt + 6;
    }
    if (this.row === undefined || first !== 99 /* c */) return -1;
    const len = src.length;
    let i = lt + 2;
    let ch = src[i]!;
    if (ch !== 32 && ch !== 62 && ch !== 47) return -1;
    let refCol = 0;
    let refRow = 0;
    let style = 0;
    let type = 'n';
    for (;;) {
      while (i < len && isSpace((ch = src[i]!))) i++;
      if (i >= len) return -1;
      if (ch === 62 /* > */ || ch === 47 /* / */) break;
      const nameStart = i;
      while (i < len && (ch = src[i]!) !== 61 /* = */ && ch !== 58 /* : */ && !isSpace(ch) && ch !== 62 && ch !== 47) i++;
      if (ch !== 61) return -1; // a prefix, or spacing around `=`
      const one = i - nameStart === 1 ? src[nameStart]! : 0;
      const quote = src[++i]!;
      if (quote !== 34 && quote !== 39) return -1;
      let close = i + 1;
      while (close < len && src[close] !== quote) close++;
      if (close >= len) return -1;
      // A repeated attribute is not XML; like the tokenizer, the last one counts.
      if (one === 114 /* r */) {
        refCol = 0;
        refRow = 0;
        let k = i + 1;
        for (; k < close && (ch = src[k]!) >= 65 && ch <= 90; k++) if (refCol < 1e9) refCol = refCol * 26 + (ch - 64);
        for (; k < close && (ch = src[k]!) >= 48 && ch <= 57; k++) if (refRow < 1e9) refRow = refRow * 10 + (ch - 48);
        if (k !== close || refCol === 0) return -1;
      } else if (one === 115 /* s */) {
        if (close === i + 1) return -1;
        style = 0;
        for (let k = i + 1; k < close; k++) {
          ch = src[k]!;
          if (ch < 48 || ch > 57) return -1;
          style = style * 10 + (ch - 48);
        }
      } else if (one === 116 /* t */) {
        for (let k = i + 1; k < close; k++) if (src[k] === 38 /* & */) return -1;
        type = shortText(src, i + 1, close);
      }
      i = close + 1;
    }
    if (type === 'inlineStr') return ch === 62 ? this.inlineCell(src, i + 1, refCol, refRow, style) : -1;
    // Where the `<v>` text is (-1: no `<v>`), and its value when it is 1–15 plain digits.
    let vStart = -1;
    let vEnd = -1;
    let whole = -1;
    if (ch === 47) {
      if (src[i + 1] !== 62) return -1;
      i += 2;
    } else {
      i++;
      while (i < len && isSpace(src[i]!)) i++;
      if (src[i] === 60 && src[i + 1] === 118 /* v */ && src[i + 2] === 62) {
        vStart = i + 3;
        let end = vStart;
        let n = 0;
        for (; end < len && (ch = src[end]!) >= 48 && ch <= 57; end++) n = n * 10 + (ch - 48);
        if (end > vStart && end - vStart <= 15 && ch === 60) whole = n;
        while (end < len && src[end] !== 60) end++;
        if (!isEndTag(src, end, 118 /* v */)) return -1;
        vEnd = end;
        i = end + 4;
        while (i < len && isSpace(src[i]!)) i++;
      }
      if (!isEndTag(src, i, 99 /* c */)) return -1;
      i += 4;
    }
    if (whole !== -1 && (type === 's' || type === 'n')) {
      this.addWholeNumberCell(refCol, refRow, type, style, whole);
      return i;
    }
    const v = vStart === -1 ? undefined : decodeEntities(utf8Text(src, vStart, vEnd));
    this.openCell(refCol, refRow, type, style);
    this.cell!.v = v;
    this.endCell();
    return i;
  }

  /**
   * The rest of an inline-string cell after its start tag, in the shape generators
   * write it: `<is><t>text</t></is></c>`, the `<t>` perhaps keeping its spaces
   * (`xml:space="preserve"`). Rich text, phonetic runs, prefixes or spacing return
   * -1 for the tokenizer.
   */
  private inlineCell(src: Buffer, at: number, refCol: number, refRow: number, style: number): number {
    const start = asciiAt(src, at, '<is>') ? plainTextStart(src, at + 4) : -1;
    if (start === -1) return -1;
    const end = textEnd(src, start);
    if (!asciiAt(src, end, '</t></is></c>')) return -1;
    this.openCell(refCol, refRow, 'inlineStr', style);
    this.cell!.inline = decodeEntities(utf8Text(src, start, end));
    this.endCell();
    return end + 13;
  }

  /**
   * The fast path for a row's start tag, `<row r="7" spans="1:15" x14ac:dyDescent="0.25">`:
   * unprefixed, quoted values without markup, its `r` plain digits or absent. Other
   * attributes are skipped, as the tokenizer skips them; a self-closing row, a
   * prefixed or odd `r`, or anything unusual returns -1.
   */
  private rowStart(src: Buffer, lt: number): number {
    if (!asciiAt(src, lt, '<row')) return -1;
    const len = src.length;
    let i = lt + 4;
    let ch = src[i]!;
    if (ch !== 32 && ch !== 62) return -1;
    let index = -1;
    for (;;) {
      while (i < len && isSpace((ch = src[i]!))) i++;
      if (i >= len || ch === 47) return -1;
      if (ch === 62) break;
      let eq = i;
      while (eq < len && src[eq] !== 61 /* = */) eq++;
      if (eq === len) return -1;
      const quote = src[eq + 1]!;
      if (quote !== 34 && quote !== 39) return -1;
      let close = eq + 2;
      while (close < len && src[close] !== quote) close++;
      if (close === len) return -1;
      // The name, checked only as far as `r` matters: `r` itself, or any other name without spacing or markup.
      for (let k = i; k < eq; k++) if (isSpace((ch = src[k]!)) || ch === 34 || ch === 39 || ch === 60 || ch === 62) return -1;
      const name = eq - i === 1 ? src[i]! : 0;
      if (name === 114 /* r */) {
        if (close === eq + 2 || close - eq - 2 > 15) return -1;
        index = 0;
        for (let k = eq + 2; k < close; k++) {
          ch = src[k]!;
          if (ch < 48 || ch > 57) return -1;
          index = index * 10 + (ch - 48);
        }
      } else if (src[eq - 1] === 114 && src[eq - 2] === 58 /* a prefixed r: `x:r` */) return -1;
      i = close + 1;
    }
    this.beginRow(index);
    return i + 1;
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
