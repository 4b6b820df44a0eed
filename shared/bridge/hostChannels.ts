// The IPC channel names of the host bridge, apart from the zod schemas so the sandboxed preload
// can import them without bundling zod (hostBridge.ts re-exports them for everyone else).

/** IPC channel per bridge method: one named channel each, nothing generic. */
export const HOST_CHANNELS = {
  getAppInfo: 'host:get-app-info',
  openFiles: 'host:open-files',
  saveFile: 'host:save-file',
  printToPdf: 'host:print-to-pdf',
  command: 'host:command',
} as const;
