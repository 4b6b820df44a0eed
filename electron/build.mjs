// Bundles the main process and the preload with esbuild (npm run build:electron). The preload
// must be one self-contained file: a sandboxed preload can require nothing but 'electron'.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--outdir <dir>` lets tests build somewhere temporary instead of over dist-electron.
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 && process.argv[outdirFlag + 1] ? path.resolve(process.argv[outdirFlag + 1]) : path.join(root, 'dist-electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

/** Fails the build if a bundle would load anything at run time besides the allowed modules. */
function assertOnlyExternal(result, entryName, allowed) {
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (!file.endsWith('.js')) continue;
    const stray = output.imports.filter((entry) => entry.external && !allowed(entry.path));
    if (stray.length > 0) {
      throw new Error(`${entryName} would load ${stray.map((entry) => entry.path).join(', ')} at run time`);
    }
  }
}

const [main, preload] = await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts' }, outdir }),
  // The sandbox offers no Node built-ins either, hence platform 'browser' semantics for resolution.
  build({ ...common, platform: 'browser', entryPoints: { preload: 'electron/preload.ts' }, outdir }),
]);

assertOnlyExternal(preload, 'preload.js', (specifier) => specifier === 'electron');
assertOnlyExternal(main, 'main.js', (specifier) => specifier === 'electron' || specifier.startsWith('node:'));

console.log(`Built ${path.relative(root, outdir) || '.'}/main.js and preload.js`);
