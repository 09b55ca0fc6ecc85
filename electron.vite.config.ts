import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { metaContentSecurityPolicy } from './electron/static-files';

/** The renderer's page carries the policy its hosts send, written out from the one definition. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'factmark-content-security-policy',
    transformIndexHtml: (html) => html.replace('__CONTENT_SECURITY_POLICY__', metaContentSecurityPolicy),
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: {
        input: {
          index: resolve('electron/main.ts'),
          web: resolve('electron/web/start.ts'),
          cli: resolve('electron/cli/main.ts'),
        },
        // `out/main/cli.js` is the `factmark` command: run by Node through its first line.
        output: { banner: (chunk) => (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node' : '') },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot load modules: bundle everything, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { preload: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
});
