// An actor's page (centre pane): its names (split a merged one off, remove an alias, add one or
// merge another actor in), rename, and everything it claimed, denied and did and what was done to
// it, by event date across articles, each with Go to and Add to dossier.
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { actorPageEntries, nameKey, type ActorGroup, type ActorRole } from '../../../shared/actors';
import type { Annotation } from '../../../shared/model';
import { formatPreciseDate } from '../../../shared/text/dateDisplay';
import { AddToDossier } from '../common/addToDossier';
import { KIND_LABELS } from '../common/kinds';
import { annotationsNaming, titlesOf } from '../../db/actors';
import { useActorActions } from './useActorActions';
import { spellingsOf, type ActorLibraryView } from './useActorLibrary';
import './actors.css';

/** Entries drawn at first, and added by each "Show more": an actor can have thousands. */
const PAGE = 100;

const ROLE_LABELS: Readonly<Record<ActorRole, string>> = { claimed: 'Claimed', denied: 'Denied', did: 'Did', target: 'Target of' };

interface ActorPageProps {
  readonly name: string;
  readonly library: ActorLibraryView | undefined;
  readonly analystName: string;
  readonly onFollow: (annotation: Annotation) => void;
  /** The page follows the actor under its new name, or closes when it no longer exists. */
  readonly onShowActor: (name: string | null) => void;
}

export function ActorPage({ name, library, analystName, onFollow, onShowActor }: ActorPageProps): ReactNode {
  const actions = useActorActions(library, analystName);
  const group = library?.directory.groupOf(name);
  // The page reads only its actor's annotations, through the actor and target indexes; again when they change.
  const spellings = library && group ? spellingsOf(group, library) : [];
  const own = useLiveQuery(async () => {
    const annotations = await annotationsNaming(spellings);
    return { annotations, titles: await titlesOf(annotations.map((a) => a.sourceId)) };
  }, [spellings.join('\u0000')]);
  const entries = useMemo(() => (library && group && own ? actorPageEntries(group, own.annotations, library.directory) : []), [library, group, own]);
  const [shown, setShown] = useState(PAGE);
  if (!library) return <p className="empty">Loading the actor…</p>;
  if (!group) {
    return (
      <section className="actor-page" aria-label="Actor">
        <p className="empty">No annotation names “{name}” any more.</p>
        <button type="button" onClick={() => onShowActor(null)}>
          Close
        </button>
      </section>
    );
  }
  return (
    <section className="actor-page" aria-labelledby="actor-page-heading">
      <h2 id="actor-page-heading">
        <bdi>{group.name}</bdi>
      </h2>
      <RenameForm key={group.name} group={group} onRename={async (next) => (await actions.rename(group, next)) && onShowActor(next.trim())} />
      <ActorNames group={library.directory.groupOf(name) ?? group} records={library.records} actions={actions} />
      <AddNameForm
        group={group}
        otherNames={library.rows.filter((r) => r.key !== group.key).map((r) => r.name)}
        onAdd={async (typed) => {
          const other = library.directory.groupOf(typed);
          return other && other.key !== group.key ? actions.merge(group, other) : actions.addAlias(group, typed);
        }}
      />
      <h3 id="actor-entries-heading">
        What <bdi>{group.name}</bdi> said and did <span className="count">{entries.length}</span>
      </h3>
      {!own ? (
        <p className="empty">Reading the annotations…</p>
      ) : entries.length === 0 ? (
        <p className="empty">No annotation names this actor yet.</p>
      ) : (
        <ol className="actor-entries" aria-labelledby="actor-entries-heading">
          {entries.slice(0, shown).map(({ annotation, roles }) => (
            <li key={annotation.id} aria-label={`${roles.map((r) => ROLE_LABELS[r]).join(', ')}: ${annotation.quote.exact}`}>
              <span className="actor-entry-meta">
                {formatPreciseDate(annotation.eventDate) || 'Undated'} · {roles.map((r) => ROLE_LABELS[r]).join(', ')} · {KIND_LABELS[annotation.kind]}
                {roles.includes('target') && annotation.actor ? (
                  <>
                    {' '}
                    by <bdi>{annotation.actor}</bdi>
                  </>
                ) : null}{' '}
                · <bdi>{own.titles.get(annotation.sourceId) ?? 'an article no longer in the library'}</bdi>
              </span>
              <blockquote dir="auto">{annotation.quote.exact}</blockquote>
              <button type="button" aria-label={`Go to “${annotation.quote.exact.slice(0, 60)}”`} onClick={() => onFollow(annotation)}>
                Go to
              </button>
              <AddToDossier annotationIds={[annotation.id]} buttonLabel="Add to dossier" groupLabel={`Add “${annotation.quote.exact.slice(0, 60)}” to dossier`} />
            </li>
          ))}
        </ol>
      )}
      {entries.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE)}>
          Show {Math.min(PAGE, entries.length - shown)} more of {entries.length - shown}
        </button>
      )}
    </section>
  );
}

function RenameForm({ group, onRename }: { readonly group: ActorGroup; readonly onRename: (name: string) => Promise<unknown> }): ReactNode {
  const [value, setValue] = useState(group.name);
  const id = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void onRename(value);
  };
  return (
    <form onSubmit={submit} aria-label="Rename actor">
      <label htmlFor={id}>Display name</label>
      <input id={id} value={value} maxLength={500} onChange={(event) => setValue(event.target.value)} />
      <button type="submit" disabled={!value.trim() || value.trim() === group.name}>
        Rename
      </button>
    </form>
  );
}

function ActorNames({ group, records, actions }: { readonly group: ActorGroup; readonly records: ActorLibraryView['records']; readonly actions: ReturnType<typeof useActorActions> }): ReactNode {
  const root = records.find((r) => r.id === group.rootId);
  const ownAliases = root?.aliases ?? [];
  if (group.names.length <= 1) return <p className="empty">No aliases yet.</p>;
  return (
    <>
      <h3 id="actor-names-heading">Also called</h3>
      <ul className="actor-names" aria-labelledby="actor-names-heading">
        {ownAliases.map((alias) => (
          <li key={`alias ${alias}`}>
            <bdi>{alias}</bdi> <span className="actor-entry-meta">alias added by hand</span>
            <button type="button" aria-label={`Remove alias “${alias}”`} onClick={() => void actions.removeAlias(group, alias)}>
              Remove
            </button>
          </li>
        ))}
        {group.members.map((member) => (
          <li key={member.id}>
            <bdi>{member.name}</bdi>
            {member.aliases.length > 0 && (
              <span className="actor-entry-meta">
                {' '}
                with <bdi>{member.aliases.join(', ')}</bdi>
              </span>
            )}{' '}
            <span className="actor-entry-meta">merged</span>
            <button type="button" aria-label={`Split “${member.name}”`} onClick={() => void actions.split(member)}>
              Split
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

interface AddNameFormProps {
  readonly group: ActorGroup;
  readonly otherNames: readonly string[];
  readonly onAdd: (name: string) => Promise<boolean>;
}

/** One field for both: a name that is already an actor is merged in, any other becomes an alias. */
function AddNameForm({ group, otherNames, onAdd }: AddNameFormProps): ReactNode {
  const [value, setValue] = useState('');
  const id = useId();
  const isActor = value.trim() !== '' && otherNames.some((n) => nameKey(n) === nameKey(value));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    void onAdd(value).then((done) => done && setValue(''));
  };
  return (
    <form onSubmit={submit} aria-label="Add an alias or merge an actor">
      <label htmlFor={id}>Alias or actor to merge in</label>
      <input id={id} list={`${id}-names`} value={value} maxLength={500} onChange={(event) => setValue(event.target.value)} />
      <datalist id={`${id}-names`}>
        {otherNames.slice(0, 200).map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <button type="submit" disabled={!value.trim()}>
        {isActor ? `Merge into “${group.name}”` : 'Add alias'}
      </button>
    </form>
  );
}
