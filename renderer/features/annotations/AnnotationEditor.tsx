// Every field of one annotation, each saved as an undoable edit when the analyst leaves it.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  ANNOTATION_KINDS,
  annotationSchema,
  CREDIBILITY_LABELS,
  CREDIBILITY_LEVELS,
  DATE_PRECISIONS,
  eventDateSchema,
  type Annotation,
  type AnnotationLink,
  type Credibility,
  type DatePrecision,
  type LinkType,
} from '../../../shared/model';
import { formatMoment } from '../../../shared/text/dateDisplay';
import { actorChoices } from '../../db/actors';
import { limitProblem, splitTags } from '../../ui/fieldLimits';
import type { AnnotationActions } from './useAnnotationActions';
import { CommitField } from '../common/CommitField';
import { KIND_LABELS } from '../common/kinds';
import { EventDateHint } from './EventDateHint';
import { LinksSection } from './LinksSection';
import { NoteEditor } from './NoteEditor';
import { AnchorBadge } from '../common/AnchorBadge';
import { AddToDossier } from '../common/addToDossier';
import { READ_ONLY_NOTE, useTeamSyncView } from '../../sync/useTeamSyncView';

interface AnnotationEditorProps {
  readonly annotation: Annotation;
  /** The article's language, for the quote (empty or absent when unknown). */
  readonly lang?: string;
  readonly actions: AnnotationActions;
  readonly onBack: () => void;
  readonly onFollow: (annotation: Annotation) => void;
}

const PRECISION_LABELS: Readonly<Record<DatePrecision, string>> = { day: 'Day', month: 'Month', year: 'Year', approximate: 'Approximate' };


export function AnnotationEditor({ annotation, lang, actions, onBack, onFollow }: AnnotationEditorProps): ReactNode {
  // The actors to offer are read once the analyst turns to the Actor or Target field, not each
  // time an editor opens: a tag opens one, and on a 50,000-annotation library this live query (a
  // walk of the actor index, run again on every annotation written) held the annotation store
  // while the next tag waited to be written.
  const [actorsWantedFor, setActorsWantedFor] = useState<string | null>(null);
  const actorsWanted = actorsWantedFor === annotation.id;
  const actors = useLiveQuery(() => (actorsWanted ? actorChoices() : undefined), [actorsWanted]);
  const { readOnly } = useTeamSyncView();
  const edit = (changes: Parameters<AnnotationActions['edit']>[1], label: string): void => void actions.edit(annotation, changes, label);
  const section = useRef<HTMLElement>(null);
  // Opened from the list (which it replaces), focus would fall to the page: it comes here instead.
  // Opened by tagging in the reader, focus stays in the article.
  useEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) section.current?.focus();
  }, []);
  return (
    <section ref={section} tabIndex={-1} className="annotation-editor" aria-label={`${KIND_LABELS[annotation.kind]} annotation`}>
      <div className="editor-header">
        <button type="button" onClick={onBack}>
          ← All annotations
        </button>
        <AnchorBadge anchor={annotation.anchor} />
      </div>
      <blockquote className={`quote kind-${annotation.kind}`} dir="auto" lang={lang || undefined}>
        {annotation.quote.exact}
      </blockquote>
      <AddToDossier annotationIds={[annotation.id]} buttonLabel="Add to dossier" />
      {readOnly && (
        <p role="note" className="read-only-note">
          {READ_ONLY_NOTE}
        </p>
      )}
      {/* A read-only team member sees every field, and changes none (a disabled fieldset disables them all). */}
      <fieldset
        className="form editor-fields"
        disabled={readOnly}
        onFocus={(event) => {
          if (event.target instanceof HTMLInputElement && event.target.getAttribute('list') === 'known-actors') setActorsWantedFor(annotation.id);
        }}
      >
        <label>
          Kind
          <select value={annotation.kind} onChange={(e) => edit({ kind: e.target.value as Annotation['kind'] }, 'Change kind')}>
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <datalist id="known-actors">
          {/* The label carries the aliases: the browser matches typed text against it too. */}
          {(actors ?? []).map((actor) => (
            <option key={actor.name} value={actor.name} label={actor.aliases.length > 0 ? `also ${actor.aliases.join(', ')}` : undefined} />
          ))}
        </datalist>
        <CommitField label="Actor" value={annotation.actor} list="known-actors" placeholder="Who claims, denies or acts" limit={(v) => limitProblem(annotationSchema.shape.actor, v)} onCommit={(actor) => edit({ actor }, 'Edit actor')} />
        <CommitField label="Target" value={annotation.target} list="known-actors" placeholder="At whom, or about what" limit={(v) => limitProblem(annotationSchema.shape.target, v)} onCommit={(target) => edit({ target }, 'Edit target')} />
        <div className="field-row">
          <CommitField
            label="Event date"
            value={annotation.eventDate.value}
            placeholder="YYYY-MM-DD, YYYY-MM or YYYY"
            validate={(value) => (eventDateSchema.safeParse({ value, precision: 'day' }).success ? null : 'write YYYY-MM-DD, YYYY-MM or YYYY')}
            onCommit={(value) => edit((stored) => ({ eventDate: { ...stored.eventDate, value } }), 'Edit event date')}
          />
          <label>
            Date precision
            <select
              value={annotation.eventDate.precision}
              onChange={(e) => {
                const precision = e.target.value as DatePrecision;
                edit((stored) => ({ eventDate: { ...stored.eventDate, precision } }), 'Edit date precision');
              }}
            >
              {DATE_PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {PRECISION_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <EventDateHint
          eventDate={annotation.eventDate}
          contextYear={new Date(annotation.createdAt).getUTCFullYear()}
          onApply={(value) => edit((stored) => ({ eventDate: { ...stored.eventDate, value } }), 'Convert event date to Gregorian')}
        />
        <label>
          Credibility
          <select
            value={annotation.credibility ?? ''}
            onChange={(e) => edit({ credibility: e.target.value ? (Number(e.target.value) as Credibility) : null }, 'Edit credibility')}
          >
            <option value="">Not assessed</option>
            {CREDIBILITY_LEVELS.map((level) => (
              <option key={level} value={level}>
                {CREDIBILITY_LABELS[level]}
              </option>
            ))}
          </select>
        </label>
        <CommitField
          label="Tags"
          value={annotation.tags.join(', ')}
          placeholder="comma, separated"
          limit={(value) => limitProblem(annotationSchema.shape.tags, splitTags(value))}
          onCommit={(value) => edit({ tags: splitTags(value) }, 'Edit tags')}
        />
        <div className="note-field">
          <span className="field-label" id="note-label">
            Note
          </span>
          {readOnly ? (
            <p className="read-only-text" dir="auto">
              {annotation.noteText}
            </p>
          ) : (
            <NoteEditor
              key={annotation.id}
              label="Note"
              value={{ note: annotation.note, noteText: annotation.noteText }}
              onDraft={(value) => void actions.draftNote(annotation, value)}
              onDone={(before, after) => void actions.editNote(annotation, before, after)}
            />
          )}
        </div>
      </fieldset>
      <LinksSection
        annotation={annotation}
        onLink={(to: Annotation, type: LinkType) => actions.link(annotation, to, type)}
        onUnlink={(link: AnnotationLink) => actions.unlink(link)}
        onFollow={onFollow}
      />
      <p className="annotation-meta">
        By {annotation.author || 'an unnamed analyst'} · created {formatMoment(annotation.createdAt)} · updated {formatMoment(annotation.updatedAt)} · revision{' '}
        {annotation.revision}
        {annotation.provenance && <> · from {annotation.provenance.fileName} (exported by {annotation.provenance.exportedBy})</>}
      </p>
      <div className="form-actions">
        <button type="button" className="danger" disabled={readOnly} onClick={() => void actions.remove(annotation)}>
          Delete annotation
        </button>
      </div>
    </section>
  );
}
