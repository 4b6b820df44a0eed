// Import keeps what matters (issue 19): whole titles, the byline as author, Markdown list
// numbers and link targets, on inputs shaped like the articles analysts bring in.
import { describe, expect, it } from 'vitest';
import { draftFromMarkdown, draftFromPlainText } from '../../../shared/import/articleDraft';
import { markdownToText } from '../../../shared/import/markdown';
import { boundTitle, bylineName, deriveTitle } from '../../../shared/import/metadata';
import { MAX_TITLE_LENGTH, sourceSchema } from '../../../shared/model';

const LONG_LEAD =
  'Azerbaijan’s State Security Service said on Saturday it had foiled a plot organised by the Islamic Revolutionary Guard Corps against the Baku–Tbilisi–Ceyhan pipeline, the Israeli embassy and a leader of the Mountain Jewish community, and detained several suspects.';

const EURASIANET_TXT = `Armenia and Azerbaijan initial peace treaty text in Washington after decades of conflict over Karabakh and the border

By Joshua Kucera and Ani Mejlumyan

The foreign ministers of Armenia and Azerbaijan initialled the text of a peace treaty at the White House on Friday, in a ceremony attended by both leaders.

The agreement, which has yet to be signed, commits both sides to recognise each other’s territorial integrity.
`;

const OC_MEDIA_MD = `# Georgian Dream passes ‘foreign agents’ law in third reading despite weeks of mass protests in Tbilisi and across the regions

*By Mariam Nikuradze*

Parliament adopted the bill on Tuesday with 84 votes in favour. The opposition boycotted the vote, and the [Public Defender](https://www.ombudsman.ge/eng) called it a threat to civil society.

Three things happen next:

1. The President, Salome Zourabichvili, is expected to veto the bill.
2. Parliament can override the veto with a simple majority.
3. The law enters into force 60 days after publication.

Read the [full text of the law](https://matsne.gov.ge/ka/document/view/6171523?publication=0) or our [earlier coverage](/en/archive/2024/04/) and the [live blog](#live).
Contact us at <news@oc-media.org> or <https://oc-media.org/contact>.
`;

describe('whole titles', () => {
  it('keeps a derived title whole, however many words the first sentence has', () => {
    expect(deriveTitle(`${LONG_LEAD} More followed.`)).toBe(LONG_LEAD.replace(/\.$/, ''));
  });

  it('cuts only past the schema’s bound, at a word boundary, so the record stays valid', () => {
    const endless = 'Baku and Yerevan '.repeat(60).trim();
    const title = boundTitle(endless);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/(Baku|and|Yerevan)…$/);
    expect(endless.startsWith(title.replace(/…$/, ''))).toBe(true);
    expect(sourceSchema.shape.title.safeParse(title).success).toBe(true);
  });

  it('stores the whole headline of a text file, and bounds an overlong hint from a reader', async () => {
    const draft = await draftFromPlainText(EURASIANET_TXT, 'file');
    expect(draft.title).toBe('Armenia and Azerbaijan initial peace treaty text in Washington after decades of conflict over Karabakh and the border');
    const hinted = await draftFromPlainText('Body.', 'file', { title: 'word '.repeat(200) });
    expect(hinted.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});

describe('byline', () => {
  it('fills the author from a "By NAME" line under the headline, and keeps that line in the text', async () => {
    const draft = await draftFromPlainText(EURASIANET_TXT, 'file');
    expect(draft.author).toBe('Joshua Kucera and Ani Mejlumyan');
    expect(draft.text).toContain('By Joshua Kucera and Ani Mejlumyan\n\nThe foreign ministers');
  });

  it('takes a byline that opens the text as header, out of the text like "author:"', async () => {
    const draft = await draftFromPlainText('BY RƏŞAD ƏLIYEV\n\nFlights from Baku to Nakhchivan resumed on Monday.', 'file');
    expect(draft.author).toBe('RƏŞAD ƏLIYEV');
    expect(draft.text).toBe('Flights from Baku to Nakhchivan resumed on Monday.');
    expect(draft.title).toBe('Flights from Baku to Nakhchivan resumed on Monday');
  });

  it('reads the byline of a Markdown article once its emphasis is gone', async () => {
    const draft = await draftFromMarkdown(OC_MEDIA_MD, 'file');
    expect(draft.author).toBe('Mariam Nikuradze');
    expect(draft.title).toBe('Georgian Dream passes ‘foreign agents’ law in third reading despite weeks of mass protests in Tbilisi and across the regions');
  });

  it('an "author:" header wins over a byline', async () => {
    const draft = await draftFromPlainText('author: Desk\n\nHeadline here\n\nBy Someone Else\n\nBody.', 'file');
    expect(draft.author).toBe('Desk');
  });

  it('tells a byline from a sentence that starts with "By"', () => {
    expect(bylineName('By A. Writer')).toBe('A. Writer');
    expect(bylineName('By Thomas de Waal, Carnegie Europe')).toBe('Thomas de Waal, Carnegie Europe');
    expect(bylineName('By Monday the border crossing had reopened.')).toBe('');
    expect(bylineName('By March, flights had resumed')).toBe('');
    expect(bylineName('By Monday Baku said')).toBe('');
    expect(bylineName('by the way')).toBe('');
    expect(bylineName('By 2030 Azerbaijan plans to export green power')).toBe('');
  });

  it('looks for a byline only near the top', async () => {
    const draft = await draftFromPlainText('Headline\n\nOne.\n\nTwo.\n\nThree.\n\nBy Late Name', 'file');
    expect(draft.author).toBe('');
  });
});

describe('Markdown: list numbers and link targets', () => {
  it('keeps ordered-list numbers and writes links as "text (url)"', () => {
    const { text } = markdownToText(OC_MEDIA_MD);
    expect(text).toContain('the Public Defender (https://www.ombudsman.ge/eng) called it');
    expect(text).toContain('Three things happen next:\n\n1. The President, Salome Zourabichvili, is expected to veto the bill.\n2. Parliament can override the veto with a simple majority.\n3. The law enters into force 60 days after publication.');
    expect(text).toContain('Read the full text of the law (https://matsne.gov.ge/ka/document/view/6171523?publication=0) or our earlier coverage and the live blog.');
    expect(text).toContain('Contact us at news@oc-media.org or https://oc-media.org/contact.');
  });

  it('numbers as CommonMark does: from the first number on, with the list’s own delimiter', () => {
    const { text } = markdownToText('4) fourth\n1) fifth\n\n- bullet\n  1. inner one\n  1. inner two');
    expect(text).toBe('4) fourth\n5) fifth\n\nbullet\n1. inner one\n2. inner two');
  });

  it('numbers a loose item once, on its first paragraph', () => {
    expect(markdownToText('1. First point.\n\n   Its detail.\n\n2. Second point.').text).toBe('1. First point.\n\nIts detail.\n\n2. Second point.');
  });

  it('shows an encoded address as a reader would type it', () => {
    expect(markdownToText('[xəbər](https://report.az/xəbər)').text).toBe('xəbər (https://report.az/xəbər)');
  });
});
