import type { TemplateText } from './text.js';

const range = (min: number, max: number | undefined) => (max === undefined ? `${min} or more` : `from ${min} to ${max}`);

/** English (`--lang en`). */
export const en: TemplateText = {
  sheets: { guide: 'Instructions', lists: 'Lists', findings: 'Findings' },
  info: { headers: ['Field', 'Value', 'Note'], required: 'Required', optional: 'Optional' },
  guide: {
    title: 'HOW TO FILL IN THE NTM AWARD DOSSIER ("chung sức xây dựng nông thôn mới")',
    plan: (title, issuer, citeAs) => `Plan: ${title} (${issuer}; cited as "${citeAs}").`,
    generalHeading: 'FILLING IN',
    general: (planId) => [
      'Fill in the sheets Thông tin, Xã, Tập thể, Cá nhân (and OCOP when the plan has OCOP targets). Leave a sheet empty when there are no collective or individual nominations.',
      'Do not rename sheets or column headers: the checker finds them by name. Title rows above the header row are allowed.',
      'Dark blue headers are required; light blue ones are optional or required only in the cases the Explanation column names. Hover over a header to read its note.',
      'Pick values from the drop-down list where a cell has one. Dates are dd/mm/yyyy; money is in million VND; yes/no columns take "Có" (yes) or "Không" (no).',
      'Identity numbers (CCCD) only serve to find duplicate nominations; the tool never prints them in full.',
      `Check the dossier: ntm-check dossier.xlsx --plan ${planId}. Add --annotate <folder> for a copy with the wrong cells marked (red: error, yellow: warning).`,
    ],
    columnsHeading: 'COLUMNS',
    columnHeaders: ['Sheet', 'Column', 'Required', 'Values', 'Explanation'],
    required: 'Yes',
    optional: 'No',
    rulesHeading: "THE PLAN'S MAIN RULES (with the clauses they come from)",
    contentAreasHeading: 'CAMPAIGN CONTENT AREAS',
  },
  values: {
    list: (values) => `One of: ${values.join('; ')}`,
    longList: (count) => `Pick from the list (${count} values)`,
    whole: (min, max) => `Whole number ${range(min, max)}`,
    decimal: (min) => `Number, ${range(min, undefined)}`,
    date: 'Date (dd/mm/yyyy)',
    text: 'Text',
    textMin: (n) => `Text, at least ${n} characters`,
    identity: '12 digits',
    commune: 'A commune of sheet Xã',
  },
  invalid: {
    title: 'Value not accepted',
    list: 'Pick a value from the drop-down list.',
    whole: (min, max) => `Enter a whole number ${range(min, max)}.`,
    decimal: 'Enter a number, not negative (million VND).',
    date: 'Enter a date as dd/mm/yyyy.',
    textMin: (n) => `Be specific: at least ${n} characters.`,
    identity: 'An identity number has 12 digits.',
    commune: 'This commune is not in sheet Xã. Check its name.',
  },
  lists: {
    'yes-no': 'Yes/no', 'submitter-level': 'Submitter level', round: 'Round', 'district-level': 'District level',
    'commune-level': 'Commune level', 'collective-type': 'Collective type', 'person-kind': 'Person kind', 'management-level': 'Management level',
    gender: 'Gender', 'award-form': 'Award form', 'basis-collective': 'Basis (collectives)', 'basis-person': 'Basis (individuals)',
    'content-area': 'Content area', district: 'District',
  },
  findings: { headers: ['No.', 'Severity', 'Code', 'Sheet', 'Cell', 'Message', 'Clause'], title: (file) => `Findings of the check of ${file}` },
  cli: {
    missingOutput: 'No output file: add -o <file.xlsx>, for example -o dossier-template.xlsx.',
    notXlsx: (path) => `The output "${path}" must end in .xlsx; name it like dossier-template.xlsx.`,
    exists: (path) => `"${path}" already exists; choose another name or add --force to overwrite it.`,
    written: (path) => `Template written: ${path}`,
    annotated: (count, dir) => `${count} annotated ${count === 1 ? 'copy' : 'copies'} written to ${dir}`,
    annotateFailed: (file) => `Could not make an annotated copy of "${file}" (exceljs cannot read it); the report above stands.`,
    withoutValidations: (file) => `The annotated copy of "${file}" leaves out its drop-down lists, input rules, merged cells and conditional formats (they cover too many cells); the input keeps them.`,
  },
};
