// The article's versions in its details: each with its date, to read or compare with the
// current text, and the way to import a newer one.
import type { ReactNode } from 'react';
import { formatMoment } from '../../../shared/text/dateDisplay';
import type { SourceRecord } from '../../db/database';
import { useKeyedLiveQuery } from '../../db/useKeyedLiveQuery';
import { articleVersions } from '../../db/versions';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import type { VersionActions } from './useVersionActions';

interface VersionsSectionProps {
  readonly source: SourceRecord;
  readonly actions: VersionActions;
}

export function VersionsSection({ source, actions }: VersionsSectionProps): ReactNode {
  // Keyed by the text hash too, so a new version shows at once.
  const versions = useKeyedLiveQuery(`${source.id}\n${source.textHash}`, () => articleVersions(source.id));
  const { notify } = useWorkbench();
  const failed = (error: unknown): void => notify({ tone: 'error', message: errorMessage(error) });
  const current = versions?.at(-1);
  return (
    <section className="versions-section" aria-labelledby="versions-heading">
      <h3 id="versions-heading">Versions ({versions?.length ?? 1})</h3>
      {versions && versions.length > 0 && (
        <ol aria-label="Versions">
          {versions.map((v) => (
            <li key={v.textHash}>
              Version {v.number}
              {v.current ? ' (current)' : ''} · {formatMoment(v.importedAt)}
              <button type="button" aria-label={`View version ${v.number}`} onClick={() => actions.showVersion(source, v)}>
                View
              </button>
              {!v.current && current && (
                <button type="button" aria-label={`Compare version ${v.number} with current`} onClick={() => actions.compare(source, v.textHash, current.textHash).catch(failed)}>
                  Compare
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <button type="button" onClick={() => actions.importNewVersion(source.id).catch(failed)}>
        Import new version…
      </button>
    </section>
  );
}
