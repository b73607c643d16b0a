import type { Catalogue, FindingMessages } from './types.js';

const kinds = {
  text: 'text', integer: 'a whole number', number: 'a number', year: 'a year (4 digits)', date: 'a date (dd/mm/yyyy)',
  'yes-no': 'Có/Không (yes/no)', 'identity-number': 'a 12-digit identity number',
} as const;

const reasons: Record<string, string> = {
  missing: 'no such file', 'is-directory': 'it is a folder', 'no-access': 'permission denied', empty: 'the file is empty',
  'corrupt-zip': 'the file is damaged or incompletely downloaded', 'unsafe-xml': 'the file holds unsafe XML declarations',
  'too-large': 'the file exceeds a safety size limit',
};

const SCOPES: Record<string, string> = { 'per-commune': 'per commune', 'per-district': 'per district', 'per-village': 'per village', 'per-unit': 'per unit', 'per-district-year': 'per district per year' };
const quotaScope = (q: string) => SCOPES[q] ?? q;
const date = (iso: string) => iso.split('-').reverse().join('/');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const findings = {
  'file.unreadable': (d) => `Cannot read the file: ${reasons[d.reason] ?? d.reason}.`,
  'file.not-xlsx': (d) => `The file is not an Excel .xlsx workbook (${d.reason}).`,
  'file.too-large': () => 'The file exceeds a safety size limit.',
  'sheet.missing': (d) =>
    `Sheet "${d.sheet}" is missing${d.reason === 'district-workbook' ? ' (required in district and commune dossiers)' : ''}${d.suggestion ? `; did you mean "${d.suggestion}"?` : ''}.`,
  'column.missing': (d) => `Column "${d.column}" is missing${d.suggestion ? `; did you mean "${d.suggestion}"?` : ''}.`,
  'column.unknown': (d) => `Column "${d.column}" is not part of the dossier format; it is ignored.`,
  'cell.required': (d) => `"${d.column}" is empty${d.condition ? ' (required in this case)' : ''}.`,
  'cell.type': (d) => `"${d.column}": "${d.value}" is not ${kinds[d.expected]}.`,
  'cell.enum': (d) => `"${d.column}": "${d.value}" is not in the list of allowed values${d.suggestion ? `; did you mean "${d.suggestion}"?` : ''}.`,
  'cell.range': (d) => `"${d.column}": ${d.value} is ${d.min !== undefined ? `below the minimum ${d.min}` : `above the maximum ${d.max}`}.`,
  'cell.formula-error': (d) => `"${d.column}": the cell holds a formula error${d.error ? ` ${d.error}` : ' (no calculated result; open and save the file in Excel)'}.`,
  'text.legacy-encoding': (d) => `"${d.column}": text typed in the legacy ${d.encoding.toUpperCase()} encoding; it should read "${d.suggestion}".`,
  'info.province-mismatch': (d) => `Province "${d.actual}" is not the plan's province (${d.expected}).`,
  'info.district-mismatch': (d) => `District "${d.actual}" is not the plan's district (${d.expected}).`,
  'commune.duplicate': (d) => `Commune "${d.commune}" is listed twice.`,
  'commune.level-criteria': (d) => `Commune ${d.commune} at level "${d.level}" must meet all 19 criteria, but ${d.criteria} are given.`,
  'commune.criteria-breakdown': (d) => `Commune ${d.commune}: ${d.declared} criteria declared but columns TC1–TC19 tick ${d.counted}.`,
  'commune.recognition-year': (d) =>
    d.reason === 'after-achievement-year'
      ? `Commune ${d.commune}: recognition year ${d.year} is after the achievement year ${d.achievementYear}.`
      : `Commune ${d.commune} is not at any NTM level but has recognition year ${d.year}; check its level.`,
  'commune.villages': (d) => `Commune ${d.commune}: "${d.column}" (${d.value}) is greater than "${d.limitColumn}" (${d.limit}).`,
  'commune.criteria-dropped': (d) => `Commune ${d.commune} fell from ${d.previous} to ${d.current} criteria since last year; please check.`,
  'nomination.unknown-commune': (d) => `Commune "${d.commune}" is not in sheet Xã${d.suggestion ? `; did you mean "${d.suggestion}"?` : ''}.`,
  'nomination.duplicate': (d) => `${d.name} is proposed for "${d.form}" twice in the same round.`,
  'nomination.multiple-forms': (d) => `${d.name} is proposed for two forms in the same round: "${d.form}" and "${d.otherForm}".`,
  'achievement.too-short': (d) => `The achievement summary is too short (${d.length} characters, at least ${d.min} needed); describe concrete achievements.`,
  'award.form-not-in-plan': (d) => d.basis ? `Basis "${d.basisLabel}" does not lead to "${d.form}".` : `The plan has no award form "${d.form}".`,
  'award.basis-unknown': (d) => `Basis "${d.value}" is not in the plan${d.suggestion ? `; did you mean "${d.suggestion}"?` : ''}.`,
  'award.basis-ambiguous': (d) =>
    d.candidates.length === 0
      ? `No basis of the plan covers this nominee with "${d.form}"; state the basis.`
      : `No basis given and the plan has several for "${d.form}" (${d.candidateLabels.map((l) => `"${l}"`).join(', ')}); state the basis.`,
  'award.subject-mismatch': (d) => `Basis "${d.basisLabel}" does not apply to "${d.subject}".`,
  'award.round': (d) =>
    d.form ? `"${d.form}" is not awarded in round "${d.round}"; only in: ${d.allowed.join(', ')}.`
      : d.basis ? `Basis "${d.basisLabel}" is not used in round "${d.round}"; only in: ${d.allowed.join(', ')}.`
      : `The plan has no round "${d.round}"; its rounds: ${d.allowed.join(', ')}.`,
  'award.once-only': (d) =>
    `${d.name} already received "${d.form}"${d.year ? ` in ${d.year}` : ''} (${d.source === 'history' ? 'per the awards ledger' : 'per Khen thưởng đã nhận'}); basis "${d.basisLabel}" is awarded once only` +
    (d.uncertain ? '; that column does not say the earlier basis and another basis leads to this form: check.' : '.'),
  'eligibility.level': (d) => `Basis "${d.basisLabel}" requires the commune at "${d.required}"${d.max ? ` to "${d.max}"` : ''}; ${d.commune} is at "${d.level}".`,
  'eligibility.recognition-period': (d) => `Basis "${d.basisLabel}" requires ${d.name} to be recognised in ${d.from}–${d.to}; ${d.year ? `the recognition year is ${d.year}` : 'no recognition year is given'}.`,
  'eligibility.xdcb-debt': (d) => d.debt === undefined
    ? `Basis "${d.basisLabel}" requires no capital-construction debt, but the ${d.of} ${d.name} declares none; write 0 if there is no debt.`
    : `Basis "${d.basisLabel}" requires no capital-construction debt; the ${d.of} ${d.name} owes ${d.debt} million VND.`,
  'eligibility.four-on-site': (d) => `Basis "${d.basisLabel}" requires "4 tại chỗ" readiness; the ${d.of} ${d.name} has not met it (or not declared it).`,
  'eligibility.contribution': (d) => `Basis "${d.basisLabel}" requires ${[d.minMillion !== undefined ? `a contribution of at least ${d.minMillion} million VND` : '', d.minOcopStars !== undefined ? `an OCOP product of at least ${d.minOcopStars} stars` : ''].filter(Boolean).join(' or ')}; the dossier gives ${d.contribution !== undefined ? `${d.contribution} million` : 'no contribution'}${d.ocopStars !== undefined ? `, ${d.ocopStars} stars` : ''}.`,
  'eligibility.ocop': (d) => `Basis "${d.basisLabel}" names OCOP products of at least ${d.min} stars; the dossier gives ${d.stars}.`,
  'eligibility.top-criteria': (d) => `Basis "${d.basisLabel}" is for the commune completing the most criteria this year in its district (${d.bestCommunes.join(', ')}: +${d.best}); ${d.commune} ${d.gain === undefined ? 'has no previous-year count' : `gained ${d.gain}`}.`,
  'eligibility.district-level': (d) => `Basis "${d.basisLabel}" requires the district at "${d.required}"; ${d.district} ${d.level ? `is at "${d.level}"` : 'declares no level'}.`,
  'eligibility.commune-kind': (d) => `Basis "${d.basisLabel}" applies only to ${d.required.map((k) => (k === 'dbkk' ? 'extremely difficult' : 'border')).join(d.all ? ' and ' : ' or ')} communes; ${d.commune} is not marked so in sheet Xã.`,
  'quota.exceeded': (d) => `Quota exceeded (${quotaScope(d.quota)}: ${d.group}${d.managementLevel ? `, management level ${d.managementLevel}` : ''}): ${d.actual} proposed, at most ${d.max}.`,
  'deadline.late': (d) => `Submitted on ${date(d.submitted)}${d.assumed ? ' (the check date, as Ngày trình is empty)' : ''}, ${d.daysLate} days late; ${d.submitterLevel} must submit before ${date(d.deadline)}.`,
  'deadline.registration': (d) => d.registered ? `Registered on ${date(d.registered)}, ${d.daysLate} days late (due before ${date(d.deadline)}).` : `No Ngày đăng ký thi đua given (due before ${date(d.deadline)}).`,
  'period.outside': (d) => d.what === 'achievement-year' ? `Achievement year ${d.value} is outside the plan's period (${d.from ?? ''}–${d.to}).` : `Submission date ${date(d.value)} is outside the window ${d.from ? `from ${date(d.from)} ` : ''}to ${date(d.to)}.`,
} satisfies FindingMessages;

/** English (`--lang en`). */
export const en: Catalogue = {
  findings,
  unreadable: {
    missing: (f) => `File "${f}" was not found; check the path.`,
    'is-directory': (f) => `"${f}" is a folder, not a file; name each .xlsx file.`,
    'no-access': (f) => `File "${f}" cannot be read (permission denied); check its permissions.`,
    empty: (f) => `File "${f}" is empty (0 bytes); ask for the dossier again.`,
    'text-file': (f) => `File "${f}" is text (CSV/TXT) renamed to .xlsx; open it in Excel and save as "Excel Workbook (.xlsx)".`,
    'legacy-xls': (f) => `File "${f}" is an Excel 97-2003 (.xls) file; open it in Excel and save as "Excel Workbook (.xlsx)".`,
    encrypted: (f) => `File "${f}" is encrypted, not supported: save it without a password.`,
    'not-zip': (f) => `File "${f}" is not an Excel .xlsx workbook; save it as "Excel Workbook (.xlsx)".`,
    'corrupt-zip': (f) => `File "${f}" is damaged or incompletely downloaded; ask for it again.`,
    'not-workbook': (f) => `File "${f}" is an Office file but not an Excel workbook; send the .xlsx dossier.`,
    'unsafe-xml': (f) => `File "${f}" holds unsafe XML declarations (DTD/entities) and was rejected; save it again in Excel.`,
    'too-large': (f) => `File "${f}" exceeds a safety size limit; check the file or split it.`,
  },
  valueKinds: kinds,
  severity: { error: 'error', warning: 'warning', info: 'info' },
  cite: (document, clause) => `${document}, clause ${clause}`,
  related: (p, sameFile, duplicate) => `${duplicate ? 'same as' : 'see'} ${p.sheet ? `"${p.sheet}" ` : ''}${p.cell ? `cell ${p.cell}` : p.row ? `row ${p.row}` : ''}${sameFile ? '' : ` in ${p.file}`}`,
  summary: (c) => `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info in ${plural(c.files, 'file')}.`,
  inferred: 'inferred from the plan, to be reviewed',
  clean: 'No errors.',
  cli: {
    unknownPlan: (p, known) => `There is no plan "${p}"; use one of: ${known.join(', ')}, or the path of a plan .json file.`,
    badPlanFile: (f, path, m) => `Plan file "${f}" is invalid at "${path}": ${m}`,
    badDate: (v) => `Date "${v}" is invalid; use YYYY-MM-DD, e.g. 2025-01-10.`,
    badLang: (v) => `Language "${v}" is not supported; use vi or en.`,
    badFormat: (v) => `Format "${v}" is not supported; use text, json or junit.`,
    badUsage: (d) => `Invalid command line (${d}); see: ntm-check --help`,
    planUnreadable: (f) => `Cannot read plan file "${f}"; check the path.`,
    missingPlan: 'No plan chosen; add --plan <id>, e.g. --plan lai-chau (list them with: ntm-check plans).',
    badHistory: (f, d) => `Cannot use awards ledger "${f}"${d ? ` (${d})` : ''}; it must be a so-khen-thuong.json or tong-hop.xlsx written by ntm-check consolidate.`,
    output: {
      'is-input': (p) => `Will not write into "${p}": it holds an input file; choose another folder.`,
      'not-a-folder': (p) => `"${p}" is a file, not a folder; choose a folder for the outputs.`,
      'not-writable': (p) => `Cannot write to "${p}"; check its permissions or choose another folder.`,
    },
    stalled: 'ntm-check stopped while reading a file (it may be damaged); no result is to be trusted. Check the file.',
    badLimit: (f, v) => `Value "${v}" of ${f} is not valid; give a positive number.`,
    noInput: 'No dossier file given; for example: ntm-check dossier.xlsx --plan lai-chau',
    internal: 'Internal error in ntm-check; run again with DEBUG=ntm-check and send the output to the developers.',
    plansHeader: 'Built-in plans',
    crossFile: 'Across files',
    sheetless: 'General',
  },
};
