// Edit an article's metadata: title, publisher, author, address, date, language, reliability, tags.
import { useState, type ReactNode } from 'react';
import { RELIABILITY_GRADES, RELIABILITY_LABELS, pickSourceMetadata, sourceMetadataSchema, type SourceMetadata } from '../../../shared/model';
import type { SourceRecord } from '../../db/database';
import { FieldProblem } from '../../ui/FieldProblem';
import { limitProblem, splitTags } from '../../ui/fieldLimits';

interface SourceDetailsFormProps {
  readonly source: SourceRecord;
  readonly onSave: (metadata: SourceMetadata) => Promise<void>;
  readonly onDelete: () => void;
}

function toForm(source: SourceRecord): Record<keyof SourceMetadata, string> {
  const metadata = pickSourceMetadata(source);
  return { ...metadata, tags: metadata.tags.join(', ') };
}

const FIELD_LABELS: Readonly<Record<keyof SourceMetadata, string>> = {
  title: 'Title',
  publisher: 'Publisher',
  author: 'Author',
  url: 'URL',
  publishedDate: 'Published date',
  language: 'Language',
  reliability: 'Reliability',
  tags: 'Tags',
};

export function SourceDetailsForm({ source, onSave, onDelete }: SourceDetailsFormProps): ReactNode {
  const [form, setForm] = useState(() => toForm(source));
  const [problems, setProblems] = useState<readonly string[]>([]);
  const limits: Partial<Record<keyof SourceMetadata, string | null>> = {
    title: form.title.trim() === '' ? null : limitProblem(sourceMetadataSchema.shape.title, form.title),
    publisher: limitProblem(sourceMetadataSchema.shape.publisher, form.publisher),
    author: limitProblem(sourceMetadataSchema.shape.author, form.author),
    tags: limitProblem(sourceMetadataSchema.shape.tags, splitTags(form.tags)),
  };
  const field = (key: keyof SourceMetadata, props: Record<string, unknown> = {}): ReactNode => (
    <label>
      <span id={`source-${key}-label`}>{FIELD_LABELS[key]}</span>
      <input
        value={form[key]}
        aria-labelledby={`source-${key}-label`}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        dir="auto"
        aria-invalid={limits[key] ? true : undefined}
        aria-describedby={key in limits ? `source-${key}-problem` : undefined}
        {...props}
      />
      {key in limits && <FieldProblem id={`source-${key}-problem`} problem={limits[key] ?? null} />}
    </label>
  );
  return (
    <form
      className="form"
      aria-label="Article details"
      onSubmit={async (event) => {
        event.preventDefault();
        const parsed = sourceMetadataSchema.safeParse({
          ...form,
          title: form.title.trim(),
          tags: form.tags.split(',').map((t) => t.trim()).filter(Boolean),
        });
        if (!parsed.success) {
          setProblems(parsed.error.issues.map((issue) => `${FIELD_LABELS[issue.path[0] as keyof SourceMetadata] ?? 'Field'} ${issue.message}`));
          return;
        }
        setProblems([]);
        await onSave(parsed.data);
      }}
    >
      {field('title', { required: true })}
      {field('publisher')}
      {field('author')}
      {field('url', { type: 'url', placeholder: 'https://…' })}
      {field('publishedDate', { type: 'date' })}
      {field('language', { placeholder: 'e.g. en, fa, az' })}
      <label>
        Reliability
        <select value={form.reliability} onChange={(e) => setForm({ ...form, reliability: e.target.value })}>
          {RELIABILITY_GRADES.map((grade) => (
            <option key={grade} value={grade}>
              {RELIABILITY_LABELS[grade]}
            </option>
          ))}
        </select>
      </label>
      {field('tags', { placeholder: 'comma, separated' })}
      {problems.length > 0 && (
        <ul role="alert" className="form-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="danger" onClick={onDelete}>
          Delete article
        </button>
        <button type="submit" className="primary">
          Save details
        </button>
      </div>
    </form>
  );
}
