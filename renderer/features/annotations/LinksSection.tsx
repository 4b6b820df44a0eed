// Typed, directed links between annotations, shown at both ends; following one opens the
// other passage, even in another article.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LINK_TYPES, type Annotation, type AnnotationLink, type LinkType } from '../../../shared/model';
import { countAllAnnotations, linkableAnnotations, linkedAnnotations, linksOf } from '../../db/annotations';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import { LINK_LABELS } from '../common/kinds';
import { LinkTargetPicker } from './LinkTargetPicker';
import { describeAnnotation as describe } from './linkTargets';
import { withoutIsolates } from '../../../shared/text/bidiIsolation';
import { IsolatedText } from '../../ui/IsolatedText';

interface LinksSectionProps {
  readonly annotation: Annotation;
  readonly onLink: (to: Annotation, type: LinkType) => Promise<void>;
  readonly onUnlink: (link: AnnotationLink) => Promise<void>;
  readonly onFollow: (annotation: Annotation) => void;
}

const NO_ANNOTATIONS: readonly Annotation[] = [];
const NO_LINKED: ReadonlyMap<string, Annotation> = new Map();
const NO_TITLES: ReadonlyMap<string, string> = new Map();

interface Library {
  readonly annotations: readonly Annotation[];
  readonly titles: ReadonlyMap<string, string>;
}

/**
 * Every annotation in the library, to link to, read only once the analyst turns to the picker
 * (`wanted`): at 50,000 annotations the read holds IndexedDB's annotation store for a second, and
 * a tag (which opens this editor) would wait behind it to be written. Then reloaded when
 * annotations are added or removed, not on every edit: a live query over the whole table would
 * reread thousands of records each time a note is saved while typing.
 */
function useLinkableAnnotations(wanted: boolean): Library | undefined {
  const { notify } = useWorkbench();
  const count = useLiveQuery(() => (wanted ? countAllAnnotations() : undefined), [wanted]);
  const [library, setLibrary] = useState<Library>();
  useEffect(() => {
    if (count === undefined) return;
    let current = true;
    linkableAnnotations()
      .then((loaded) => {
        if (current) setLibrary(loaded);
      })
      .catch((error: unknown) => notify({ tone: 'error', message: `The annotations to link to could not be read: ${errorMessage(error)}` }));
    return () => {
      current = false;
    };
  }, [count, notify]);
  return library;
}

/** This annotation's links with the annotations at their other ends, read by key. */
function useLinks(annotationId: string): (Awaited<ReturnType<typeof linkedAnnotations>> & { readonly links: readonly AnnotationLink[] }) | undefined {
  return useLiveQuery(async () => {
    const links = await linksOf([annotationId]);
    return { links, ...(await linkedAnnotations(links)) };
  }, [annotationId]);
}

export function LinksSection({ annotation, onLink, onUnlink, onFollow }: LinksSectionProps): ReactNode {
  const linked = useLinks(annotation.id);
  const links = linked?.links;
  // Per annotation: a tag opens the editor on a new one, which must not start the whole read.
  const [pickerUsedFor, setPickerUsedFor] = useState<string | null>(null);
  const pickerUsed = pickerUsedFor === annotation.id;
  const everything = useLinkableAnnotations(pickerUsed);
  const { notify } = useWorkbench();
  const [type, setType] = useState<LinkType>('denies');
  // The choice belongs to the annotation it was made in: opening another one never carries it over.
  const [choice, setChoice] = useState<{ readonly from: string; readonly to: Annotation | null }>({ from: annotation.id, to: null });
  const target = choice.from === annotation.id ? choice.to : null;
  // A new picker after each link made, so it starts empty.
  const [pickerKey, setPickerKey] = useState(0);
  const byId = linked?.annotations ?? NO_LINKED;
  const titles = useMemo(() => everything?.titles ?? linked?.titles ?? NO_TITLES, [everything, linked]);

  return (
    <section className="links-section" aria-labelledby="links-heading">
      <h3 id="links-heading">Links</h3>
      {links && links.length > 0 ? (
        <ul aria-label="Links" className="link-list">
          {links.map((link) => {
            const outgoing = link.fromId === annotation.id;
            const other = byId.get(outgoing ? link.toId : link.fromId);
            const verb = outgoing ? LINK_LABELS[link.type].outgoing : LINK_LABELS[link.type].incoming;
            return (
              <li key={link.id}>
                <span>
                  <strong>{verb}</strong> <IsolatedText text={describe(other, titles)} />
                </span>
                <span className="link-actions">
                  {other && (
                    <button type="button" onClick={() => onFollow(other)} aria-label={`Go to ${withoutIsolates(describe(other, titles))}`}>
                      Go to
                    </button>
                  )}
                  <button type="button" onClick={() => void onUnlink(link)} aria-label={`Remove link: ${verb} ${withoutIsolates(describe(other, titles))}`}>
                    Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="empty-inline">No links yet.</p>
      )}
      <form
        className="link-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (target) {
            onLink(target, type)
              .then(() => {
                setChoice({ from: annotation.id, to: null });
                setPickerKey((key) => key + 1);
              })
              .catch((error: unknown) => notify({ tone: 'error', message: `The link could not be made: ${errorMessage(error)}` }));
          }
        }}
      >
        <label>
          Link type
          <select value={type} onChange={(e) => setType(e.target.value as LinkType)}>
            {LINK_TYPES.map((t) => (
              <option key={t} value={t}>
                this {LINK_LABELS[t].outgoing}…
              </option>
            ))}
          </select>
        </label>
        <LinkTargetPicker key={`${annotation.id}:${pickerKey}`} annotations={everything?.annotations ?? NO_ANNOTATIONS} titles={titles} excludeId={annotation.id} loading={pickerUsed && !everything} onFirstUse={() => setPickerUsedFor(annotation.id)} onChange={(to) => setChoice({ from: annotation.id, to })} />
        <button type="submit" disabled={!target}>
          Add link
        </button>
      </form>
    </section>
  );
}
