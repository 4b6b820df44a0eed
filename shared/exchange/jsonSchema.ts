// The JSON Schema of the shared file, generated from the zod schemas so the two cannot drift;
// docs/exchange-format.schema.json is this, written out (npm run docs:exchange).
import { z } from 'zod';
import { FORMAT_VERSION, MEDIA_TYPE, exchangeFileSchema } from './format';

export const SCHEMA_ID = `https://dossier-workbench.org/schemas/exchange-format-${FORMAT_VERSION}.schema.json`;

export function exchangeJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(exchangeFileSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    $schema: generated.$schema,
    $id: SCHEMA_ID,
    title: `Dossier Workbench shared file, version ${FORMAT_VERSION}`,
    description: `A ${MEDIA_TYPE} file (.dossier). Structure only: uniqueness of ids, references between records, text hashes and quotes are checked by the app and \`dossier validate\`, as docs/exchange-format.md describes.`,
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}
