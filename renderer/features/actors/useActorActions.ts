// What the analyst does to actors, each one undoable change: merge (accepting a suggestion or by
// hand), split, add or remove an alias, rename (with every annotation naming the actor), and
// dismiss a suggestion.
import { useCallback, useMemo } from 'react';
import {
  dismissalKey,
  planAddAlias,
  planMerge,
  planRemoveAlias,
  planRename,
  planSplit,
  type ActorDirectory,
  type ActorGroup,
  type ActorPlan,
  type AliasSuggestion,
} from '../../../shared/actors';
import { newId, nowIso, type Actor } from '../../../shared/model';
import { quotedIsolated } from '../../../shared/text/bidiIsolation';
import { annotationsNaming, applyActorPlan, dismissAliasSuggestion, redoActorPlan, restoreAliasSuggestion, undoActorPlan, writeRename } from '../../db/actors';
import { errorMessage, useWorkbench } from '../../ui/workbenchContext';

/** The library as the actions need it, read when the change is made. */
export interface ActorState {
  readonly records: readonly Actor[];
  readonly directory: ActorDirectory;
  /** Every spelling annotations use, most used first (a rename reads the annotations of its actor's). */
  readonly usedNames: readonly string[];
}

export interface ActorActions {
  readonly merge: (keep: ActorGroup, merge: ActorGroup) => Promise<boolean>;
  readonly split: (member: Actor) => Promise<boolean>;
  readonly addAlias: (group: ActorGroup, alias: string) => Promise<boolean>;
  readonly removeAlias: (group: ActorGroup, alias: string) => Promise<boolean>;
  readonly rename: (group: ActorGroup, name: string) => Promise<boolean>;
  readonly dismiss: (suggestion: AliasSuggestion) => Promise<boolean>;
}

export function useActorActions(state: ActorState | undefined, editor: string): ActorActions {
  const { perform, setStatus, notify } = useWorkbench();

  /** Plans against the state as it is now; a refusal (already an actor, say) becomes a notice. */
  const run = useCallback(
    async (label: string, plan: () => ActorPlan, status: string): Promise<boolean> => {
      let planned: ActorPlan;
      try {
        planned = plan();
      } catch (error) {
        notify({ tone: 'error', message: errorMessage(error) });
        return false;
      }
      const done = await perform({
        label,
        run: () => applyActorPlan(planned),
        undo: () => undoActorPlan(planned, editor),
        redo: () => redoActorPlan(planned, editor),
      });
      if (done) setStatus(status);
      return done !== null;
    },
    [perform, notify, setStatus, editor],
  );

  const context = useCallback(() => ({ records: state?.records ?? [], editor, now: nowIso(), newId }), [state, editor]);

  return useMemo((): ActorActions => {
    const q = quotedIsolated;
    return {
      merge: (keep, merge) => run(`Merge ${q(merge.name)} into ${q(keep.name)}`, () => planMerge(keep, merge, context()), `Merged ${q(merge.name)} into ${q(keep.name)}.`),
      split: (member) => run(`Split ${q(member.name)}`, () => planSplit(member, context()), `Split ${q(member.name)} off; it is an actor of its own again.`),
      addAlias: (group, alias) =>
        run(`Add alias ${q(alias.trim())}`, () => planAddAlias(group, alias, state?.directory ?? emptyDirectory, context()), `Added ${q(alias.trim())} as an alias of ${q(group.name)}.`),
      removeAlias: (group, alias) => run(`Remove alias ${q(alias)}`, () => planRemoveAlias(group, alias, context()), `Removed the alias ${q(alias)}.`),
      rename: async (group, name) => {
        let plan: ReturnType<typeof planRename>;
        try {
          const directory = state?.directory ?? emptyDirectory;
          // Only the actor's own annotations, read through the indexes by the names they use.
          const spellings = (state?.usedNames ?? []).filter((n) => directory.groupOf(n)?.key === group.key);
          plan = planRename(group, name, await annotationsNaming(spellings), directory, context());
        } catch (error) {
          notify({ tone: 'error', message: errorMessage(error) });
          return false;
        }
        const done = await perform({
          label: `Rename ${q(group.name)}`,
          run: () => writeRename(plan, 'forward', editor),
          undo: () => writeRename(plan, 'back', editor),
        });
        const count = plan.annotations.length;
        if (done) setStatus(`Renamed ${q(group.name)} to ${q(name.trim())} in ${count} annotation${count === 1 ? '' : 's'}.`);
        return done !== null;
      },
      dismiss: async (suggestion) => {
        const key = dismissalKey(suggestion.keep.name, suggestion.merge.name);
        const done = await perform({
          label: 'Dismiss alias suggestion',
          run: () => dismissAliasSuggestion(key),
          undo: () => restoreAliasSuggestion(key),
        });
        if (done) setStatus(`Dismissed: ${q(suggestion.merge.name)} and ${q(suggestion.keep.name)} stay apart.`);
        return done !== null;
      },
    };
  }, [run, context, state, perform, notify, setStatus, editor]);
}

const emptyDirectory: ActorDirectory = { groups: [], groupOf: () => undefined, groupByKey: () => undefined };
