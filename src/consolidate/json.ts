import type { Lang } from '../i18n/types.js';
import { ledgerDocument } from '../ledger/merge.js';
import { countBySeverity } from '../reporters/counts.js';
import { findingJson } from '../reporters/json.js';
import type { Consolidation } from './types.js';


/** `tong-hop.json`: the shape of cli.md (Consolidation outputs). */
export function consolidationJson(c: Consolidation, lang: Lang, version: string): string {
  const { plan } = c;
  return JSON.stringify(
    {
      tool: 'ntm-check',
      version,
      plan: { id: plan.id, title: plan.title, document: `${plan.document.kind} ${plan.document.number}` },
      year: c.year,
      districts: c.districts,
      missingDistricts: c.missingDistricts,
      targets: c.targets,
      counts: c.counts,
      findings: c.findings.map((f) => findingJson(f, lang)),
      summary: { files: c.report.files.length, ...countBySeverity(c.findings) },
    },
    null,
    2,
  );
}

/** `so-khen-thuong.json`: the merged ledger, next year's `--history`. */
export function ledgerJson(c: Consolidation): string {
  return JSON.stringify(ledgerDocument(c.ledger), null, 2);
}
