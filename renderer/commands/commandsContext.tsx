// The command router and the platform's key conventions, for every view: views own commands
// while mounted (useCommandHandler), buttons and menus run them (useRunCommand).
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { CommandId, Platform } from '../../shared/commands';
import { hostBridge } from '../bridge/hostBridge';
import type { CommandHandler, CommandRouter, CommandSource } from './commandRouter';
import { dispatchKey } from './keyDispatcher';

export interface Commands {
  readonly router: CommandRouter;
  readonly platform: Platform;
}

const CommandsContext = createContext<Commands | null>(null);

/** Installs the one key listener and the one host-command subscription for the whole page. */
export function CommandsProvider({ commands, children }: { readonly commands: Commands; readonly children: ReactNode }): ReactNode {
  const { router, platform } = commands;
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => void dispatchKey(event, router, platform);
    window.addEventListener('keydown', onKey);
    const unsubscribe = hostBridge.onCommand((command) => router.receive(command));
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [router, platform]);
  return <CommandsContext.Provider value={commands}>{children}</CommandsContext.Provider>;
}

export function useCommands(): Commands {
  const commands = useContext(CommandsContext);
  if (!commands) throw new Error('useCommands outside the CommandsProvider');
  return commands;
}

/**
 * Owns `id` while the calling view is mounted. The latest `run` and `isAvailable` are used on
 * each call, so callers need not memoise them.
 */
export function useCommandHandler(id: CommandId, run: CommandHandler['run'], isAvailable?: () => boolean): void {
  const { router } = useCommands();
  const latest = useRef({ run, isAvailable });
  latest.current = { run, isAvailable };
  useEffect(
    () =>
      router.register(id, {
        run: (via) => latest.current.run(via),
        isAvailable: () => latest.current.isAvailable?.() ?? true,
      }),
    [router, id],
  );
}

/** A function that runs a command as a button press would (reporting why when it cannot). */
export function useRunCommand(): (id: CommandId, via?: CommandSource) => void {
  const { router } = useCommands();
  return (id, via = 'button') => void router.run(id, via);
}
