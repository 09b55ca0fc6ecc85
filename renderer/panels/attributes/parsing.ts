/** Reading what the reviewer typed into attribute fields: a value, or a message saying what is wrong. */
import { httpUrlSchema, isoDateSchema } from '../../../shared/attributes';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T,>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (error: string): Parsed<never> => ({ ok: false, error });

/** A count of people: a whole number of 0 or more; digit groups may be separated by commas, dots or spaces. */
export function parseCount(text: string): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  if (!/^\d{1,3}([,.\s\u00a0\u202f]\d{3})*$|^\d+$/.test(trimmed)) return fail('A count must be a whole number of 0 or more, such as 6500 or 6,500');
  const value = Number(trimmed.replace(/[,.\s\u00a0\u202f]/g, ''));
  return Number.isSafeInteger(value) ? ok(value) : fail('This count is too large');
}

/** An http or https address. */
export function parseUrl(text: string): Parsed<string | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return ok(undefined);
  return httpUrlSchema.safeParse(trimmed).success ? ok(trimmed) : fail('Give a web address starting with http:// or https://');
}

/** A calendar date, as the date input gives it (YYYY-MM-DD). */
export function parseDate(text: string): Parsed<string | undefined> {
  if (text === '') return ok(undefined);
  return isoDateSchema.safeParse(text).success ? ok(text) : fail('Give a date as YYYY-MM-DD');
}

/** Free text; empty means not given. */
export function parseText(text: string): Parsed<string | undefined> {
  const trimmed = text.trim();
  return ok(trimmed === '' ? undefined : trimmed);
}
