// The centre pane: the open article with its heading, or a clear empty state.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { loadSource } from '../../db/library';
import { ArticleReader } from './ArticleReader';

interface ReaderPaneProps {
  readonly sourceId: string | null;
}

export function ReaderPane({ sourceId }: ReaderPaneProps): ReactNode {
  const source = useLiveQuery(async () => (sourceId ? ((await loadSource(sourceId)) ?? null) : null), [sourceId]);
  return (
    <main className="pane reader-pane" aria-labelledby="reader-heading">
      {!sourceId || source === null ? (
        <div className="empty reader-empty">
          <h2 id="reader-heading">No article open</h2>
          <p>Choose an article in the library to read and annotate it.</p>
        </div>
      ) : source === undefined ? (
        <p className="empty" id="reader-heading">
          Opening…
        </p>
      ) : (
        <article className="reader" lang={source.language || undefined}>
          <header className="reader-header">
            <h2 id="reader-heading" dir="auto">
              {source.title}
            </h2>
            <p className="reader-meta">
              {[source.publisher, source.author, source.publishedDate, `Reliability ${source.reliability}`].filter(Boolean).join(' · ')}
            </p>
          </header>
          <ArticleReader source={source} />
        </article>
      )}
    </main>
  );
}
