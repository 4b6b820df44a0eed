// The IPC channel names of the host bridge, apart from the zod schemas so the sandboxed preload
// can import them without bundling zod (hostBridge.ts re-exports them for everyone else).

/** IPC channel per bridge method: one named channel each, nothing generic. */
export const HOST_CHANNELS = {
  getAppInfo: 'host:get-app-info',
  openFiles: 'host:open-files',
  saveFile: 'host:save-file',
  printToPdf: 'host:print-to-pdf',
  sealSecret: 'host:seal-secret',
  openSecret: 'host:open-secret',
  command: 'host:command',
} as const;

/**
 * The browser bridge's BroadcastChannel for host commands: other tabs of the workbench in the same
 * profile (same origin only) post on it; each message is checked as the preload checks IPC.
 */
export const BROWSER_COMMAND_CHANNEL = 'dossier-workbench:host-commands';
