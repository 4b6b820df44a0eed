// Which link addresses rich text may hold: links in notes and narrative sections are clickable
// in the app and in the PDF, so anything that could run code or reach local files is refused.
// One check for the editors, the print view and notes arriving in shared files.
export function isSafeLinkUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url.trim()).protocol);
  } catch {
    return false;
  }
}
