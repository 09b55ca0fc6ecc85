/** Serving the built renderer: maps a URL path to a file inside the bundle, and never outside it. */
import { createHash } from 'node:crypto';
import { extname, resolve, sep } from 'node:path';
import { pageSizes, reportStyleText } from '../shared/reports/html';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type of a bundled file, by its extension. */
export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `root`, or null when the path is malformed or would leave
 * `root` (`..`, encoded separators, absolute paths). `/` names `index.html`.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}

/**
 * The report's stylesheets by their hashes: the Report view shows the report in a srcdoc frame,
 * which runs under the renderer's policy as well as its own, and may apply these and no others.
 */
const reportStyleHashes = pageSizes.map((size) => `'sha256-${createHash('sha256').update(reportStyleText(size)).digest('base64')}'`);

const directives = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${reportStyleHashes.join(' ')}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
];

/** The Content-Security-Policy the renderer runs under, in both the desktop app and web mode. */
export const contentSecurityPolicy = [...directives, "frame-ancestors 'none'"].join('; ');

/** The same policy for the page's own `<meta>` element, which cannot carry `frame-ancestors`. */
export const metaContentSecurityPolicy = directives.join('; ');
