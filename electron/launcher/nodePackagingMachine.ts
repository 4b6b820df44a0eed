// The real machine behind npm run dist's pre-check: electron-builder.yml, the files, the network.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { connectsToGitHub, nodeElectronTarget } from './nodeMachine';
import type { PackagingMachine } from './packagingElectron';

/** A top-level `electronDist:` line; electron-builder.yml keeps it unquoted and on one line. */
function configuredElectronDist(root: string): string | undefined {
  const config = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
  const value = /^electronDist:\s*["']?([^"'#\n]+?)["']?\s*(?:#.*)?$/m.exec(config)?.[1];
  return value || undefined;
}

export function nodePackagingMachine(root: string): PackagingMachine {
  let reachable: Promise<boolean> | undefined;
  return {
    root,
    target: nodeElectronTarget(root),
    env: process.env,
    configuredElectronDist: configuredElectronDist(root),
    fileExists: existsSync,
    reachesGitHub: () => (reachable ??= connectsToGitHub()),
  };
}
