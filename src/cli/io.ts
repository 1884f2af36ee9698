import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { InputError } from './errors.ts';
import { IsoDate } from '../catalog/schema.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** The date answers are quoted for: --as-of if given, else today in UTC. */
export function asOfDate(flag: string | undefined, now: Date = new Date()): string {
  if (flag === undefined) return format(now, 'yyyy-MM-dd', { in: tz('UTC') });
  if (!IsoDate.safeParse(flag).success) throw new InputError(`--as-of expects a date like 2026-11-22, got ${JSON.stringify(flag)}`);
  return flag;
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
