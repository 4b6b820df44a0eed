// The article's menu in the reader's header: import a new version of the open article, compare
// its versions. Also owns the "Import new version…" command while an article is open.
import { useRef, useState, type ReactNode } from 'react';
import { useCommandHandler } from '../../commands/commandsContext';
import type { SourceRecord } from '../../db/database';
import { PopupMenu } from '../../ui/PopupMenu';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';
import type { VersionActions } from './useVersionActions';

interface ArticleMenuProps {
  readonly source: SourceRecord;
  readonly actions: VersionActions;
}

export function ArticleMenu({ source, actions }: ArticleMenuProps): ReactNode {
  const [open, setOpen] = useState<{ x: number; y: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { notify } = useWorkbench();
  const importVersion = (): Promise<void> => actions.importNewVersion(source.id);
  useCommandHandler('article.importNewVersion', importVersion);
  const run = (action: () => Promise<void>): void => {
    setOpen(null);
    action().catch((error: unknown) => notify({ tone: 'error', message: errorMessage(error) }));
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="article-menu-button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        onClick={() => {
          const box = button.current?.getBoundingClientRect();
          setOpen(open ? null : { x: box?.left ?? 0, y: box?.bottom ?? 0 });
        }}
      >
        Article ▾
      </button>
      {open && (
        <PopupMenu label="Article" x={open.x} y={open.y} onClose={() => setOpen(null)}>
          <button type="button" role="menuitem" onClick={() => run(importVersion)}>
            Import new version…
          </button>
          <button type="button" role="menuitem" onClick={() => run(() => actions.compare(source))}>
            Compare versions…
          </button>
        </PopupMenu>
      )}
    </>
  );
}
