// Regenerates docs/exchange-format.schema.json from the zod schemas and docs/examples/samples.dossier
// from the sample library. Run with `npm run docs:exchange`; the tests check both.
import { join } from 'node:path';
import { writeFileAtomic } from '../electron/atomicWrite';
import { buildExchangeFile, serializeExchangeFile } from '../shared/exchange/build';
import { exchangeJsonSchema } from '../shared/exchange/jsonSchema';
import { SAMPLE_ANALYST, SAMPLE_EXPORTED_AT, buildSampleLibrary } from './sampleLibrary';
import { PACKAGE_VERSION } from './version';

async function writeDocs(root: string): Promise<void> {
  await writeFileAtomic(join(root, 'docs', 'exchange-format.schema.json'), `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`);
  const library = await buildSampleLibrary(join(root, 'shared', 'samples'));
  const file = buildExchangeFile({
    ...library,
    exportedBy: SAMPLE_ANALYST,
    exportedAt: SAMPLE_EXPORTED_AT,
    scope: { kind: 'library', label: 'Sample articles' },
    generator: { name: 'Dossier Workbench', version: PACKAGE_VERSION },
    includeText: true,
  });
  await writeFileAtomic(join(root, 'docs', 'examples', 'samples.dossier'), serializeExchangeFile(file));
}

writeDocs(process.argv[2] ?? process.cwd()).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
