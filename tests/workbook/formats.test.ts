import { describe, expect, it } from 'vitest';
import { columnLetters, parseCellRef } from '../../src/workbook/cell-ref.js';
import { isoToSerial } from '../../src/workbook/dates.js';
import { isBuiltinDateFormat, isDateFormatCode } from '../../src/workbook/number-format.js';

describe('number formats', () => {
  it.each([
    [0, false], [1, false], [4, false], [13, false], [14, true], [17, true], [22, true], [23, false],
    [27, true], [36, true], [37, false], [45, true], [47, true], [49, false], [50, true], [58, true], [59, false],
  ])('built-in id %i is a date: %s', (id, expected) => {
    expect(isBuiltinDateFormat(id)).toBe(expected);
  });

  it.each([
    ['dd/mm/yyyy', true],
    ['d/m/yy h:mm', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['hh:mm:ss AM/PM', true],
    ['[h]', true],
    ['[h]:mm', true],
    ['mmm-yy;@', true],
    ['General', false],
    ['0.00', false],
    ['#,##0', false],
    ['#,##0 "đồng"', false],
    ['0" ngày"', false],
    ['[Red]#,##0.00;[Blue]-#,##0.00', false],
    ['0.00E+00', false],
    ['\\d0', false],
    ['_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-', false],
    ['@', false],
  ])('format code %j is a date: %s', (code, expected) => {
    expect(isDateFormatCode(code)).toBe(expected);
  });
});

describe('ISO dates (t="d")', () => {
  it.each([
    ['2024-03-15', false, 45366],
    ['2024-03-15T12:00:00Z', false, 45366.5],
    ['2024-03-15T06:00:00+07:00', false, 45366.25],
    ['1900-03-01', false, 61],
    ['1900-01-01', false, 1],
    ['1904-01-01', true, 0],
    ['2024-03-15', true, 45366 - 1462],
    ['12:00', false, 0.5],
  ])('%s (1904: %s) → %d', (text, date1904, serial) => {
    expect(isoToSerial(text, date1904)).toBeCloseTo(serial, 9);
  });

  it.each(['2024-02-30', '15/03/2024', 'soon', ''])('%j is not an ISO date', (text) => {
    expect(isoToSerial(text, false)).toBeUndefined();
  });
});

describe('cell references', () => {
  it.each([
    [1, 'A'], [26, 'Z'], [27, 'AA'], [28, 'AB'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD'],
  ])('column %i ↔ %s', (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(parseCellRef(`${letters}7`)).toEqual({ col, row: 7 });
  });

  it('parses absolute and lower-case references and rejects junk', () => {
    expect(parseCellRef('$b$14')).toEqual({ col: 2, row: 14 });
    expect(parseCellRef('C')).toEqual({ col: 3, row: 0 });
    expect(parseCellRef('14')).toBeUndefined();
    expect(parseCellRef('A1:B2')).toBeUndefined();
    expect(parseCellRef('ZZZZZZZZZZZZZZ1')!.col).toBeGreaterThan(16384);
  });
});
