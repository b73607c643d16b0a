import { finding, type Finding } from '../../findings/finding.js';
import { foldPlaceName } from '../../text/fold.js';
import { at, defineCheck } from '../check.js';

/** Each commune appears once in sheet `Xã` (compared tolerantly, "Xã" prefix ignored). */
export const communeDuplicate = defineCheck({
  name: 'commune-duplicate',
  codes: ['commune.duplicate'],
  run(dossier) {
    const findings: Finding[] = [];
    const first = new Map<string, (typeof dossier.communes)[number]>();
    for (const commune of dossier.communes) {
      const key = foldPlaceName(commune.name);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, commune);
        continue;
      }
      findings.push(finding('commune.duplicate', at(dossier, commune.origin, 'name'), { commune: commune.name }, { related: [at(dossier, earlier.origin, 'name')] }));
    }
    return findings;
  },
});
