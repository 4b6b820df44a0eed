// `npm start` and `npm run dist`: bundles the launcher (electron/launcher/, TypeScript) with
// esbuild, then runs it in plain Node, so both commands work before anything else is built.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Outside dist-electron/, which electron-builder ships in the app.
const bundle = path.join(root, 'node_modules', '.cache', 'dossier-launcher', 'launcher.mjs');

await build({
  entryPoints: [path.join(root, 'electron', 'launcher', 'runLauncher.ts')],
  outfile: bundle,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const { runLauncher } = await import(pathToFileURL(bundle).href);
// process.exit rather than exitCode: a Ctrl+C during the browser build leaves Vite's work pending.
process.exit(await runLauncher(process.argv.slice(2), root));
