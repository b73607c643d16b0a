/**
 * Open Packaging Conventions plumbing: relationship parts and target resolution.
 * Relationship types are matched by their last path segment so both the
 * Transitional (`http://schemas.openxmlformats.org/…`) and Strict
 * (`http://purl.oclc.org/ooxml/…`) URIs work.
 */
import { parseAttributes } from './xml-text.js';
import { parseXmlPart } from './xml.js';
import type { ZipArchive } from './zip.js';

/** One `<Relationship>` of a `.rels` part. */
export interface Relationship {
  id: string;
  type: string;
  /** Zip entry name the target resolves to (no leading `/`); the raw URI for external targets. */
  target: string;
  external: boolean;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; `''` (the package) → `_rels/.rels`. */
export function relsPathFor(partName: string): string {
  const slash = partName.lastIndexOf('/');
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that owns the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A malformed %-escape: keep the name as written.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const seg of decoded.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** The last segment of a relationship type URI, e.g. `worksheet` or `officeDocument`. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

/**
 * Reads the relationships of `sourcePart` (`''` for the package), keyed by Id.
 * A missing `.rels` part yields an empty map; the caller decides whether that is fatal.
 */
export function readRelationships(zip: ZipArchive, sourcePart: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  const relsName = relsPathFor(sourcePart);
  if (!zip.find(relsName)) return rels;
  parseXmlPart(zip.readEntry(relsName), {
    open(name, attrs) {
      if (name !== 'Relationship') return;
      const a = parseAttributes(attrs);
      const id = a.get('Id');
      const target = a.get('Target');
      if (id === undefined || target === undefined) return;
      const external = a.get('TargetMode') === 'External';
      rels.set(id, {
        id,
        type: a.get('Type') ?? '',
        target: external ? target : resolveTarget(sourcePart, target),
        external,
      });
    },
    close() {},
    text() {},
  }, relsName);
  return rels;
}

/** The first relationship whose type ends in `/kind`. */
export function findRelationship(rels: Map<string, Relationship>, kind: string): Relationship | undefined {
  for (const rel of rels.values()) if (!rel.external && relKind(rel.type) === kind) return rel;
  return undefined;
}
