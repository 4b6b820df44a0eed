// The model's limits as the analyst types: a field's value checked with the same zod schema the
// write path uses, turned into one plain sentence (or null when the value is fine).
import type { z } from 'zod';

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  const element = issue.path.length > 0 && typeof issue.path[0] === 'number' ? issue.path[0] : null;
  const entry = element !== null ? `entry ${element + 1} ` : '';
  if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
    const current = element !== null && Array.isArray(value) ? (value[element] as unknown) : value;
    const now = typeof current === 'string' || Array.isArray(current) ? ` (now ${current.length.toLocaleString('en')})` : '';
    const limit = Number(issue.maximum).toLocaleString('en');
    return issue.origin === 'string' ? `Too long${entry ? ` (${entry.trim()})` : ''}: at most ${limit} characters${now}.` : `Too many: at most ${limit} entries${now}.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return `Cannot be empty${entry ? ` (${entry.trim()})` : ''}.`;
  return `${issue.message}.`;
}

/** The first problem `schema` finds in `value`, as a sentence; null when it passes. */
export function limitProblem(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  const issue = parsed.success ? undefined : parsed.error.issues[0];
  return issue ? describeIssue(issue, value) : null;
}

/** Tags as the forms write them: comma-separated, trimmed, empty ones dropped. */
export function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}
