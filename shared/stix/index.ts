// Public face of the STIX 2.1 mapping (docs/stix.md): export a library's records as a bundle,
// read a bundle back, and the MUST rules both sides hold bundles to.
export { buildStixBundle, serializeStixBundle, stixIdFor } from './exportBundle';
export type { StixExportInput } from './exportBundle';
export { fromStixBundle } from './importBundle';
export type { StixImportOptions, StixImportResult } from './importBundle';
export { checkBundleRules, checkStandaloneObjectRules, isWellFormedId } from './bundleRules';
export { uuidV5 } from './uuidV5';
export {
  EXTENSION_ID,
  STIX_EXTENSION,
  STIX_MEDIA_TYPE,
  WORKBENCH_NAMESPACE,
  confidenceOf,
  credibilityOf,
} from './vocabulary';
export type { StixBundle, StixObject } from './vocabulary';
