#!/usr/bin/env node
// Launcher for `npx dossier`: runs the bundled CLI, first (re)building it with esbuild when the
// bundle is missing or older than the TypeScript it is made from.
'use strict';
const { existsSync, readdirSync, statSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..');
const bundle = join(root, 'dist-cli', 'dossier.cjs');

function newestSourceTime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceTime(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

const stale = !existsSync(bundle) || statSync(bundle).mtimeMs < Math.max(newestSourceTime(join(root, 'cli')), newestSourceTime(join(root, 'shared')), newestSourceTime(join(root, 'electron')));
if (stale) {
  const built = spawnSync(process.execPath, [join(root, 'cli', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0 && !existsSync(bundle)) {
    process.stderr.write('dossier: could not build the CLI (is esbuild installed? run npm install)\n');
    process.exit(2);
  }
}

require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
