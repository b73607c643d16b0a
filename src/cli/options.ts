import type { Catalogue, Lang } from '../i18n/types.js';
import { isoDate, type IsoDate } from '../text/dates.js';
import { UsageError } from './io.js';

export type Format = 'text' | 'json' | 'junit';

/** The language asked for, read before commander so even its errors speak it. */
export function langFromArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i === -1 ? undefined : argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'vi';
}

export function parseLang(value: string, text: Catalogue): Lang {
  if (value === 'vi' || value === 'en') return value;
  throw new UsageError(text.cli.badLang(value));
}

export function parseFormat(value: string, text: Catalogue): Format {
  if (value === 'text' || value === 'json' || value === 'junit') return value;
  throw new UsageError(text.cli.badFormat(value));
}

export function parseAsOf(value: string, text: Catalogue): IsoDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!date) throw new UsageError(text.cli.badDate(value));
  return date;
}

/** Today in Vietnam, where the dossiers are filed, whatever the machine's zone. */
export function todayInVietnam(now = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
