// A toolbar or pane button that runs a registry command, showing the command's keys.
import type { ReactNode } from 'react';
import type { CommandId } from '../../shared/commands';
import { useCommands, useRunCommand } from './commandsContext';
import { shortcutProps } from './shortcutProps';

interface CommandButtonProps {
  readonly command: CommandId;
  readonly children: ReactNode;
  /** The tooltip's words when they differ from the command's title. */
  readonly label?: string;
  readonly className?: string;
}

export function CommandButton({ command, children, label, className }: CommandButtonProps): ReactNode {
  const { platform } = useCommands();
  const run = useRunCommand();
  return (
    <button type="button" className={className} {...shortcutProps(command, platform, label)} onClick={() => run(command)}>
      {children}
    </button>
  );
}
