// Public face of the actors logic: who is who across the library (aliases, merges), the Actors
// view's rows, alias suggestions, planned changes, an actor's page, and the CSV of the list.
export { buildActorDirectory } from './actorDirectory';
export type { ActorDirectory, ActorGroup } from './actorDirectory';
export { foldedName, nameKey } from './actorNames';
export { ACTOR_SORT_KEYS, filterActorRows, sortActorRows, summariseActors, summariseTallies, tallyNames } from './actorTable';
export type { ActorFacts, ActorRow, ActorSortKey, ActorSummary, NameTally, SortDirection } from './actorTable';
export { dismissalKey, suggestAliases } from './aliasSuggestions';
export type { AliasSuggestion, SuggestionCandidate, SuggestionReason } from './aliasSuggestions';
export { planAddAlias, planMerge, planRemoveAlias, planRename, planSplit } from './actorChanges';
export type { ActorPlan, AnnotationRename, ChangeContext, RenamePlan } from './actorChanges';
export { actorPageEntries } from './actorPage';
export type { ActorPageEntry, ActorRole } from './actorPage';
export { ACTOR_CSV_HEADER, actorListCsv } from './actorCsv';
