import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../src/ledger/ledger.js';
import { mergeLedgers } from '../../src/ledger/merge.js';

// The ledger's order, as the spec of `mergeLedgers` says it: year, plan, district,
// commune, name in Vietnamese collation, then the award's key
// (plan, year, round, form, basis, subject, identity). The merge ranks
// places once instead of collating them in every comparison; it must still give
// exactly this order, also for strings the collator calls equal (NFC and NFD).
const collator = new Intl.Collator('vi');
const reference = (entries: LedgerEntry[]) =>
  [...entries].sort(
    (x, y) =>
      x.year - y.year ||
      collator.compare(x.plan, y.plan) ||
      collator.compare(x.district ?? '', y.district ?? '') ||
      collator.compare(x.commune ?? '', y.commune ?? '') ||
      collator.compare(x.name, y.name) ||
      (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0),
  );
/** What makes an award one award (the merge's own key). */
const key = (e: LedgerEntry) => [e.plan, e.year, e.round, e.form, e.basis ?? '', e.subject, e.identityToken ?? e.nameKey].join('\u0000');

const place = fc.constantFrom(undefined, '', 'Bình Lư', 'Bi\u0300nh Lư', 'bình lư', 'Bản Bo', 'Ban Bo', 'Đông Hưng', 'Dào San', 'Sơn Bình', 'Tam Đường', 'Tân Uyên', 'Than Uyên');
const entry = fc.record({
  name: fc.constantFrom('Lò Văn Thanh', 'Lò Văn Thành', 'Lo\u0300 Văn Thanh', 'Tẩn Láo Sử', 'Giàng A Dình', 'Đỗ Thị Hà', 'Do Thi Ha'),
  district: place,
  commune: place,
  year: fc.constantFrom(2023, 2024),
  plan: fc.constantFrom('lai-chau', 'ha-quang', 'Hà Quảng'),
  form: fc.constantFrom('bang-khen-tinh', 'giay-khen-huyen'),
  nameKey: fc.string({ maxLength: 3 }),
});

describe('mergeLedgers order', () => {
  it('is the collation order of year, plan, district, commune, name, key', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (raw) => {
        const entries: LedgerEntry[] = raw.map((r, i) => ({
          subject: 'individual', name: r.name, nameKey: `${r.nameKey}${i}`, form: r.form, year: r.year, round: 'hang-nam', plan: r.plan,
          ...(r.district !== undefined ? { district: r.district } : {}),
          ...(r.commune !== undefined ? { commune: r.commune } : {}),
        }));
        const merged = mergeLedgers(entries);
        const expected = reference(entries);
        // Entries the reference cannot tell apart may come in either order; none exist here (nameKey is unique).
        expect(merged.map((e) => e.nameKey)).toEqual(expected.map((e) => e.nameKey));
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
