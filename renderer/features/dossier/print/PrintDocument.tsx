// The dossier as a printable document, mounted at the end of <body> only while an export runs:
// print CSS hides the app and shows this, so Electron's printToPDF and the browser's own print
// both print it. `limit` lets the export render a long dossier in steps, with progress; `pages`
// are the contents' page numbers, measured once it is all rendered (see measurePages).
import type { ReactNode, RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { PageSize } from '../../../../shared/bridge/hostBridge';
import { ANNOTATION_KINDS } from '../../../../shared/model';
import { formatCalendarDate } from '../../../../shared/text/dateDisplay';
import { IsolatedText } from '../../../ui/IsolatedText';
import { KIND_LABELS } from '../../common/kinds';
import { VIEW_LABELS } from '../model/dossierViews';
import { CompactPassage } from './CompactPassage';
import { pageStyleSheet } from './pageStyle';
import { sourceNumber, type PrintBlock, type PrintModel } from './printModel';
import { PrintPassage } from './PrintPassage';
import { PrintViewSection } from './PrintViewSection';
import { RichTextView } from './RichTextView';
import { SourcesList } from './SourcesList';
import type { QuoteContext } from './wordCuts';
import './print.css';
import './printCompact.css';

interface PrintDocumentProps {
  readonly model: PrintModel;
  readonly pageSize: PageSize;
  /** How many body blocks to render so far. */
  readonly limit: number;
  /** The page of each contents entry's anchor; null until measured. */
  readonly pages: ReadonlyMap<string, number> | null;
  /** The compact layout's context lines, by annotation id. */
  readonly contexts: ReadonlyMap<string, QuoteContext>;
  /** The document's root, for the measuring pass. */
  readonly documentRef: RefObject<HTMLDivElement | null>;
}

const NO_CONTEXT: QuoteContext = { before: '', after: '' };

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
          <dd>{formatCalendarDate(model.exportedOn)}</dd>
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
      {model.layout === 'compact' && (
        <p className="print-grading-legend">
          Each passage is graded on the Admiralty scale in one code: the source’s reliability (A completely reliable to F cannot be judged) then the
          information’s credibility (1 confirmed to 6 cannot be judged; – not assessed). [n] refers to the numbered list of sources at the end.
        </p>
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

/** Page numbers sit in a column of fixed width, so writing them in moves nothing the measure saw. */
function Contents({ model, pages }: { readonly model: PrintModel; readonly pages: ReadonlyMap<string, number> | null }): ReactNode {
  return (
    <nav className="print-contents" aria-labelledby="print-contents-heading">
      <h2 id="print-contents-heading">Contents</h2>
      <ul>
        {model.contents.map((entry) => (
          <li key={entry.anchor} className={`print-contents-level-${entry.level}`}>
            <a href={`#${entry.anchor}`}>
              <span className="print-contents-text" dir="auto">
                <IsolatedText text={entry.text} />
              </span>
              <span className="print-contents-page">{pages?.get(entry.anchor) ?? ''}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function BodyBlock({ block, model, contexts }: { readonly block: PrintBlock; readonly model: PrintModel; readonly contexts: ReadonlyMap<string, QuoteContext> }): ReactNode {
  if (block.type === 'passage') {
    const { entry, anchor } = block;
    if (model.layout === 'detailed') return <PrintPassage entry={entry} anchor={anchor} />;
    return <CompactPassage entry={entry} anchor={anchor} context={contexts.get(entry.annotation.id) ?? NO_CONTEXT} sourceNumber={sourceNumber(model, entry.annotation.sourceId)} />;
  }
  if (block.type === 'view') return <PrintViewSection entry={block.entry} anchor={block.anchor} content={block.content} />;
  if (block.type === 'group') {
    return (
      <h2 id={block.anchor} className="print-group-heading" dir="auto">
        {block.heading}
      </h2>
    );
  }
  return (
    <section id={block.anchor} className="print-narrative">
      <RichTextView blocks={block.entry.blocks} />
    </section>
  );
}

/** The state print.css lays the document out by: hidden while preparing, then measured, then ready. */
function documentState(model: PrintModel, limit: number, pages: PrintDocumentProps['pages']): 'preparing' | 'measuring' | 'ready' {
  if (limit < model.blocks.length) return 'preparing';
  return pages ? 'ready' : 'measuring';
}

export function PrintDocument({ model, pageSize, limit, pages, contexts, documentRef }: PrintDocumentProps): ReactNode {
  const compact = model.layout === 'compact';
  return createPortal(
    <div ref={documentRef} className={`print-document print-layout-${model.layout}`} data-state={documentState(model, limit, pages)} data-page-size={pageSize}>
      <style>{pageStyleSheet({ pageSize, title: model.dossier.title, handling: model.dossier.handling })}</style>
      <TitlePage model={model} />
      <Contents model={model} pages={pages} />
      <div className="print-body">
        {model.blocks.slice(0, limit).map((block) => (
          <BodyBlock key={block.anchor} block={block} model={model} contexts={contexts} />
        ))}
      </div>
      {compact && limit >= model.blocks.length && <SourcesList sources={model.sources} />}
    </div>,
    document.body,
  );
}
