// Typed, directed links between annotations, shown at both ends; following one opens the
// other passage, even in another article.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { LINK_TYPES, type Annotation, type AnnotationLink, type LinkType } from '../../../shared/model';
import { countAllAnnotations, linkableAnnotations, linksOf } from '../../db/annotations';
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

interface Library {
  readonly annotations: readonly Annotation[];
  readonly titles: ReadonlyMap<string, string>;
}

/**
 * Every annotation in the library, to link to. Reloaded when annotations are added or removed,
 * not on every edit: a live query over the whole table would reread thousands of records each
 * time a note is saved while typing.
 */
function useLinkableAnnotations(): Library | undefined {
  const { notify } = useWorkbench();
  const count = useLiveQuery(() => countAllAnnotations(), []);
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

export function LinksSection({ annotation, onLink, onUnlink, onFollow }: LinksSectionProps): ReactNode {
  const links = useLiveQuery(() => linksOf([annotation.id]), [annotation.id]);
  const everything = useLinkableAnnotations();
  const { notify } = useWorkbench();
  const [type, setType] = useState<LinkType>('denies');
  // The choice belongs to the annotation it was made in: opening another one never carries it over.
  const [choice, setChoice] = useState<{ readonly from: string; readonly to: Annotation | null }>({ from: annotation.id, to: null });
  const target = choice.from === annotation.id ? choice.to : null;
  // A new picker after each link made, so it starts empty.
  const [pickerKey, setPickerKey] = useState(0);
  const byId = useMemo(() => new Map((everything?.annotations ?? []).map((a) => [a.id, a])), [everything]);
  const titles = useMemo(() => everything?.titles ?? new Map<string, string>(), [everything]);

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
        <LinkTargetPicker key={`${annotation.id}:${pickerKey}`} annotations={everything?.annotations ?? NO_ANNOTATIONS} titles={titles} excludeId={annotation.id} onChange={(to) => setChoice({ from: annotation.id, to })} />
        <button type="submit" disabled={!target}>
          Add link
        </button>
      </form>
    </section>
  );
}
