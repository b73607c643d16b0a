import { describe, expect, it } from 'vitest';
import { maskIdentities, maskIdentity } from '../../src/text/mask.js';

describe('maskIdentities', () => {
  it.each([
    ['Nguyễn Thị Hường', 'Nguyễn Thị Hường'],
    ['CCCD 012345678901 cấp năm 2021', 'CCCD ********8901 cấp năm 2021'],
    ['số 012 345 678 901.', 'số ********8901.'],
    ['012.345.678.901 và 098-765-432-109', '********8901 và ********2109'],
    ['0123456789012 (13 chữ số)', '0123456789012 (13 chữ số)'],
    ['01234567890 (11 chữ số)', '01234567890 (11 chữ số)'],
    ['dài 1,2 km', 'dài 1,2 km'],
    ['', ''],
  ])('%j → %j', (text, masked) => {
    expect(maskIdentities(text)).toBe(masked);
  });

  it('masks all but the last four characters of one number', () => {
    expect(maskIdentity('012345678901')).toBe('********8901');
  });
});
