// A view section in the PDF: the claims table with statuses, or the timeline as a figure (SVG,
// drawn with d3-scale at each event's precision) and as a table.
import { scaleUtc } from 'd3-scale';
import type { ReactNode } from 'react';
import { CLAIM_STATUS_LABELS, CLAIM_STATUSES } from '../../../../shared/claims/claimStatus';
import { formatPreciseDate } from '../../../../shared/text/dateDisplay';
import type { TimelineEvent } from '../../../../shared/timeline/timelineEvents';
import { KIND_LABELS, LINK_LABELS, shortQuote } from '../../common/kinds';
import type { ViewEntry } from '../model/dossierEntries';
import type { ViewSectionContent } from './viewSectionContent';

const FIGURE = { width: 640, label: 110, lane: 30, axis: 22 } as const;
const KIND_COLOURS = { claim: '#c99a00', denial: '#c0262d', action: '#1f7a3a' } as const;

function TimelineFigure({ events, lanes }: { readonly events: readonly TimelineEvent[]; readonly lanes: readonly string[] }): ReactNode {
  const first = events[0];
  if (!first) return null;
  const end = events.reduce((max, e) => Math.max(max, e.span.end), first.span.end);
  const x = scaleUtc().domain([new Date(first.span.start), new Date(end)]).range([FIGURE.label + 6, FIGURE.width - 8]).nice();
  const height = FIGURE.axis + lanes.length * FIGURE.lane + 4;
  const laneIndex = new Map(lanes.map((lane, i) => [lane, i]));
  const format = x.tickFormat();
  return (
    <svg className="print-timeline-figure" viewBox={`0 0 ${FIGURE.width} ${height}`} width="100%" role="img" aria-label="Timeline figure">
      {x.ticks(6).map((tick) => (
        <g key={tick.getTime()}>
          <line x1={x(tick)} x2={x(tick)} y1={FIGURE.axis - 4} y2={height} stroke="#ccc" />
          <text x={x(tick) + 2} y={12} fontSize="9">
            {format(tick)}
          </text>
        </g>
      ))}
      {lanes.map((lane, i) => (
        <text key={lane} x={2} y={FIGURE.axis + i * FIGURE.lane + FIGURE.lane / 2 + 3} fontSize="9">
          {lane in KIND_LABELS ? KIND_LABELS[lane as keyof typeof KIND_LABELS] : shortQuote(lane, 20)}
        </text>
      ))}
      {events.map((event, i) => {
        const top = FIGURE.axis + (laneIndex.get(event.lane) ?? 0) * FIGURE.lane + 5 + (i % 3) * 7;
        const colour = KIND_COLOURS[event.annotation.kind];
        const left = x(event.span.start);
        if (event.span.shape === 'point') return <circle key={event.id} cx={left} cy={top + 3} r={3.5} fill={colour} />;
        return (
          <rect
            key={event.id}
            x={left}
            y={top}
            width={Math.max(2, x(event.span.end) - left)}
            height={6}
            fill={colour}
            fillOpacity={event.span.fuzzy ? 0.35 : 0.8}
            stroke={event.span.fuzzy ? colour : 'none'}
            strokeDasharray={event.span.fuzzy ? '2 2' : undefined}
          />
        );
      })}
    </svg>
  );
}

function SectionBody({ content }: { readonly content: ViewSectionContent }): ReactNode {
  if (content.view === 'claims') {
    return (
      <>
        <p className="print-view-summary">
          {content.total} claim{content.total === 1 ? '' : 's'} ({content.filter}): {CLAIM_STATUSES.map((s) => `${content.counts[s]} ${CLAIM_STATUS_LABELS[s].toLowerCase()}`).join(', ')}.
        </p>
        <table className="print-view-table">
          <thead>
            <tr>
              <th>Status</th>
              <th>Claim</th>
              <th>Actor</th>
              <th>Answers</th>
            </tr>
          </thead>
          <tbody>
            {content.rows.map(({ claim, answers, status }) => (
              <tr key={claim.id}>
                <td>{CLAIM_STATUS_LABELS[status]}</td>
                <td dir="auto">{shortQuote(claim.quote.exact, 200)}</td>
                <td dir="auto">{claim.actor}</td>
                <td>{answers.map((a) => `${LINK_LABELS[a.link.type].incoming} ${a.answer.actor || 'no actor'}: “${shortQuote(a.answer.quote.exact, 80)}”`).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <>
      <p className="print-view-summary">
        {content.total} dated annotation{content.total === 1 ? '' : 's'} ({content.filter}). A day is a dot, a month or year a bar across it, an approximate date a pale dashed bar.
      </p>
      <TimelineFigure events={content.events} lanes={content.lanes} />
      <table className="print-view-table">
        <thead>
          <tr>
            <th>Date</th>
            <th>Kind</th>
            <th>Actor</th>
            <th>Passage</th>
          </tr>
        </thead>
        <tbody>
          {content.events.map(({ id, annotation }) => (
            <tr key={id}>
              <td>{formatPreciseDate(annotation.eventDate)}</td>
              <td>{KIND_LABELS[annotation.kind]}</td>
              <td dir="auto">{annotation.actor}</td>
              <td dir="auto">{shortQuote(annotation.quote.exact, 200)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function PrintViewSection({ entry, anchor, content }: { readonly entry: ViewEntry; readonly anchor: string; readonly content: ViewSectionContent | null }): ReactNode {
  const shown = content ? (content.view === 'claims' ? content.rows.length : content.events.length) : 0;
  return (
    <section id={anchor} className="print-view-section">
      <h2 dir="auto">{entry.item.title}</h2>
      {content ? <SectionBody content={content} /> : <p>This view could not be computed.</p>}
      {content && content.total > shown && <p className="print-view-summary">The first {shown} of {content.total} are printed; the CSV export holds them all.</p>}
    </section>
  );
}
