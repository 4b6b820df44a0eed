// Names the Electron release zip this project needs and says, in one sentence, how to get the
// desktop app on a machine that cannot download it from GitHub (shared by npm start and npm run dist).

/** Electron's own names for the platform and architecture in its release zips. */
export interface ElectronTarget {
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
}

export const ELECTRON_DIST_FOLDER = 'electron-dist';

/** A mirror or proxy means downloads may work even where github.com itself does not answer. */
export function downloadsRouted(env: Readonly<Record<string, string | undefined>>): boolean {
  return ['ELECTRON_MIRROR', 'npm_config_electron_mirror', 'ELECTRON_GET_USE_PROXY', 'HTTPS_PROXY', 'https_proxy'].some((name) => Boolean(env[name]));
}

/** e.g. electron-v45.4.1-linux-x64.zip, the name both Electron's installer and electron-builder look for. */
export function electronZipName(target: ElectronTarget): string {
  return `electron-v${target.version}-${target.platform}-${target.arch}.zip`;
}

export function electronReleaseUrl(target: ElectronTarget): string {
  return `https://github.com/electron/electron/releases/tag/v${target.version}`;
}

/** The clause every "no Electron here" sentence ends with, so both commands give the same advice. */
export function desktopHowTo(target: ElectronTarget): string {
  return (
    `to get the desktop app, fetch ${electronZipName(target)} from ${electronReleaseUrl(target)} on any machine, ` +
    `then unzip it into a folder and set ELECTRON_OVERRIDE_DIST_PATH to that folder for npm start, ` +
    `or put the zip itself in ${ELECTRON_DIST_FOLDER}/ for npm run dist (README, "Without GitHub access")`
  );
}

/**
 * What `npm start` prints before it falls back to the browser build. The download advice is left
 * out where a binary would not help (no display to show a window on).
 */
export function browserFallbackSentence(reason: string, target: ElectronTarget, offerDownload = true): string {
  const opening = `The desktop app cannot start here (${reason}), so the workbench opens as the browser build instead`;
  return offerDownload ? `${opening}; ${desktopHowTo(target)}.` : `${opening}.`;
}

/** What `npm run dist` prints instead of electron-builder's download error. */
export function packagingBlockedSentence(reason: string, target: ElectronTarget): string {
  return `The desktop app cannot be packaged here (${reason}); ${desktopHowTo(target)}.`;
}
