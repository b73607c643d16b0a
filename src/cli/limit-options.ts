import type { Command } from 'commander';
import type { Catalogue } from '../i18n/types.js';
import { DEFAULT_LIMITS } from '../workbook/open.js';
import type { ReadLimits } from '../workbook/types.js';
import { UsageError } from './io.js';

const MB = 1024 * 1024;

/** Each reading cap as an option: its flag, the limit it sets, and how a typed number becomes the limit. */
const CAPS: Array<{ flag: string; key: keyof ReadLimits; scale: number; integer: boolean; help: string }> = [
  { flag: 'max-file-mb', key: 'maxFileBytes', scale: MB, integer: false, help: 'MB' },
  { flag: 'max-uncompressed-mb', key: 'maxUncompressedBytes', scale: MB, integer: false, help: 'MB' },
  { flag: 'min-inflate-ratio', key: 'minInflateRatio', scale: 1, integer: false, help: 'ratio' },
  { flag: 'max-entries', key: 'maxEntries', scale: 1, integer: true, help: 'n' },
  { flag: 'max-rows', key: 'maxRows', scale: 1, integer: true, help: 'n' },
  { flag: 'max-columns', key: 'maxColumns', scale: 1, integer: true, help: 'n' },
];

const camel = (flag: string) => flag.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** Adds the reading caps (zip bombs, huge sheets) as options, showing their safe defaults. */
export function addLimitOptions(command: Command): Command {
  for (const cap of CAPS) {
    const shown = DEFAULT_LIMITS[cap.key] / cap.scale;
    command.option(`--${cap.flag} <${cap.help}>`, `giới hạn an toàn khi đọc / reading cap (mặc định / default ${shown})`);
  }
  return command;
}

/** The caps given on the command line; a value that is not a positive number is a usage error. */
export function limitsFrom(options: Record<string, unknown>, text: Catalogue): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  for (const cap of CAPS) {
    const raw = options[camel(cap.flag)];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0 || (cap.integer && !Number.isInteger(value))) throw new UsageError(text.cli.badLimit(`--${cap.flag}`, String(raw)));
    limits[cap.key] = cap.integer ? value : value * cap.scale;
  }
  return limits;
}
