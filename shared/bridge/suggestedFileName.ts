// The one rule for naming an exported file after what it holds (a dossier's title, an article's,
// "Library"): the host refuses folders and characters that some systems forbid, so those become
// spaces; any script is kept; a label with nothing usable left falls back to "dossier".
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001f\u007f]+/g;
const MAX_STEM = 120;

export function suggestedFileName(label: string, extension: string): string {
  const stem = label.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').slice(0, MAX_STEM);
  // Leading dots would hide the file on Unix systems; trailing dots and spaces vanish on Windows.
  const stemTrimmed = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  return `${stemTrimmed || 'dossier'}${extension}`;
}
