// Export: the workbench's records as a STIX 2.1 bundle (docs/stix.md). Articles and dossiers
// become reports, passages notes, actors and targets identities, typed links relationships;
// what STIX has no property for travels in the workbench's property extension.
import { annotationNote, dossierReport, later, partyKey, sourceReport, stixIdFor, workbenchExtension, type StixExportInput } from './exportRecords';
import { EXTENSION_ID, STIX_SPEC_VERSION, WORKBENCH_EPOCH, WORKBENCH_IDENTITY_ID, type StixBundle, type StixObject } from './vocabulary';

export { stixIdFor, type StixExportInput } from './exportRecords';

const APP_OBJECTS: readonly StixObject[] = [
  {
    type: 'identity',
    spec_version: STIX_SPEC_VERSION,
    id: WORKBENCH_IDENTITY_ID,
    created: WORKBENCH_EPOCH,
    modified: WORKBENCH_EPOCH,
    name: 'Dossier Workbench',
    identity_class: 'system',
  },
  {
    type: 'extension-definition',
    spec_version: STIX_SPEC_VERSION,
    id: EXTENSION_ID,
    created_by_ref: WORKBENCH_IDENTITY_ID,
    created: WORKBENCH_EPOCH,
    modified: WORKBENCH_EPOCH,
    name: 'Dossier Workbench fields',
    description:
      'Source reliability (Admiralty A–F) and the annotation, link and dossier fields of Dossier Workbench that STIX has no property for; `role` says what the object was in the workbench.',
    schema: 'Dossier Workbench docs/stix.md, "The workbench extension"',
    version: '1.0.0',
    extension_types: ['property-extension'],
  },
];

export async function buildStixBundle(input: StixExportInput): Promise<StixBundle> {
  const analystName = input.exportedBy.trim() || 'Dossier Workbench analyst';
  const analystId = await stixIdFor('identity', `analyst:${analystName}`);
  const sourceIds = new Map<string, string>();
  for (const source of input.sources) sourceIds.set(source.id, await stixIdFor('report', `source:${source.id}`));
  const noteIds = new Map<string, string>();
  for (const annotation of input.annotations) noteIds.set(annotation.id, await stixIdFor('note', `annotation:${annotation.id}`));

  const parties = new Map<string, { name: string; first: string; last: string }>();
  for (const a of input.annotations) {
    for (const name of [a.actor, a.target]) {
      if (name.trim() === '') continue;
      const key = partyKey(name);
      const known = parties.get(key);
      parties.set(key, {
        name: known?.name ?? name.trim(),
        first: known && Date.parse(known.first) <= Date.parse(a.createdAt) ? known.first : a.createdAt,
        last: known ? later(known.last, a.updatedAt) : a.updatedAt,
      });
    }
  }
  const partyIds = new Map<string, string>();
  const partyObjects: StixObject[] = [];
  for (const [key, party] of parties) {
    const id = await stixIdFor('identity', key);
    partyIds.set(key, id);
    partyObjects.push({
      type: 'identity',
      spec_version: STIX_SPEC_VERSION,
      id,
      created_by_ref: analystId,
      created: party.first,
      modified: later(party.last, party.first),
      name: party.name,
      identity_class: 'unknown',
      extensions: workbenchExtension('party', {}),
    });
  }

  const analyst: StixObject = {
    type: 'identity',
    spec_version: STIX_SPEC_VERSION,
    id: analystId,
    created: WORKBENCH_EPOCH,
    modified: WORKBENCH_EPOCH,
    name: analystName,
    identity_class: 'individual',
    extensions: workbenchExtension('analyst', {}),
  };

  const reports = input.sources.map((source) => sourceReport(source, sourceIds.get(source.id) ?? '', analystId, noteIds, input));
  const notes = input.annotations.map((a) => annotationNote(a, noteIds.get(a.id) ?? '', sourceIds.get(a.sourceId), partyIds, analystId));
  const relationships: StixObject[] = [];
  for (const link of input.links) {
    const from = noteIds.get(link.fromId);
    const to = noteIds.get(link.toId);
    if (!from || !to) continue;
    relationships.push({
      type: 'relationship',
      spec_version: STIX_SPEC_VERSION,
      id: await stixIdFor('relationship', `link:${link.id}`),
      created_by_ref: analystId,
      created: link.createdAt,
      modified: link.createdAt,
      relationship_type: link.type,
      source_ref: from,
      target_ref: to,
      extensions: workbenchExtension('link', { link_id: link.id }),
    });
  }
  const dossierObjects: StixObject[] = [];
  for (const dossier of input.dossiers) dossierObjects.push(...(await dossierReport(dossier, noteIds, analystId)));

  const objects = [...APP_OBJECTS, analyst, ...partyObjects, ...reports, ...notes, ...relationships, ...dossierObjects];
  const bundleId = await stixIdFor('bundle', `bundle:${input.scope.kind}:${input.scope.label}:${input.exportedAt}`);
  return { type: 'bundle', id: bundleId, objects };
}

/** Two-space indentation, as the other exports: people read these in diffs and e-mail. */
export function serializeStixBundle(bundle: StixBundle): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
