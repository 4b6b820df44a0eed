// npm run dist's pre-check: which Electron electron-builder will package, and whether it can,
// so a machine without GitHub gets a plain sentence instead of electron-builder's download error.
import path from 'node:path';
import { downloadsRouted, ELECTRON_DIST_FOLDER, electronZipName, packagingBlockedSentence, type ElectronTarget } from './electronRelease';

export interface PackagingMachine {
  readonly root: string;
  readonly target: ElectronTarget;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** electronDist from electron-builder.yml, if set there. */
  readonly configuredElectronDist: string | undefined;
  fileExists(file: string): boolean;
  /** Whether github.com answers on port 443 within a few seconds. */
  reachesGitHub(): Promise<boolean>;
}

/** The npm scripts npm run dist runs, in order, before electron-builder: icons first, as it packages them. */
export const SCRIPTS_BEFORE_PACKAGING = ['icons', 'build'] as const;

export type PackagingPlan =
  | { readonly canPackage: true; readonly builderArgs: readonly string[]; readonly notice: string | undefined }
  | { readonly canPackage: false; readonly sentence: string };

/** electron-builder's own ways to name targets; with none given it builds every configured installer. */
const TARGET_FLAGS = /^(--dir|--linux|--win|--mac|-[lwm]|--(x64|ia32|arm64|armv7l|universal))$/;

/** `-c.electronDist=X`, `--config.electronDist=X` or either followed by X as the next argument. */
export function electronDistArgument(args: readonly string[]): string | undefined {
  for (const [index, argument] of args.entries()) {
    const match = /^(?:-c|--config)\.electronDist(?:=(.*))?$/.exec(argument);
    if (match) return match[1] ?? args[index + 1];
  }
  return undefined;
}

export async function planPackaging(args: readonly string[], machine: PackagingMachine): Promise<PackagingPlan> {
  const zipName = electronZipName(machine.target);
  const requested = electronDistArgument(args) ?? machine.configuredElectronDist;
  let builderArgs = [...args];
  if (requested !== undefined) {
    const resolved = path.resolve(machine.root, requested);
    if (!machine.fileExists(resolved)) {
      return { canPackage: false, sentence: packagingBlockedSentence(`electronDist points at ${resolved}, which does not exist`, machine.target) };
    }
  } else {
    const folderZip = path.join(machine.root, ELECTRON_DIST_FOLDER, zipName);
    if (machine.fileExists(folderZip)) {
      builderArgs = [`-c.electronDist=${folderZip}`, ...builderArgs];
    } else if (!downloadsRouted(machine.env) && !(await machine.reachesGitHub())) {
      return {
        canPackage: false,
        sentence: packagingBlockedSentence(
          `there is no ${ELECTRON_DIST_FOLDER}/${zipName}, and github.com, where electron-builder would download it, cannot be reached`,
          machine.target,
        ),
      };
    } else {
      return { canPackage: true, builderArgs, notice: undefined };
    }
  }
  // Electron is at hand; the installers' tools (AppImage, fpm, NSIS, dmg) still come from GitHub.
  if (builderArgs.some((argument) => TARGET_FLAGS.test(argument)) || downloadsRouted(machine.env) || (await machine.reachesGitHub())) {
    return { canPackage: true, builderArgs, notice: undefined };
  }
  return {
    canPackage: true,
    builderArgs: [...builderArgs, '--dir'],
    notice:
      'github.com cannot be reached, so this packages the unpacked app only (release/<platform>-unpacked/): ' +
      'electron-builder downloads the installer tools (AppImage, deb, NSIS, dmg) from GitHub, or from ELECTRON_BUILDER_BINARIES_MIRROR where that is set.',
  };
}
