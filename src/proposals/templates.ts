import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_KEYS, TEMPLATE_SECTIONS, type TemplateKind } from './template-spec.js';

/**
 * Letter wording lives in `templates/<kind>.vi.txt` so a province can change it
 * without code. Format: `#` lines are comments; `[name]` starts a section;
 * `[name @YYYY-MM-DD]` is a variant used for letters dated on or after that day
 * (laws change); `{key}` is a placeholder. Blank lines separate paragraphs.
 */

/** The templates shipped with the tool: `templates/` at the package root (from src/ or dist/). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** A template file that cannot be used; the CLI says so in one sentence (exit 2). */
export class TemplateError extends Error {
  constructor(
    readonly reason: 'unreadable' | 'missing-section' | 'unknown-placeholder',
    readonly file: string,
    readonly detail: string,
    readonly line?: number,
  ) {
    super(`template ${reason}: ${file} ${detail}`);
    this.name = 'TemplateError';
  }
}

interface Variant {
  from: string;
  lines: string[];
}

/** One parsed template; every accessor fills placeholders from `values`. */
export class Template {
  constructor(
    readonly kind: TemplateKind,
    private readonly sections: Map<string, Variant[]>,
    /** The letter's date: every section takes its `[name @YYYY-MM-DD]` variant in force on it. */
    private readonly date = '',
  ) {}

  /** The template as of a letter's date, so every section, not only some, follows its dated variants. */
  at(date: string): Template {
    return new Template(this.kind, this.sections, date);
  }

  /** The section's paragraphs (blank-line separated; single line breaks join with a space). */
  paragraphs(name: string, values: Readonly<Record<string, string>>, date = this.date): string[] {
    const out: string[] = [];
    let current: string[] = [];
    for (const line of [...this.variant(name, date), '']) {
      if (line.trim() === '') {
        if (current.length > 0) out.push(fill(current.join(' '), values));
        current = [];
      } else current.push(line.trim());
    }
    return out.filter((p) => p !== '');
  }

  /** The section's non-blank lines, each on its own (lists, column headings). */
  lines(name: string, values: Readonly<Record<string, string>> = {}, date = this.date): string[] {
    return this.variant(name, date).filter((l) => l.trim() !== '').map((l) => fill(l.trim(), values));
  }

  /** The section as one paragraph. */
  text(name: string, values: Readonly<Record<string, string>> = {}, date = this.date): string {
    return this.paragraphs(name, values, date).join(' ');
  }

  /** `key = value` lines of the section, values filled. */
  entries(name: string, values: Readonly<Record<string, string>> = {}): Map<string, string> {
    const map = new Map<string, string>();
    for (const line of this.lines(name, values)) {
      const i = line.indexOf('=');
      if (i > 0) map.set(line.slice(0, i).trim(), line.slice(i + 1).trim());
    }
    return map;
  }

  private variant(name: string, date: string): string[] {
    const variants = this.sections.get(name) ?? [];
    const usable = variants.filter((v) => v.from <= date || v.from === '');
    return (usable.sort((a, b) => a.from.localeCompare(b.from)).at(-1) ?? variants[0])?.lines ?? [];
  }
}

/** Replaces `{key}` with its value and tidies the spaces an empty value leaves. */
function fill(text: string, values: Readonly<Record<string, string>>): string {
  return text
    .replace(/\{([a-z_]+)\}/g, (_, key: string) => values[key] ?? '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,;.)])/g, '$1')
    .trim()
    .normalize('NFC');
}

/** Parses and checks a template's text: every section the code needs, no placeholder it cannot fill. */
export function parseTemplate(kind: TemplateKind, file: string, source: string): Template {
  const sections = new Map<string, Variant[]>();
  let current: Variant | undefined;
  const known = new Set(TEMPLATE_KEYS[kind]);
  source.normalize('NFC').split(/\r?\n/).forEach((raw, index) => {
    if (raw.trimStart().startsWith('#')) return;
    const head = /^\s*\[([a-z-]+)(?:\s*@\s*(\d{4}-\d{2}-\d{2}))?\]\s*$/.exec(raw);
    if (head) {
      current = { from: head[2] ?? '', lines: [] };
      sections.set(head[1]!, [...(sections.get(head[1]!) ?? []), current]);
      return;
    }
    for (const m of raw.matchAll(/\{([^}]*)\}/g)) {
      if (!known.has(m[1]!)) throw new TemplateError('unknown-placeholder', file, `{${m[1]}}`, index + 1);
    }
    current?.lines.push(raw);
  });
  for (const name of TEMPLATE_SECTIONS[kind]) if (!sections.has(name)) throw new TemplateError('missing-section', file, `[${name}]`);
  return new Template(kind, sections);
}

/** The two templates of a proposal; a file missing from `dir` falls back to the built-in one. */
export async function loadTemplates(dir?: string): Promise<Record<TemplateKind, Template>> {
  const load = async (kind: TemplateKind) => {
    const name = `${kind}.vi.txt`;
    for (const base of dir ? [dir, BUILTIN_TEMPLATES] : [BUILTIN_TEMPLATES]) {
      const file = join(base, name);
      const source = await readFile(file, 'utf8').catch(() => undefined);
      if (source !== undefined) return parseTemplate(kind, file, source);
    }
    throw new TemplateError('unreadable', join(dir ?? BUILTIN_TEMPLATES, name), '');
  };
  return { 'to-trinh': await load('to-trinh'), 'danh-sach': await load('danh-sach') };
}
