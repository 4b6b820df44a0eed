// The PDF's data is checked with the same shared schemas as the library's writes and the shared
// file's import before anything is laid out: a record the app could not export is never printed.
import { annotationLinkSchema, annotationSchema, dossierSchema } from '../../../../shared/model';
import { checkRecord } from '../../../db/checkedWrite';
import type { DossierContent } from '../../../db/dossiers';
import { sourceRecordSchema } from '../../../db/library';

const REFUSED = 'cannot be printed, so no PDF was made';

/** Throws a RefusedWrite naming the first record that breaks the model; returns the content otherwise. */
export function checkPrintContent(content: DossierContent): DossierContent {
  checkRecord(dossierSchema, content.dossier, 'dossier', REFUSED);
  for (const annotation of content.annotations.values()) checkRecord(annotationSchema, annotation, `passage “${annotation.quote?.exact?.slice(0, 40) ?? annotation.id}”`, REFUSED);
  for (const source of content.sources.values()) checkRecord(sourceRecordSchema, source, `source “${source.title}”`, REFUSED);
  for (const link of content.links) checkRecord(annotationLinkSchema, link, 'link', REFUSED);
  return content;
}
