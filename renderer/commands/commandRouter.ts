// Routes every command, whoever asks for it (a key, the desktop menu, the palette, a button), to
// the one handler that owns it now. Views register handlers as they mount. Commands that arrive
// from the host before the workbench has started (a file given on the command line while the app
// reopens on a dossier) wait here and go to their handler once it is mounted.
import type { HostCommand, OpenedFile } from '../../shared/bridge/hostBridge';
import { commandById, NEED_HINTS, type CommandId } from '../../shared/commands';

export type CommandSource = 'key' | 'menu' | 'palette' | 'button';

export interface CommandHandler {
  readonly run: (via: CommandSource) => void | Promise<void>;
  /** Whether it can run now (a selection, a focused item…); absent means always. */
  readonly isAvailable?: () => boolean;
}

export type Availability = { readonly available: true } | { readonly available: false; readonly reason: string };

export interface CommandRouterEvents {
  /** A command was asked for but cannot run: say why. */
  readonly onUnavailable: (id: CommandId, reason: string) => void;
  /** A handler threw or rejected. */
  readonly onFailure: (id: CommandId, error: unknown) => void;
}

type FilesHandler = (files: readonly OpenedFile[]) => void | Promise<void>;

/** Queued host commands before start-up; more are refused (the host sends a handful at most). */
const MAX_QUEUED = 20;

export class CommandRouter {
  /** Owners per command, the latest last: one runs it; a second is a bug, reported, not a crash. */
  private readonly owners = new Map<CommandId, CommandHandler[]>();
  private filesHandler: FilesHandler | null = null;
  private readonly queued: HostCommand[] = [];
  private started = false;
  private readonly listeners = new Set<() => void>();
  private changes = 0;

  constructor(private readonly events: CommandRouterEvents) {}

  /**
   * Makes `handler` the owner of `id` until the returned function is called. One view owns a
   * command; should a second register too, it is reported and owns the command until it leaves,
   * so the analyst's window keeps working.
   */
  register(id: CommandId, handler: CommandHandler): () => void {
    const owners = this.owners.get(id) ?? [];
    if (owners.length > 0) this.events.onFailure(id, new Error(`two views handle the command ${id}; one must own it`));
    this.owners.set(id, [...owners, handler]);
    this.changed();
    this.deliverQueued();
    return () => {
      const left = (this.owners.get(id) ?? []).filter((owner) => owner !== handler);
      if (left.length > 0) this.owners.set(id, left);
      else this.owners.delete(id);
      this.changed();
    };
  }

  private handlerOf(id: CommandId): CommandHandler | undefined {
    return this.owners.get(id)?.at(-1);
  }

  /** The one receiver of files the host opens (a .dossier double-clicked, or on the command line). */
  registerFiles(handler: FilesHandler): () => void {
    if (this.filesHandler) throw new Error('two receivers for opened files');
    this.filesHandler = handler;
    this.deliverQueued();
    return () => {
      if (this.filesHandler === handler) this.filesHandler = null;
    };
  }

  availability(id: CommandId): Availability {
    const handler = this.handlerOf(id);
    if (handler && (handler.isAvailable?.() ?? true)) return { available: true };
    const need = commandById(id).needs;
    return { available: false, reason: need ? NEED_HINTS[need] : 'Not available in this view.' };
  }

  /** Runs the command if it can; otherwise reports why. Returns whether it ran. */
  run(id: CommandId, via: CommandSource): boolean {
    const state = this.availability(id);
    const handler = this.handlerOf(id);
    if (!state.available || !handler) {
      this.events.onUnavailable(id, state.available ? 'Not available in this view.' : state.reason);
      return false;
    }
    try {
      const result = handler.run(via);
      if (result instanceof Promise) result.catch((error: unknown) => this.events.onFailure(id, error));
    } catch (error) {
      this.events.onFailure(id, error);
    }
    return true;
  }

  /** A command from the host: run now, or wait until its handler is mounted. */
  receive(command: HostCommand): void {
    if (this.canDeliver(command)) this.deliver(command);
    else if (!this.started || command.type === 'files-opened') {
      if (this.queued.length < MAX_QUEUED) this.queued.push(command);
    } else this.deliver(command);
  }

  /** The workbench has mounted its views: from now on a command without a handler is unavailable. */
  markStarted(): void {
    this.started = true;
    this.deliverQueued();
    const waiting = this.queued.filter((command) => command.type === 'run-command');
    this.queued.splice(0, this.queued.length, ...this.queued.filter((command) => command.type === 'files-opened'));
    for (const command of waiting) this.deliver(command);
  }

  /** Re-read availability when handlers come and go (the palette listens). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private canDeliver(command: HostCommand): boolean {
    return command.type === 'files-opened' ? this.filesHandler !== null : this.handlerOf(command.id) !== undefined;
  }

  private deliver(command: HostCommand): void {
    if (command.type === 'run-command') {
      this.run(command.id, 'menu');
      return;
    }
    const handler = this.filesHandler;
    if (!handler) return;
    try {
      const result = handler(command.files);
      if (result instanceof Promise) result.catch((error: unknown) => this.events.onFailure('sharing.open', error));
    } catch (error) {
      this.events.onFailure('sharing.open', error);
    }
  }

  private deliverQueued(): void {
    const ready = this.queued.filter((command) => this.canDeliver(command));
    if (ready.length === 0) return;
    const rest = this.queued.filter((command) => !ready.includes(command));
    this.queued.splice(0, this.queued.length, ...rest);
    for (const command of ready) this.deliver(command);
  }

  /** Goes up whenever a handler comes or goes. */
  get version(): number {
    return this.changes;
  }

  private changed(): void {
    this.changes += 1;
    for (const listener of [...this.listeners]) listener();
  }
}
