// Register conflicts of any synced record other than an annotation's content (which keeps the
// annotation view, teamConflicts.ts): a dossier, an actor or an article's details edited on two
// sides, and a deletion against an edit of any record, as a record of the `conflicts` table.
import { contentConflicts, isStampField, rebuildRecord, settledFields, type SyncRecordTypes } from './tableRecords';
import { DELETED_FIELD, jsonEqual, type FieldConflict, type FieldEdit, type JsonValue, type SyncTable, type SyncedRecord } from './teamLibrary';

/** The `kind` of these records in the conflicts table (shared-file and annotation conflicts have none). */
export const TEAM_RECORD_CONFLICT_KIND = 'teamRecord';

const ID_PREFIX = 'team-record:';

export interface TeamConflictSide {
  readonly value: JsonValue;
  readonly author: string;
  readonly at: string;
}

/** One field two analysts set to different values: "Yours" is the analyst's own edit. */
export interface TeamFieldDisagreement {
  readonly field: string;
  readonly yours: TeamConflictSide;
  readonly theirs: TeamConflictSide;
}

/** A deletion and an edit the deleting analyst had not seen. */
export interface TeamDeletionDisagreement {
  readonly deletedBy: string;
  readonly deletedAt: string;
  readonly editedBy: string;
  readonly editedAt: string;
  /** The fields the unseen edits changed (record stamps left out). */
  readonly editedFields: readonly string[];
}

export interface TeamRecordConflict {
  readonly kind: typeof TEAM_RECORD_CONFLICT_KIND;
  readonly id: string;
  readonly table: SyncTable;
  readonly recordId: string;
  /** What the record is, for people: `Dossier “Weekly brief”`. */
  readonly label: string;
  readonly fields: readonly TeamFieldDisagreement[];
  readonly deletion?: TeamDeletionDisagreement;
  /** The record with the edits kept and "Yours" in every disagreeing field: what "Keep edited" restores. */
  readonly edited?: SyncRecordTypes[SyncTable];
  readonly detectedAt: string;
}

export function teamRecordConflictId(table: SyncTable, recordId: string): string {
  return `${ID_PREFIX}${table}:${recordId}`;
}

/** The table and record of a team record conflict id, or undefined for any other conflict. */
export function recordOfTeamConflict(conflictId: string): { readonly table: SyncTable; readonly recordId: string } | undefined {
  if (!conflictId.startsWith(ID_PREFIX)) return undefined;
  const rest = conflictId.slice(ID_PREFIX.length);
  const colon = rest.indexOf(':');
  return colon > 0 ? { table: rest.slice(0, colon) as SyncTable, recordId: rest.slice(colon + 1) } : undefined;
}

export function isTeamRecordConflict(conflict: object): conflict is TeamRecordConflict {
  return (conflict as { readonly kind?: unknown }).kind === TEAM_RECORD_CONFLICT_KIND;
}

function side(edit: FieldEdit): TeamConflictSide {
  return { value: edit.value, author: edit.author, at: edit.at };
}

/** The analyst's own head ("Yours"), else the one the library shows; and another analyst's head. */
function pickSides(conflict: FieldConflict, shown: JsonValue, analyst: string): readonly [FieldEdit, FieldEdit] | undefined {
  const own = conflict.heads.find((head) => head.author === analyst) ?? conflict.heads.find((head) => jsonEqual(head.value, shown)) ?? conflict.heads[0];
  const other = conflict.heads.find((head) => head !== own && head.author !== analyst && !jsonEqual(head.value, own?.value ?? null)) ?? conflict.heads.find((head) => head !== own && !jsonEqual(head.value, own?.value ?? null));
  return own && other ? [own, other] : undefined;
}

function deletionOf(conflict: FieldConflict, table: SyncTable): TeamDeletionDisagreement | undefined {
  const deletions = conflict.heads.filter((head) => head.field === DELETED_FIELD && head.value === true);
  const edits = conflict.heads.filter((head) => head.field !== DELETED_FIELD);
  const restores = conflict.heads.filter((head) => head.field === DELETED_FIELD && head.value !== true);
  const [deletion] = deletions;
  const latestEdit = [...edits, ...restores].reduce<FieldEdit | undefined>((best, edit) => (!best || edit.at > best.at ? edit : best), undefined);
  if (!deletion || !latestEdit) return undefined;
  const editedFields = [...new Set(edits.filter((edit) => !isStampField(table, edit.field)).map((edit) => edit.field))];
  return { deletedBy: deletion.author, deletedAt: deletion.at, editedBy: latestEdit.author, editedAt: latestEdit.at, editedFields };
}

function labelOf(table: SyncTable, fields: Readonly<Record<string, JsonValue>>): string {
  const text = (field: string): string => (typeof fields[field] === 'string' ? (fields[field] as string) : '');
  switch (table) {
    case 'dossiers':
      return `Dossier “${text('title')}”`;
    case 'actors':
      return `Actor “${text('name')}”`;
    case 'sources':
      return `Article “${text('title')}”`;
    case 'annotations': {
      const quote = fields.quote as { readonly exact?: unknown } | null | undefined;
      const exact = typeof quote?.exact === 'string' ? quote.exact : '';
      return `Annotation “${exact.length > 80 ? `${exact.slice(0, 79)}…` : exact}”`;
    }
    case 'links':
      return 'Link between annotations';
    case 'sourceVersions':
      return 'Earlier text of an article';
  }
}

/**
 * The record's standing conflicts an analyst must settle, or undefined when there are none: every
 * disagreeing field (but an annotation's, which its own view shows) and a deletion against an edit.
 * `textOf` gives an article text by SHA-256, for an earlier text's record.
 */
export function teamRecordConflict(synced: SyncedRecord, analyst: string, textOf: (sha256: string) => string | undefined): TeamRecordConflict | undefined {
  const standing = contentConflicts(synced);
  const deletionConflict = standing.find((conflict) => conflict.field === DELETED_FIELD);
  const deletion = deletionConflict && deletionOf(deletionConflict, synced.table);
  // A deleted record's other disagreements matter only if it comes back.
  if (synced.deleted && !deletion) return undefined;
  const base = settledFields(synced);
  const yours: Record<string, JsonValue> = { ...base };
  const fields: TeamFieldDisagreement[] = [];
  if (synced.table !== 'annotations') {
    for (const conflict of standing) {
      if (conflict.field === DELETED_FIELD) continue;
      const sides = pickSides(conflict, base[conflict.field] ?? null, analyst);
      if (!sides) continue;
      yours[conflict.field] = sides[0].value;
      fields.push({ field: conflict.field, yours: side(sides[0]), theirs: side(sides[1]) });
    }
  }
  if (fields.length === 0 && !deletion) return undefined;
  const times = [...standing.flatMap((conflict) => conflict.heads.map((head) => head.at))].sort();
  const edited = rebuildRecord(synced.table, yours, textOf);
  return {
    kind: TEAM_RECORD_CONFLICT_KIND,
    id: teamRecordConflictId(synced.table, synced.id),
    table: synced.table,
    recordId: synced.id,
    label: labelOf(synced.table, yours),
    fields,
    ...(deletion ? { deletion } : {}),
    ...(edited.kind === 'record' ? { edited: edited.record } : {}),
    detectedAt: times.at(-1) ?? new Date(0).toISOString(),
  };
}

/** Yours in every disagreeing field: the record the library keeps until the analyst chooses. */
export function recordKeptUntilChosen(conflict: TeamRecordConflict | undefined): SyncRecordTypes[SyncTable] | undefined {
  return conflict && !conflict.deletion ? conflict.edited : undefined;
}

export type TeamFieldChoice = 'local' | 'incoming';

/** How the analyst settles a team record conflict: the record (with a side per field), or its deletion. */
export interface TeamRecordSettlement {
  readonly keep: 'record' | 'deleted';
  /** Fields not named keep "Yours". */
  readonly fields: Readonly<Record<string, TeamFieldChoice>>;
}

/**
 * The record to store when the analyst keeps it: `current` (the library's row, or the edited record
 * when the deletion took it away) with each disagreeing field as chosen; undefined when the
 * result is no valid record.
 */
export function chosenTeamRecord(conflict: TeamRecordConflict, current: SyncRecordTypes[SyncTable] | undefined, choices: TeamRecordSettlement['fields']): SyncRecordTypes[SyncTable] | undefined {
  const start = current ?? conflict.edited;
  if (!start) return undefined;
  const values: Record<string, JsonValue> = JSON.parse(JSON.stringify(start)) as Record<string, JsonValue>;
  for (const disagreement of conflict.fields) {
    values[disagreement.field] = (choices[disagreement.field] === 'incoming' ? disagreement.theirs : disagreement.yours).value;
  }
  const text = (start as { readonly text?: unknown }).text;
  const rebuilt = rebuildRecord(conflict.table, values, () => (typeof text === 'string' ? text : undefined));
  return rebuilt.kind === 'record' ? rebuilt.record : undefined;
}
