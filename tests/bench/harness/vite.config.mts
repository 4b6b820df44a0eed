// Builds the benchmark's own pages: the peer (@recogito/text-annotator over the same article),
// the anchoring runner and the import floor. Served apart from the workbench by `npm run bench`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: process.env.BENCH_HARNESS_OUT_DIR ?? here('../.data/harness'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { peer: here('peer.html'), anchoring: here('anchoring.html'), floor: here('floor.html') } },
  },
});
