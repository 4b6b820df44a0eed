// Public face of article versions: the version record, planning a new version, comparing two.
export { currentVersionSince, listVersions, sourceVersionSchema } from './sourceVersion';
export type { SourceVersion, VersionListing } from './sourceVersion';
export { newVersionProblem, planNewVersion } from './newVersionPlan';
export type { NewVersionInput, NewVersionPlan, OutcomeCounts, ReanchorOutcome } from './newVersionPlan';
export { compareVersions } from './textComparison';
export type { Comparison, ComparisonSegment } from './textComparison';
export { packPlan, unpackPlan } from './planTransport';
export type { PackedPlan } from './planTransport';
