// The composition root: the shell's state, the command router with its key dispatcher, the
// "Add to dossier" slot, and the workbench window. Nothing else happens here.
import { useMemo, useRef, type ReactNode } from 'react';
import { commandById, platformOf } from '../shared/commands';
import { Workbench } from './app/Workbench';
import { CommandRouter } from './commands/commandRouter';
import { CommandsProvider, type Commands } from './commands/commandsContext';
import { AddToDossierProvider } from './features/common/addToDossier';
import { AddToDossierControl } from './features/dossier/AddToDossierControl';
import { useWorkbenchShell } from './ui/useWorkbenchShell';
import { WorkbenchContext, errorMessage } from './ui/workbenchContext';

export function App(): ReactNode {
  const shell = useWorkbenchShell();
  const notify = useRef(shell.workbench.notify);
  notify.current = shell.workbench.notify;
  const commands = useMemo<Commands>(
    () => ({
      platform: platformOf(navigator.platform),
      router: new CommandRouter({
        onUnavailable: (id, reason) => notify.current({ tone: 'info', message: `${commandById(id).title.replace(/…$/, '')}: ${reason}` }),
        onFailure: (id, error) => notify.current({ tone: 'error', message: `${commandById(id).title.replace(/…$/, '')} failed: ${errorMessage(error)}` }),
      }),
    }),
    [],
  );
  return (
    <WorkbenchContext.Provider value={shell.workbench}>
      <CommandsProvider commands={commands}>
        <AddToDossierProvider value={AddToDossierControl}>
          <Workbench shell={shell} />
        </AddToDossierProvider>
      </CommandsProvider>
    </WorkbenchContext.Provider>
  );
}
