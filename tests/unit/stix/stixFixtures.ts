// A small library with every field the STIX mapping carries: kinds, actors and targets, dates,
// credibility (6 included), reliability, links and a dossier with narrative sections.
import { plainTextToLexicalJson, type LibrarySnapshot } from '../../../shared/exchange';
import { T0, T1, T2, makeAnnotation, makeSource } from '../exchange/fixtures';

export const TEXT_A = 'The ministry said the convoy crossed at dawn.\n\nOfficials denied any strike on the border post.';
export const TEXT_B = 'Witnesses reported a drone over the village on 3 March.';

export async function makeStixLibrary(): Promise<LibrarySnapshot> {
  const a = await makeSource('src-a', TEXT_A, { title: 'Convoy report', publisher: 'Daily Wire', url: 'https://example.org/convoy', publishedDate: '2026-03-01', reliability: 'B', tags: ['border'], updatedAt: T1 });
  const b = await makeSource('src-b', TEXT_B, { title: 'Drone sighting', reliability: 'E', language: '' });
  const claim = makeAnnotation('ann-claim', a, 'the convoy crossed at dawn', {
    actor: 'Ministry of Defence',
    target: 'Border post 7',
    eventDate: { value: '2026-03', precision: 'month' },
    credibility: 2,
    tags: ['convoy'],
    note: plainTextToLexicalJson('Matches the satellite pass.'),
    noteText: 'Matches the satellite pass.',
    updatedAt: T2,
    revision: 3,
  });
  const denial = makeAnnotation('ann-denial', a, 'denied any strike', { kind: 'denial', actor: 'ministry of defence', credibility: 6 });
  const action = makeAnnotation('ann-action', b, 'a drone over the village', { kind: 'action', credibility: 5, eventDate: { value: '2026-03-03', precision: 'day' } });
  return {
    sources: [a, b],
    annotations: [claim, denial, action],
    links: [
      { id: 'link-1', fromId: 'ann-denial', toId: 'ann-claim', type: 'denies', createdAt: T1 },
      { id: 'link-2', fromId: 'ann-action', toId: 'ann-claim', type: 'supports', createdAt: T1 },
    ],
    dossiers: [
      {
        id: 'dos-1',
        title: 'Border incident',
        subtitle: 'March',
        author: 'Alice',
        handling: 'TLP:AMBER',
        summary: 'What happened at post 7.',
        items: [
          { type: 'narrative', id: 'n-1', content: plainTextToLexicalJson('Opening.'), contentText: 'Opening.' },
          { type: 'passage', id: 'p-1', annotationId: 'ann-action', commentary: 'First seen.' },
          { type: 'passage', id: 'p-2', annotationId: 'ann-claim', commentary: '' },
          { type: 'narrative', id: 'n-2', content: plainTextToLexicalJson('Closing.'), contentText: 'Closing.' },
          { type: 'passage', id: 'p-3', annotationId: 'ann-denial', commentary: '' },
        ],
        createdAt: T0,
        updatedAt: T2,
      },
    ],
    conflicts: [],
  };
}
