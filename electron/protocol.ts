/** The `app://` scheme the renderer is served from, instead of `file://`. */
import { protocol } from 'electron';
import { APP_SCHEME } from './app-url';
import { rendererFileResponse } from './renderer-files';

/**
 * Declares `app://` a standard, secure scheme that supports fetch, so that the renderer gets a
 * real origin (relative URLs, module scripts, storage) and counts as a secure context. Must run
 * before the app is ready. It does not bypass the CSP and does not allow cross-origin reads.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the files of `rendererDirectory` on `app://factmark/`, and nothing outside it. */
export function serveRendererOnAppScheme(rendererDirectory: string): void {
  protocol.handle(APP_SCHEME, (request) => rendererFileResponse(rendererDirectory, request));
}
