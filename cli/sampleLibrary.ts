// The library behind docs/examples/samples.dossier: the two sample articles as the app imports
// them, tagged and linked as an analyst would, with one dossier. Ids and times are fixed, so the
// example changes only when this script or the format does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeSelection } from '../shared/anchoring';
import { draftFromPlainText } from '../shared/import/articleDraft';
import type { Annotation, AnnotationKind, AnnotationLink, LinkType } from '../shared/model/annotation';
import { createAnnotation } from '../shared/model/annotationFactory';
import type { Dossier } from '../shared/model/dossier';
import type { Source } from '../shared/model/source';
import { sha256Hex } from '../shared/text/sha256';
import type { LibrarySnapshot } from '../shared/exchange/build';
import { plainTextToLexicalJson } from '../shared/exchange/lexicalNote';

export const SAMPLE_ANALYST = 'Sample Analyst';
export const SAMPLE_EXPORTED_AT = '2026-03-12T10:00:00.000Z';
const IMPORTED_AT = '2026-03-10T08:00:00.000Z';
const TAGGED_AT = '2026-03-10T09:30:00.000Z';

/** A UUID (version 8, "custom") derived from a name, so regenerating gives the same ids. */
async function sampleId(name: string): Promise<string> {
  const hex = await sha256Hex(`dossier-workbench sample: ${name}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface Tagging {
  readonly name: string;
  readonly article: 0 | 1;
  readonly kind: AnnotationKind;
  readonly quote: string;
  readonly actor: string;
  readonly target: string;
  readonly date: string;
  readonly credibility: 1 | 2 | 3 | 4 | 5 | 6 | null;
  readonly tags: readonly string[];
  readonly note: string;
}

const TAGGINGS: readonly Tagging[] = [
  { name: 'blamed', article: 0, kind: 'claim', quote: 'which Baku blamed on Iran', actor: 'Azerbaijan', target: 'Iran', date: '2026-03-05', credibility: 3, tags: ['Nakhchivan', 'drone strikes'], note: 'Attribution came within hours of the strikes.' },
  { name: 'denied-involvement', article: 0, kind: 'denial', quote: 'officially denied Tehran’s involvement in the drone strikes', actor: 'Masoud Pezeshkian', target: 'Ilham Aliyev', date: '2026-03-08', credibility: 2, tags: ['Nakhchivan'], note: 'By telephone, Sunday evening.\nThe readout names no other culprit.' },
  { name: 'no-connection', article: 0, kind: 'denial', quote: 'the incident involving [the] airstrike on Nakhchivan had no connection with Iran', actor: 'Masoud Pezeshkian', target: 'Azerbaijan', date: '2026-03-08', credibility: 3, tags: ['Nakhchivan'], note: '' },
  { name: 'flights-resumed', article: 0, kind: 'action', quote: 'flights from Baku to Nakhchivan resumed', actor: 'Azerbaijan', target: '', date: '2026-03-09', credibility: 1, tags: ['de-escalation'], note: '' },
  { name: 'expel-demand', article: 0, kind: 'action', quote: 'a spokesperson for Iran’s military demanded that Azerbaijan ‘expel the Zionists’ from the country', actor: 'Iranian armed forces', target: 'Azerbaijan', date: '2026-03-07', credibility: 2, tags: ['Israel'], note: '' },
  { name: 'ministry-states', article: 0, kind: 'claim', quote: 'the Azerbaijani Foreign Ministry has continued to explicitly state that Iran had carried out the drone strikes against Nakhchivan', actor: 'Azerbaijani Foreign Ministry', target: 'Iran', date: '2026-03-09', credibility: 3, tags: ['Nakhchivan', 'drone strikes'], note: '' },
  { name: 'airspace', article: 1, kind: 'claim', quote: "Israeli drones and micro air vehicles may have utilized Azerbaijan's airspace", actor: 'Iranian presidency', target: 'Azerbaijan', date: '2025-06-26', credibility: 4, tags: ['Israel', 'airspace'], note: 'Only in the Iranian readout; the Azerbaijani handout is silent.' },
  { name: 'aliyev-denied', article: 1, kind: 'denial', quote: 'Aliyev denied these claims', actor: 'Ilham Aliyev', target: 'Iran', date: '2025-06-26', credibility: 2, tags: ['airspace'], note: '' },
  { name: 'urged-investigation', article: 1, kind: 'action', quote: 'Pezeshkian urged Baku to investigate and verify reports', actor: 'Masoud Pezeshkian', target: 'Azerbaijan', date: '2025-06-26', credibility: 2, tags: [], note: '' },
  { name: 'hajiyev-dismissed', article: 1, kind: 'denial', quote: 'dismissed such allegations as “fake news and baseless accusations."', actor: 'Hikmat Hajiyev', target: 'Iranian media', date: '2025-06', credibility: 3, tags: ['Mossad'], note: '' },
];

const LINKS: readonly { readonly from: string; readonly to: string; readonly type: LinkType }[] = [
  { from: 'denied-involvement', to: 'blamed', type: 'denies' },
  { from: 'no-connection', to: 'ministry-states', type: 'contradicts' },
  { from: 'aliyev-denied', to: 'airspace', type: 'denies' },
  { from: 'flights-resumed', to: 'denied-involvement', type: 'responds-to' },
  // Across the two articles: Tehran's March demand answers the June rumour of Israeli use of Azerbaijan.
  { from: 'expel-demand', to: 'airspace', type: 'responds-to' },
];

async function sampleSources(samplesDir: string): Promise<Source[]> {
  const files = ['000_4f72efb9e98d7d6f.txt', '003_de8410bd84d09d86.txt'];
  return Promise.all(
    files.map(async (file, index): Promise<Source> => {
      const draft = await draftFromPlainText(readFileSync(join(samplesDir, file), 'utf8'), 'sample');
      return {
        id: await sampleId(`source ${file}`),
        ...draft,
        reliability: index === 0 ? 'B' : 'C',
        language: 'en',
        importedAt: IMPORTED_AT,
        updatedAt: IMPORTED_AT,
        tags: ['Azerbaijan', 'Iran'],
      };
    }),
  );
}

export async function buildSampleLibrary(samplesDir: string): Promise<LibrarySnapshot> {
  const sources = await sampleSources(samplesDir);
  const ids = new Map<string, string>();
  const annotations: Annotation[] = [];
  for (const tagging of TAGGINGS) {
    const source = sources[tagging.article] as Source;
    const start = source.text.indexOf(tagging.quote);
    if (start < 0) throw new Error(`sample quote not found: ${tagging.quote}`);
    const id = await sampleId(`annotation ${tagging.name}`);
    ids.set(tagging.name, id);
    annotations.push(
      createAnnotation({
        id,
        source,
        placement: describeSelection(source.text, start, start + tagging.quote.length),
        kind: tagging.kind,
        author: SAMPLE_ANALYST,
        at: TAGGED_AT,
        fields: {
          actor: tagging.actor,
          target: tagging.target,
          eventDate: { value: tagging.date, precision: tagging.date.length === 10 ? 'day' : 'month' },
          credibility: tagging.credibility,
          tags: [...tagging.tags],
          note: tagging.note === '' ? '' : plainTextToLexicalJson(tagging.note),
          noteText: tagging.note,
        },
      }),
    );
  }
  const links: AnnotationLink[] = [];
  for (const link of LINKS) {
    links.push({ id: await sampleId(`link ${link.from} ${link.to}`), fromId: ids.get(link.from) ?? '', toId: ids.get(link.to) ?? '', type: link.type, createdAt: TAGGED_AT });
  }
  const passage = async (name: string, commentary: string): Promise<Dossier['items'][number]> => ({
    type: 'passage',
    id: await sampleId(`item ${name}`),
    annotationId: ids.get(name) ?? '',
    commentary,
  });
  const intro = 'Two exchanges between Baku and Tehran, nine months apart, follow the same pattern: an accusation, a presidential denial by telephone, and de-escalation on the ground.';
  const dossier: Dossier = {
    id: await sampleId('dossier drone strikes'),
    title: 'Nakhchivan drone strikes: accusations and denials',
    subtitle: 'Azerbaijan and Iran, June 2025 to March 2026',
    author: SAMPLE_ANALYST,
    handling: 'Sample: unclassified',
    summary: intro,
    items: [
      { type: 'narrative', id: await sampleId('item intro'), content: plainTextToLexicalJson(intro), contentText: intro },
      await passage('blamed', 'Baku’s attribution, made before any investigation was announced.'),
      await passage('denied-involvement', 'The denial came in a presidential call, not a ministry statement.'),
      await passage('ministry-states', 'The Foreign Ministry did not follow the president’s de-escalation.'),
      await passage('airspace', 'The earlier rumour that Tehran may see as context for the March strikes.'),
      await passage('aliyev-denied', ''),
    ],
    createdAt: TAGGED_AT,
    updatedAt: '2026-03-11T16:00:00.000Z',
  };
  return { sources, annotations, links, dossiers: [dossier], conflicts: [] };
}
