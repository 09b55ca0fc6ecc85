/**
 * Metadata values as files give them, made fit for the document's fields: text with its spacing
 * normalised, ISO dates, web addresses and language tags. Anything that does not fit is left out
 * (undefined) rather than guessed at.
 */
import { normaliseSpacing } from './paragraphs';

/** The longest title the document model accepts. */
const titleLimit = 500;
const isoDatePrefix = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const languageTagPattern = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** Text with spacing normalised; numbers become text; anything else, or nothing left, is undefined. */
export function metadataText(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  return normaliseSpacing(String(value)) || undefined;
}

/** A title: text as above, cut to the length the document model accepts. */
export function titleText(value: unknown): string | undefined {
  const text = metadataText(value);
  if (text === undefined) return undefined;
  const codePoints = Array.from(text);
  return codePoints.length <= titleLimit ? text : `${codePoints.slice(0, titleLimit - 1).join('')}…`;
}

/** The calendar date (YYYY-MM-DD) at the start of an ISO date or date-time, when it is a real date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = isoDatePrefix.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** An absolute http or https address; other schemes (javascript:, file:, data:) are left out. */
export function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || !URL.canParse(value.trim())) return undefined;
  const url = new URL(value.trim());
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** A BCP 47 language tag such as `en` or `en-GB`; `en_GB` (as in og:locale) is accepted too. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-');
  return languageTagPattern.test(tag) ? tag : undefined;
}
