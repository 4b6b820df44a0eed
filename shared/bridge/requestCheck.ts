// Checks a host-bridge request against its shared schema, so that both bridges refuse the same
// bad requests with the same kind of message.
import type { z } from 'zod';

export function checkBridgeRequest<Schema extends z.ZodType>(method: string, schema: Schema, request: unknown): z.output<Schema> {
  const result = schema.safeParse(request);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(request)'}: ${issue.message}`)
    .join('; ');
  throw new Error(`${method}: refused, ${problems}`);
}
