#!/usr/bin/env node
// Baseline for `proposals` over many units: validate the same workbooks, then draw
// every unit's letter and list into ONE pdfkit document, so fonts are set up once
// and nothing is written per unit. `proposals` should cost at most 2× this.
import { validate } from '../dist/engine/validate.js';
import { loadPlan } from '../dist/plans/load.js';
import { groupProposals } from '../dist/proposals/group.js';
import { loadTemplates } from '../dist/proposals/templates.js';
import { letterDate, letterValues } from '../dist/proposals/fields.js';
import { drawLetter } from '../dist/proposals/letter.js';
import { drawList } from '../dist/proposals/list.js';
import { addPage, finish, newDocument } from '../dist/pdf/document.js';
import { decoratePages } from '../dist/pdf/decorate.js';

const files = process.argv.slice(2);
const plan = await loadPlan('lai-chau');
const asOf = '2025-01-10';
const report = await validate(files, { plan, asOf });
const { proposals } = groupProposals(report, plan, (f) => f.severity === 'error');
const templates = await loadTemplates();
const PDFDocument = (await import('pdfkit')).default;
const doc = newDocument(PDFDocument, { title: 'baseline', author: 'bench', subject: 'baseline' });
proposals.forEach((p, i) => {
  if (i > 0) addPage(doc, 'portrait');
  const values = letterValues(p, { plan, asOf, numberShared: false }, templates['to-trinh']);
  drawLetter(doc, p, templates['to-trinh'], values, letterDate(p, { plan, asOf, numberShared: false }));
  drawList(doc, p, templates['danh-sach'], values, plan);
});
const pages = doc.bufferedPageRange().count;
decoratePages(doc, undefined);
const bytes = await finish(doc);
process.stdout.write(`${proposals.length} proposals, ${pages} pages, ${bytes.length} bytes\n`);
