import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer build. `base: './'` keeps asset URLs relative so the same output loads from the
 * Electron app:// protocol and from the browser-mode server. No inline scripts or styles are
 * emitted, which the CSP of both hosts requires.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Inlining small assets would create data: URLs for fonts/scripts, which the CSP does not allow.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
