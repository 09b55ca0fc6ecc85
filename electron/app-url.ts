/**
 * The addresses the desktop window may show, and the links it may hand to the system browser.
 * Pure functions, so that the rules can be checked without starting Electron.
 */

/** The custom scheme the renderer is served from: `app://factmark/index.html`. */
export const APP_SCHEME = 'app';

/** The one host name the `app://` handler answers for. */
export const APP_HOST = 'factmark';

/** The address the window loads when it is not pointed at a development server. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether `url` is a page of the renderer: on the `app://factmark` origin, or on the origin of the
 * development server when one is given. Anything else (file:, other hosts, other ports) is not.
 */
export function isRendererUrl(url: string, devServerUrl?: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // WHATWG URL gives custom schemes an opaque origin, so compare scheme and host instead.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  const devServer = parse(devServerUrl);
  return devServer !== null && /^https?:$/.test(devServer.protocol) && parsed.origin === devServer.origin;
}

/** The link as the system browser should get it, when it is an http(s) address; null otherwise. */
export function externalWebLink(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  return parsed.href;
}
