import type { ConsolidateText } from './text.js';
import { formatNumber, shortList } from './format.js';

const n = (x: number) => formatNumber(x, 'en');

/** English (`--lang en`). */
export const textEn = {
  title: 'CONSOLIDATED REPORT',
  subtitle: (year) => `Results of the emulation movement “Joining hands to build new rural areas” in ${year}`,
  planLine: (document, issuer) => `Under ${document} of ${issuer}`,
  place: (province, district) => (district ? `${district} district, ${province} province` : `${province} province`),
  madeBy: (version, date) => `Made with ntm-check ${version} on ${date}`,
  summary: (s) =>
    `${n(s.files)} workbooks, ${n(s.communes)} communes, ${n(s.nominations)} award nominations (${n(s.withoutErrors)} without errors); ${n(s.errors)} errors, ${n(s.warnings)} warnings.`,
  sections: {
    targets: 'I. Progress against the plan’s targets',
    chart: 'Actual against target',
    schedule: 'Each commune’s schedule',
    districts: 'II. By submitting unit',
    missing: 'Units with no data',
    nominations: 'III. Award nominations',
    byForm: 'By award form',
    byGender: 'Individuals by gender',
    findings: 'IV. Findings of the checks',
  },
  columns: {
    no: 'No.', target: 'Target', plan: 'Plan', actual: 'Actual', verdict: 'Verdict', clause: 'Clause',
    district: 'Unit', communes: 'Communes', ntm: 'NTM communes', ntmShare: 'NTM share', avgCriteria: 'Avg. criteria',
    nominations: 'Nominations', errors: 'Errors', warnings: 'Warnings', form: 'Award form', collective: 'Collective',
    individual: 'Individual', total: 'Total', withoutErrors: 'No errors', count: 'Count', code: 'Finding code',
    severity: 'Severity', example: 'Example', commune: 'Commune', due: 'Schedule', now: 'Now', status: 'Progress',
  },
  tiles: { files: 'Workbooks', communes: 'Communes', nominations: 'Nominations', targets: 'Targets met', errors: 'Errors to fix' },
  criteria: (x) => `${n(x)}/19 criteria`,
  totalRow: 'Total',
  met: { true: 'Met', false: 'Not met', null: 'Not enough data' },
  reasons: {
    'missing-districts': (m) => `no workbook from: ${shortList(m)}`,
    'missing-communes': (m) => `no data for communes: ${shortList(m)}`,
    'missing-data': (m) => (m.length > 0 ? `data missing for: ${shortList(m)}` : 'data missing'),
    'no-communes': () => 'no commune in the workbooks',
    'no-ntm-communes': () => 'no NTM commune yet',
    'no-pending-communes': () => 'every commune has reached NTM',
    'no-dbkk-communes': () => 'no extremely difficult (ĐBKK) commune',
    'no-ocop-sheet': () => 'no OCOP sheet in the workbooks',
    'no-names': () => 'the plan names no district',
    'not-yet-due': () => 'not yet due',
    'unknown-metric': () => 'this target is not computed automatically',
  },
  schedule: { 'on-time': 'On time', late: 'Late', 'at-risk': 'At risk', 'on-track': 'On track', unknown: 'No data' },
  atRiskNote: '“At risk”: not yet due, but the criteria still missing exceed 2 per remaining year (the plan’s own pace), or the commune gained no criterion this year.',
  chartTarget: 'Plan level',
  chartNote: 'Each bar is drawn on its own target’s scale; the red mark is the plan’s level.',
  gender: { nam: 'Male', nu: 'Female', unknown: 'Not given' },
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  verdict: { ok: 'Valid', warning: 'Warnings', error: 'Errors' },
  yes: 'Yes',
  no: 'No',
  none: 'None',
  page: (p, of) => `Page ${p} of ${of}`,
  unreadableFile: 'unreadable',
  headers: {
    targets: { no: 'No.', metric: 'Metric', label: 'Target', comparator: 'Comparator', target: 'Plan', actual: 'Actual', met: 'Verdict', reason: 'Note', clause: 'Clause' },
    communes: {
      district: 'District', file: 'File', name: 'Commune', criteria: 'Criteria met', previous: 'Criteria met last year', level: 'Level',
      year: 'Year recognised', dbkk: 'ĐBKK commune', border: 'Border commune', debt: 'XDCB debt (million VND)', fourOnSite: '"4 on-site" met',
      villages: 'Villages', ntmVillages: 'NTM villages', modelVillages: 'Model villages', gardens: 'Model gardens',
    },
    nominations: {
      district: 'District', file: 'File', row: 'Row', name: 'Name', type: 'Type / kind', commune: 'Commune', gender: 'Gender', birthYear: 'Birth year',
      unit: 'Unit, address', identity: 'Identity number (masked)', form: 'Award form', basis: 'Basis', contribution: 'Contribution (million VND)',
      stars: 'OCOP stars', achievement: 'Achievement', verdict: 'Check result', codes: 'Finding codes',
    },
    findings: { file: 'File', district: 'Unit', sheet: 'Sheet', cell: 'Cell', row: 'Row', severity: 'Severity', code: 'Code', message: 'Message', clause: 'Clause' },
  },
  progress: {
    reading: (done, total, rows) => `Checking workbook ${n(done)}/${n(total)} · ${n(rows)} rows`,
    writing: (file) => `Writing ${file}`,
  },
  cli: {
    noWorkbooks: (dir) => `The folder "${dir}" holds no .xlsx file; point to the folder of the districts' workbooks.`,
    badYear: (v) => `The year "${v}" is not valid; give a four-digit year, e.g. --year 2024.`,
    missingOut: 'No output folder given; add --out <folder>, e.g. --out tong-hop-2024.',
    done: (dir, s) =>
      `Wrote tong-hop.xlsx, tong-hop.pdf, tong-hop.json and so-khen-thuong.json to ${dir}: ${n(s.districts)} workbooks, ${n(s.errors)} errors, ${n(s.warnings)} warnings; targets: ${n(s.met)} met, ${n(s.notMet)} not met, ${n(s.unknown)} without enough data; ledger of ${n(s.ledger)} entries.`,
  },
} satisfies ConsolidateText;
