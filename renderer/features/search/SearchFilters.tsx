// The filters beside the search query: kind, actor, target, tag, article, article reliability,
// credibility, published and event date ranges, and "only my annotations". Controlled: filters
// in, changed filters out; the choices offered come from the library (see filterOptions.ts).
import { useId, type ReactNode } from 'react';
import {
  ANNOTATION_KINDS,
  CREDIBILITY_LABELS,
  CREDIBILITY_LEVELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
  type AnnotationKind,
} from '../../../shared/model';
import { daySpanOf, type DateRange } from '../../../shared/search/dateRanges';
import { hasNoFilters, NO_FILTERS, type AnnotationFilters } from '../../../shared/search/filters';
import type { FilterOptions } from './filterOptions';
import './searchFilters.css';

interface SearchFiltersProps {
  readonly filters: AnnotationFilters;
  readonly onChange: (filters: AnnotationFilters) => void;
  readonly options: FilterOptions;
  /** Who "only my annotations" means; empty when the analyst has not given a name. */
  readonly analystName: string;
}

const KIND_PLURALS: Readonly<Record<AnnotationKind, string>> = { claim: 'Claims', denial: 'Denials', action: 'Actions' };

/** Adds a value to a chosen set, or takes it out. */
function toggled<T>(values: readonly T[], value: T): readonly T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function SearchFilters({ filters, onChange, options, analystName }: SearchFiltersProps): ReactNode {
  const id = useId();
  const set = <K extends keyof AnnotationFilters>(key: K, value: AnnotationFilters[K]): void => onChange({ ...filters, [key]: value });
  return (
    <fieldset className="search-filters">
      <legend>Filters</legend>
      <div role="group" aria-label="Kind" className="filter-toggles">
        {ANNOTATION_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`filter-toggle kind-${kind}`}
            aria-pressed={filters.kinds.includes(kind)}
            onClick={() => set('kinds', toggled(filters.kinds, kind))}
          >
            {KIND_PLURALS[kind]}
          </button>
        ))}
      </div>
      <NameFilter label="Actor" value={filters.actor} choices={options.actors} listId={`${id}-actors`} onChange={(v) => set('actor', v)} />
      <NameFilter label="Target" value={filters.target} choices={options.targets} listId={`${id}-targets`} onChange={(v) => set('target', v)} />
      <NameFilter label="Tag" value={filters.tag} choices={options.tags} listId={`${id}-tags`} onChange={(v) => set('tag', v)} />
      <label className="filter-field">
        Article
        <select value={filters.sourceId} onChange={(event) => set('sourceId', event.target.value)}>
          <option value="">Every article</option>
          {options.articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
      </label>
      <div role="group" aria-label="Article reliability" className="filter-toggles">
        <span className="filter-group-name" aria-hidden="true">
          Reliability
        </span>
        {RELIABILITY_GRADES.map((grade) => (
          <button
            key={grade}
            type="button"
            className="filter-toggle"
            title={RELIABILITY_LABELS[grade]}
            aria-label={RELIABILITY_LABELS[grade]}
            aria-pressed={filters.reliability.includes(grade)}
            onClick={() => set('reliability', toggled(filters.reliability, grade))}
          >
            {grade}
          </button>
        ))}
      </div>
      <div role="group" aria-label="Credibility" className="filter-toggles">
        <span className="filter-group-name" aria-hidden="true">
          Credibility
        </span>
        {CREDIBILITY_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="filter-toggle"
            title={CREDIBILITY_LABELS[level]}
            aria-label={CREDIBILITY_LABELS[level]}
            aria-pressed={filters.credibility.includes(level)}
            onClick={() => set('credibility', toggled(filters.credibility, level))}
          >
            {level}
          </button>
        ))}
      </div>
      <RangeFilter label="Published" range={filters.published} onChange={(range) => set('published', range)} />
      <RangeFilter label="Event date" range={filters.eventDate} onChange={(range) => set('eventDate', range)} />
      <label className="filter-check">
        <input type="checkbox" checked={filters.onlyMine} onChange={(event) => set('onlyMine', event.target.checked)} />
        Only my annotations
        <span className="filter-hint">{analystName ? ` (by ${analystName})` : ' (no analyst name set: those without an author)'}</span>
      </label>
      <button type="button" disabled={hasNoFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </fieldset>
  );
}

interface NameFilterProps {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly string[];
  readonly listId: string;
  readonly onChange: (value: string) => void;
}

/** A text field suggesting the names in the library; whole words of a name match. */
function NameFilter({ label, value, choices, listId, onChange }: NameFilterProps): ReactNode {
  return (
    <label className="filter-field">
      {label}
      <input type="search" dir="auto" list={listId} value={value} onChange={(event) => onChange(event.target.value)} />
      <datalist id={listId}>
        {choices.map((choice) => (
          <option key={choice} value={choice} />
        ))}
      </datalist>
    </label>
  );
}

interface RangeFilterProps {
  readonly label: string;
  readonly range: DateRange;
  readonly onChange: (range: DateRange) => void;
}

/** From and to, each YYYY, YYYY-MM or YYYY-MM-DD; an unreadable bound is flagged and ignored. */
function RangeFilter({ label, range, onChange }: RangeFilterProps): ReactNode {
  const hintId = useId();
  const bound = (which: 'from' | 'to', name: string): ReactNode => {
    const value = range[which];
    const unreadable = value.trim() !== '' && daySpanOf(value) === null;
    return (
      <label className="filter-field filter-date">
        {name}
        <input
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          aria-label={`${label} ${which}`}
          aria-describedby={hintId}
          aria-invalid={unreadable || undefined}
          value={value}
          onChange={(event) => onChange({ ...range, [which]: event.target.value })}
        />
      </label>
    );
  };
  const unreadable = [range.from, range.to].some((value) => value.trim() !== '' && daySpanOf(value) === null);
  return (
    <div role="group" aria-label={label} className="filter-range">
      <span className="filter-group-name" aria-hidden="true">
        {label}
      </span>
      {bound('from', 'from')}
      {bound('to', 'to')}
      <span id={hintId} className={unreadable ? 'filter-hint filter-problem' : 'filter-hint'}>
        {unreadable ? 'Write a date as 2025, 2025-06 or 2025-06-26.' : 'A year, month or day.'}
      </span>
    </div>
  );
}
