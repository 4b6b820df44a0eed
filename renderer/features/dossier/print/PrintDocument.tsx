// The dossier as a printable document, mounted at the end of <body> only while an export runs:
// print CSS hides the app and shows this, so Electron's printToPDF and the browser's own print
// both print it. `limit` lets the export render a long dossier in steps, with progress.
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { PageSize } from '../../../../shared/bridge/hostBridge';
import { ANNOTATION_KINDS } from '../../../../shared/model';
import { KIND_LABELS } from '../../common/kinds';
import { VIEW_LABELS } from '../model/dossierViews';
import { pageStyleSheet } from './pageStyle';
import type { PrintModel } from './printModel';
import { PrintPassage } from './PrintPassage';
import { RichTextView } from './RichTextView';
import './print.css';

interface PrintDocumentProps {
  readonly model: PrintModel;
  readonly pageSize: PageSize;
  /** How many body blocks to render so far. */
  readonly limit: number;
}

const KIND_STYLES = { claim: 'yellow, solid bar', denial: 'red, dashed bar', action: 'green, double bar' } as const;

function TitlePage({ model }: { readonly model: PrintModel }): ReactNode {
  const { dossier } = model;
  return (
    <section className="print-title-page">
      {dossier.handling && <p className="print-handling">{dossier.handling}</p>}
      <h1 dir="auto">{dossier.title}</h1>
      {dossier.subtitle && (
        <p className="print-subtitle" dir="auto">
          {dossier.subtitle}
        </p>
      )}
      <dl className="print-title-facts">
        {dossier.author && (
          <div>
            <dt>Author</dt>
            <dd dir="auto">{dossier.author}</dd>
          </div>
        )}
        <div>
          <dt>Date</dt>
          <dd>{model.exportedOn}</dd>
        </div>
        <div>
          <dt>Contents</dt>
          <dd>
            {model.passageCount} passage{model.passageCount === 1 ? '' : 's'} from {model.sourceCount} source{model.sourceCount === 1 ? '' : 's'}
            {model.sectionCount > 0 && model.view === 'composed' && `, ${model.sectionCount} narrative section${model.sectionCount === 1 ? '' : 's'}`}
            {model.view !== 'composed' && ` · arranged ${VIEW_LABELS[model.view].toLowerCase()}`}
          </dd>
        </div>
      </dl>
      {dossier.summary && (
        <section className="print-summary">
          <h2>Summary</h2>
          <p dir="auto">{dossier.summary}</p>
        </section>
      )}
      <section className="print-legend">
        <h2>Kinds of passage</h2>
        <ul>
          {ANNOTATION_KINDS.map((kind) => (
            <li key={kind} className={`print-kind-${kind}`}>
              <span className="print-kind-badge">{KIND_LABELS[kind]}</span> {KIND_STYLES[kind]}
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

function Contents({ model }: { readonly model: PrintModel }): ReactNode {
  return (
    <nav className="print-contents" aria-labelledby="print-contents-heading">
      <h2 id="print-contents-heading">Contents</h2>
      <ul>
        {model.contents.map((entry) => (
          <li key={entry.anchor} className={`print-contents-level-${entry.level}`}>
            <a href={`#${entry.anchor}`} dir="auto">
              {entry.text}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PrintDocument({ model, pageSize, limit }: PrintDocumentProps): ReactNode {
  const ready = limit >= model.blocks.length;
  return createPortal(
    <div className="print-document" data-state={ready ? 'ready' : 'preparing'} data-page-size={pageSize}>
      <style>{pageStyleSheet({ pageSize, title: model.dossier.title, handling: model.dossier.handling })}</style>
      <TitlePage model={model} />
      <Contents model={model} />
      <div className="print-body">
        {model.blocks.slice(0, limit).map((block) => {
          if (block.type === 'passage') return <PrintPassage key={block.anchor} entry={block.entry} anchor={block.anchor} />;
          if (block.type === 'group') {
            return (
              <h2 key={block.anchor} id={block.anchor} className="print-group-heading" dir="auto">
                {block.heading}
              </h2>
            );
          }
          return (
            <section key={block.anchor} id={block.anchor} className="print-narrative">
              <RichTextView blocks={block.entry.blocks} />
            </section>
          );
        })}
      </div>
    </div>,
    document.body,
  );
}
