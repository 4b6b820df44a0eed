// Builds the renderer for both hosts: Electron loads dist/renderer through app://workbench,
// `npm run web` serves the same build to a browser.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
/** The one policy definition, shared with Electron's header (shared/bridge/contentSecurityPolicy.ts). */
const CONTENT_SECURITY_POLICY_META = (
  JSON.parse(readFileSync(new URL('../shared/bridge/contentSecurityPolicy.json', import.meta.url), 'utf8')) as { directives: string[] }
).directives.join('; ');

/** The CSP goes into built pages only: the dev server's hot reload needs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'dossier-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`,
      ),
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  // Workers are module workers (type: 'module'), so their dynamic imports can stay separate
  // chunks: pdf.js and mammoth load only when a PDF or Word file is read, not with every job.
  worker: { format: 'es' },
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    // RENDERER_OUT_DIR lets parallel test runs build apart from each other.
    outDir: process.env.RENDERER_OUT_DIR ?? fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
});
