// Which link addresses rich text may hold: links in notes and narrative sections are clickable
// in the app and in the PDF, so anything that could run code or reach local files is refused.
export function isSafeLinkUrl(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
