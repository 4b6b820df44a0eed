// The article, shown read-only in a Lexical editor. The text is never edited here; what the
// analyst marks is stored apart and painted over it.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { PlainTextPlugin } from '@lexical/react/LexicalPlainTextPlugin';
import type { ReactNode } from 'react';
import type { Source } from '../../../shared/model';
import { $buildArticleDocument } from './articleEditorState';
import './reader.css';

interface ArticleReaderProps {
  readonly source: Source;
  readonly children?: ReactNode;
}

const READER_THEME = { paragraph: 'article-paragraph' };

export function ArticleReader({ source, children }: ArticleReaderProps): ReactNode {
  return (
    <LexicalComposer
      key={`${source.id}:${source.textHash}`}
      initialConfig={{
        namespace: 'article-reader',
        editable: false,
        theme: READER_THEME,
        onError: (error) => {
          throw error;
        },
        editorState: () => $buildArticleDocument(source.text),
      }}
    >
      <PlainTextPlugin
        contentEditable={
          <ContentEditable className="article-text" aria-label="Article text" aria-multiline tabIndex={0} lang={source.language || undefined} />
        }
        ErrorBoundary={LexicalErrorBoundary}
      />
      {children}
    </LexicalComposer>
  );
}
