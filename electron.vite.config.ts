import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { WORKER_ENTRIES } from './scripts/build-cli.mjs';

// The folder layout is fixed by the architecture (electron/, renderer/, shared/),
// so every entry is named here instead of relying on electron-vite's src/ defaults.
export default defineConfig({
  main: {
    build: {
      // Worker threads are entries of their own, the same list as the CLI bundle's (scripts/build-cli.mjs).
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts'), ...Object.fromEntries(Object.entries(WORKER_ENTRIES).map(([name, src]) => [name, resolve(src)])) },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed renderer can only load a CommonJS preload.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    // Minified: the window loads and parses a third of the unminified size.
    build: { minify: true, rollupOptions: { input: { index: resolve('renderer/index.html') } } },
    plugins: [react()],
    // The loopback bridge exists only in the browser-test build (DCS_BRIDGE=1), never in the app.
    define: { __DCS_BRIDGE__: JSON.stringify(process.env.DCS_BRIDGE === '1') },
  },
});
