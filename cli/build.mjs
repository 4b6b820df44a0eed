// Bundles the command-line tool (cli/dossier.ts with the shared/ code it uses) into one plain-Node
// file, dist-cli/dossier.cjs, which bin/dossier.cjs runs. `--docs` instead regenerates the
// format's JSON Schema and the example file in docs/ from the code. `--team-server` bundles the
// team server (cli/teamServerMain.ts) into dist-cli/team-server.cjs, its packages left to
// node_modules (sqlite3 is a native module and cannot be bundled).
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(entry, outfile, options = {}) {
  const result = await build({
    ...options,
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    write: false,
    logLevel: 'error',
    legalComments: 'none',
  });
  mkdirSync(dirname(outfile), { recursive: true });
  // Write beside, then rename: two launches building at once never see half a file.
  const partial = `${outfile}.${process.pid}.partial`;
  writeFileSync(partial, result.outputFiles[0].contents);
  renameSync(partial, outfile);
}

if (process.argv.includes('--docs')) {
  const script = join(root, 'dist-cli', 'write-docs.cjs');
  await bundle('cli/writeDocs.ts', script);
  const run = spawnSync(process.execPath, [script, root], { stdio: 'inherit' });
  rmSync(script, { force: true });
  process.exitCode = run.status ?? 1;
} else if (process.argv.includes('--team-server')) {
  await bundle('cli/teamServerMain.ts', join(root, 'dist-cli', 'team-server.cjs'), { packages: 'external' });
} else {
  await bundle('cli/dossier.ts', join(root, 'dist-cli', 'dossier.cjs'));
}
