/**
 * Small tools the plan-rule themes share: finding rows of a dossier, a kit that
 * makes extra nominees without repeating a name already in the dossier, moving
 * the submission date (and the "Kèm theo Tờ trình … ngày …" lines with it), and
 * keeping a summary's figures in step with a changed cell.
 */
import { createRng } from '../rng.mjs';
import { createKit } from '../build.mjs';
import { vnNumber } from '../text.mjs';

export const commune = (d, name) => d.communes.find((c) => c.name === name);
export const collective = (d, prefix) => d.collectives.find((c) => c.name.startsWith(prefix));
export const person = (d, communeName, position) => d.individuals.find((p) => p.commune === communeName && p.position.startsWith(position));

/**
 * A kit over the dossier's own communes for extra nominees; `seed` keeps it
 * deterministic per theme, and the names already used are not given again.
 */
export function extraKit(d, { seed, districtKey, year = d.info.year, groups = {}, defaultGroups = ['kinh'] }) {
  const taken = new Set(d.individuals.map((p) => String(p.name).replace(/^Hộ (ông|bà) /, '')));
  if (d.info.signer) taken.add(d.info.signer);
  return createKit({
    rng: createRng(seed), districtKey, province: d.info.province, district: d.info.district, year, groups, defaultGroups,
    communes: d.communes, taken,
  });
}

const dmy = (date) => `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;

/** Replaces text in every table title (rows 1–2 of each sheet). */
export function retitle(d, pairs) {
  for (const key of Object.keys(d.titles)) {
    d.titles[key] = d.titles[key].map((t) => pairs.reduce((s, [from, to]) => s.split(from).join(to), t));
  }
}

/**
 * Sets `Ngày trình` (a Date, or undefined to leave it blank) and the date in the
 * "Kèm theo Tờ trình số … ngày …" lines; a blank date reads "ngày …/…/<year>".
 */
export function redate(d, date, blankYear) {
  const from = `ngày ${dmy(d.info.submittedOn)}`;
  retitle(d, [[from, date ? `ngày ${dmy(date)}` : `ngày …/…/${blankYear}`]]);
  d.info.submittedOn = date;
}

/** Replaces a figure "N triệu" in a row's summary after its contribution changes. */
export function setContribution(row, value) {
  row.summary = row.summary.split(`${vnNumber(row.contribution)} triệu`).join(`${vnNumber(value)} triệu`);
  row.contribution = value;
}

/** Replaces "OCOP N sao" in a row's summary after its stars change. */
export function setOcop(row, stars) {
  row.summary = row.summary.split(`OCOP ${row.ocop} sao`).join(`OCOP ${stars} sao`);
  row.ocop = stars;
}
