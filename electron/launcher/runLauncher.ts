// What `npm start` and `npm run dist` run (through build/launcher.mjs): either command, with
// failures reported as one plain line rather than a stack trace.
import path from 'node:path';
import { nodeStartHost } from './nodeStartHost';
import { runCommand, runNpmScript } from './nodeMachine';
import { nodePackagingMachine } from './nodePackagingMachine';
import { planPackaging, SCRIPTS_BEFORE_PACKAGING } from './packagingElectron';
import { runStart } from './runStart';
import { readStartOptions } from './startOptions';

async function runDist(args: readonly string[], root: string): Promise<number> {
  const plan = await planPackaging(args, nodePackagingMachine(root));
  if (!plan.canPackage) {
    console.log(plan.sentence);
    return 1;
  }
  if (plan.notice) console.log(plan.notice);
  for (const script of SCRIPTS_BEFORE_PACKAGING) {
    const code = await runNpmScript(root, script);
    if (code !== 0) return code;
  }
  return runCommand(process.execPath, [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), ...plan.builderArgs], root);
}

export async function runLauncher(argv: readonly string[], root: string): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'start') return await runStart(readStartOptions(args, process.env, process.platform), nodeStartHost(root));
    if (command === 'dist') return await runDist(args, root);
    console.error(`Unknown launcher command "${command ?? ''}": use start or dist.`);
    return 2;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}
