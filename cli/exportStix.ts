// `dossier export-stix FILE -o OUT.json`: a shared file's records as a STIX 2.1 bundle, through
// the same shared/stix mapping the app's Export dialog uses (docs/stix.md).
import { basename } from 'node:path';
import { buildStixBundle, fromStixBundle, serializeStixBundle } from '../shared/stix';
import { describeError, printProblems, readSharedFile, terminalSafe, writeWhole, type Output } from './files';

export async function exportStixCommand(file: string, out: string, now: string, output: Output): Promise<number> {
  const result = await readSharedFile(file);
  if (!result.ok) {
    printProblems(output, file, result.problems);
    return 1;
  }
  const { content } = result;
  const bundle = await buildStixBundle({ ...content, includeText: true, scope: { kind: content.scope.kind, label: content.scope.label || basename(file) } });
  const text = serializeStixBundle(bundle);
  // What the CLI writes must read back in the app: a failure here is a bug, so nothing is written.
  const check = await fromStixBundle(JSON.parse(text) as unknown, { now, fileName: basename(out) });
  if (!check.ok) {
    printProblems(output, out, check.problems, 'STIX output invalid: ');
    return 1;
  }
  try {
    await writeWhole(out, text);
  } catch (error) {
    output.err(terminalSafe(`${out}: cannot be written: ${describeError(error)}`));
    return 1;
  }
  output.out(
    terminalSafe(
      `wrote ${out}: a STIX 2.1 bundle of ${bundle.objects.length} objects (${content.sources.length} articles, ${content.annotations.length} passages, ${content.links.length} links, ${content.dossiers.length} dossiers)`,
    ),
  );
  return 0;
}
