import { finding } from '../../findings/finding.js';
import { foldPlaceName, nearest } from '../../text/fold.js';
import { at, defineCheck } from '../check.js';

/** A nomination's `Xã` must be a commune of sheet `Xã` (when the workbook has that sheet). */
export const nominationUnknownCommune = defineCheck({
  name: 'nomination-unknown-commune',
  codes: ['nomination.unknown-commune'],
  run(dossier) {
    if (dossier.sheets.communes === undefined) return [];
    // A commune whose row could not be read is still a commune of the sheet: its own row carries the finding.
    const known = new Set([...dossier.communes.map((c) => c.name), ...dossier.unreadableCommunes].map(foldPlaceName));
    const names = dossier.communes.map((c) => c.name);
    return [...dossier.collectives, ...dossier.individuals]
      .filter((n) => n.commune !== undefined && !known.has(foldPlaceName(n.commune)))
      .map((n) => {
        const suggestion = nearest(n.commune!, names, (name) => [name]);
        return finding('nomination.unknown-commune', at(dossier, n.origin, 'commune'), { commune: n.commune!, ...(suggestion ? { suggestion } : {}) });
      });
  },
});
