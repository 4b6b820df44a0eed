// Finds the .dossier files the app was asked to open on its command line (first launch, or a
// second launch forwarded to the running instance), ignoring the executable and Chromium switches.
import path from 'node:path';

export const DOSSIER_EXTENSION = '.dossier';

/** Opening more at once is almost certainly a mistaken glob, and each file can be 200 MB. */
export const MAX_LAUNCH_FILES = 20;

/**
 * Returns absolute, de-duplicated paths ending in .dossier (any case), relative ones resolved
 * against `workingDirectory` (the launching shell's, which differs from ours for a second
 * instance). Switches (`--flag`, macOS's `-psn_…`) and URLs are skipped; Chromium may append
 * switches to a second instance's argv.
 */
export function dossierPathsFromArgv(argv: readonly string[], workingDirectory: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const argument of argv) {
    if (found.length >= MAX_LAUNCH_FILES) break;
    if (typeof argument !== 'string' || argument.length === 0 || argument.length > 4_096) continue;
    if (argument.startsWith('-') || argument.includes('\0')) continue;
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(argument)) continue;
    if (!argument.toLowerCase().endsWith(DOSSIER_EXTENSION)) continue;
    const absolute = path.resolve(workingDirectory, argument);
    if (path.basename(absolute).length <= DOSSIER_EXTENSION.length) continue;
    if (seen.has(absolute)) continue;
    seen.add(absolute);
    found.push(absolute);
  }
  return found;
}
