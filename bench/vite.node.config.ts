import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import packageJson from '../package.json' with { type: 'json' };

const external = [...builtinModules, ...builtinModules.map((name) => `node:${name}`), ...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.devDependencies)];

/** The benchmark runner, built for Node with the app's own modules inside it. */
export default defineConfig({
  build: {
    outDir: 'out/bench',
    emptyOutDir: false,
    ssr: resolve('bench/run.ts'),
    target: 'node22',
    rolldownOptions: { external, output: { entryFileNames: 'run.js', format: 'es' } },
  },
});
