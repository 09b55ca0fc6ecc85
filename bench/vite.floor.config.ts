import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The floor page's script and styles, as one file each, for the editor benchmarks. */
export default defineConfig({
  build: {
    outDir: 'out/bench/floor',
    emptyOutDir: true,
    cssCodeSplit: false,
    lib: { entry: resolve('bench/floor/floor.ts'), formats: ['iife'], name: 'floor', fileName: () => 'floor.js', cssFileName: 'floor' },
  },
});
