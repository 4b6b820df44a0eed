// Drops the paragraphs of a web page that are advertisements: the "Advertisement" and
// "Sponsored" labels (and the ad they introduce) that Readability keeps when they carry no
// telling class name.

/** A label alone, or a label with a colon that introduces the advertisement's own text. */
const AD_PARAGRAPH = /^(advertisement|advert|sponsored|sponsored content|paid content|story continues below advertisement)\s*(:.*)?$/iu;

export function isAdvertisement(paragraph: string): boolean {
  return AD_PARAGRAPH.test(paragraph.trim().replace(/[\s.·–—-]+$/u, ''));
}

/** Text in paragraphs separated by blank lines, without the advertisements. */
export function withoutAdvertisements(text: string): string {
  return text
    .split('\n\n')
    .filter((paragraph) => !isAdvertisement(paragraph))
    .join('\n\n');
}
