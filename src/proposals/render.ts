import { finish, newDocument, type PdfDocClass } from '../pdf/document.js';
import { decoratePages } from '../pdf/decorate.js';
import { letterDate, letterValues, type LetterContext } from './fields.js';
import type { Proposal } from './group.js';
import { drawLetter } from './letter.js';
import { drawList } from './list.js';
import type { TemplateKind } from './template-spec.js';
import type { Template } from './templates.js';

/** A rendered proposal: the PDF's bytes and its page count. */
export interface RenderedProposal {
  bytes: Buffer;
  pages: number;
}

let pdfkit: PdfDocClass | undefined;

/** pdfkit, loaded on first use so that a plain check never pays for it. */
async function loadPdfkit(): Promise<PdfDocClass> {
  pdfkit ??= (await import('pdfkit')).default;
  return pdfkit;
}

/**
 * Renders one proposal: the Tờ trình, then the Danh sách on landscape pages,
 * page numbers from page 2, and on a draft the stamp on every page.
 */
export async function renderProposal(p: Proposal, ctx: LetterContext, templates: Record<TemplateKind, Template>): Promise<RenderedProposal> {
  const PDFDocument = await loadPdfkit();
  const date = letterDate(p, ctx);
  const letter = templates['to-trinh'].at(date);
  const list = templates['danh-sach'].at(date);
  const values = letterValues(p, ctx, letter);
  const doc = newDocument(PDFDocument, {
    title: `${letter.text('tieu-de', values)} ${letter.text('trich-yeu', values)}`,
    author: p.unit,
    subject: values.hinh_thuc,
  });
  drawLetter(doc, p, letter, values, date);
  drawList(doc, p, list, values, ctx.plan);
  const pages = doc.bufferedPageRange().count;
  decoratePages(doc, p.draft ? letter.text('du-thao', values) : undefined);
  return { bytes: await finish(doc), pages };
}
