// Public face of the exchange format: export, check and read shared files, plan an import, and
// the W3C and Hypothesis bridges. The app and the CLI import from here only.
export {
  EXPORT_SCOPES,
  EXTENSION,
  FORMAT_NAME,
  FORMAT_VERSION,
  MEDIA_TYPE,
  W3C_EXTENSION,
  W3C_MEDIA_TYPE,
  annotationConflictSchema,
  exchangeFileSchema,
  hasText,
} from './format';
export type { AnnotationConflict, ExchangeContent, ExchangeFile, ExchangeSource, ExportScope, ExportScopeKind, LibrarySource } from './format';
export { buildExchangeFile, selectForExport, serializeExchangeFile } from './build';
export type { ExchangeInput, ExportChoice, LibrarySnapshot } from './build';
export { MAX_EXCHANGE_BYTES, checkExchangeSize, decodeExchangeBytes, parseJsonText, type JsonResult } from './jsonText';
export { parseExchangeJson, parseExchangeText, parseExchangeValue } from './parse';
export type { ParseOptions, ParseResult, ParseStage } from './parse';
export type { ExchangeProblem } from './problems';
export { detectSharedFileKind } from './detect';
export type { SharedFileKind } from './detect';
export { planMerge } from './merge';
export { planActorMerge } from './mergeActors';
export type { ActorConflictEntry, ActorMergePlan, ActorMergeReport } from './mergeActors';
export { mergeFiles } from './mergeFiles';
export type { MergedFiles, NamedContent } from './mergeFiles';
export type { MergeOptions } from './merge';
export { decideAnnotationMerge, sameContent } from './mergeRules';
export type { MergeDecision } from './mergeRules';
export { summariseReport } from './mergeReport';
export type { AnnotationEntry, ImportReport, ImportUndo, MergeChanges, MergePlan, SourceVersionEntry } from './mergeReport';
export { applyMergeChanges, resolveConflict } from './library';
export type { ConflictChoice } from './library';
export { toW3CCollection } from './w3c';
export type { PlainWebAnnotation, W3CCollection, W3CExportOptions } from './w3c';
export { fromHypothesis, fromW3C } from './externalImport';
export type { ExternalImportOptions, ExternalImportResult } from './externalAnnotation';
export { plainTextToLexicalJson } from './lexicalNote';
export { toWebAnnotation } from './webAnnotation';
export type { WebAnnotation } from './webAnnotation';
