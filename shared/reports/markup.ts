/** Writing text into HTML and SVG markup safely: everything from an article goes through here. */
import { httpUrlSchema } from '../attributes';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

/** An address safe to link to: an http(s) URL with a domain name, else undefined (no javascript:, data: or relative links). */
export function linkableUrl(url: string | null | undefined): string | undefined {
  const parsed = httpUrlSchema.safeParse(url?.trim());
  return parsed.success ? parsed.data : undefined;
}
