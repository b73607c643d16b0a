/**
 * Page geometry of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top and bottom
 * 20–25 mm, left 30–35 mm (the binding edge), right 15–20 mm; body text 13–14 pt.
 * pdfkit measures in points, so every millimetre goes through `mm`.
 */

/** Points in one millimetre (72 pt per inch, 25.4 mm per inch). */
export function mm(value: number): number {
  return (value * 72) / 25.4;
}

/** Margins in points; the smallest ND 30 allows on top and bottom leaves the most room for tables. */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

/** Font sizes (pt) of the parts ND 30 names. */
export const SIZE = {
  body: 14,
  header: 13,
  motto: 13,
  number: 13,
  title: 14,
  recipientsLabel: 12,
  recipients: 11,
  table: 12,
  pageNumber: 13,
} as const;

/** Spacing of body paragraphs: first-line indent 1–1.27 cm, at least 6 pt between paragraphs. */
export const PARAGRAPH = { indent: mm(10), gap: 6, lineGap: 2 } as const;
