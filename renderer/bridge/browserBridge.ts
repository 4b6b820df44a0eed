// The host bridge for a plain browser page: file inputs to open, downloads to save,
// the page's own print dialog to make a PDF.
import { acceptAttribute } from '../../shared/bridge/fileTypes';
import { isHostCommand } from '../../shared/bridge/hostCommandGuard';
import { BROWSER_COMMAND_CHANNEL } from '../../shared/bridge/hostChannels';
import { checkBridgeRequest } from '../../shared/bridge/requestCheck';
import { readBrowserFiles } from './readBrowserFiles';
import {
  openFilesRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  sealedSecretSchema,
  sealSecretRequestSchema,
  type AppInfo,
  type HostBridge,
  type HostCommand,
  type OpenFilesRequest,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type SaveResult,
  type SealedSecret,
  type SealSecretRequest,
} from '../../shared/bridge/hostBridge';


function pickFiles(request: OpenFilesRequest): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(request.purpose);
    input.multiple = request.multiple;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve([]);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function deliver(listener: (command: HostCommand) => void, command: HostCommand): void {
  try {
    listener(command);
  } catch (error) {
    // One faulty listener must not stop the others from hearing the command.
    console.error('Dossier Workbench: a host command listener failed', error);
  }
}

export function createBrowserBridge(): HostBridge {
  const listeners = new Set<(command: HostCommand) => void>();
  // In a browser the host is the browser itself: another tab of the workbench can hand this one a
  // command or opened files, as a second launch of the desktop app hands them to the first.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(BROWSER_COMMAND_CHANNEL) : null;
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isHostCommand(event.data)) {
      console.warn('Dossier Workbench: ignored a malformed host command');
      return;
    }
    for (const listener of [...listeners]) deliver(listener, event.data);
  });
  return {
    host: 'browser',
    getAppInfo: async (): Promise<AppInfo> => ({
      name: 'Dossier Workbench',
      version: import.meta.env.VITE_APP_VERSION ?? '0.0.0',
      platform: navigator.platform || 'web',
      host: 'browser',
    }),
    openFiles: async (raw) => {
      const request = checkBridgeRequest('openFiles', openFilesRequestSchema, raw);
      return readBrowserFiles(await pickFiles(request), request.purpose);
    },
    saveFile: async (raw: SaveFileRequest): Promise<SaveResult> => {
      const request = checkBridgeRequest('saveFile', saveFileRequestSchema, raw);
      const content = typeof request.content === 'string' ? request.content : request.content.slice();
      const url = URL.createObjectURL(new Blob([content], { type: request.mediaType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { status: 'saved', name: request.suggestedName };
    },
    printToPdf: async (raw: PrintToPdfRequest): Promise<SaveResult> => {
      const request = checkBridgeRequest('printToPdf', printToPdfRequestSchema, raw);
      const previousTitle = document.title;
      document.title = request.suggestedName.replace(/\.pdf$/i, '');
      window.print();
      document.title = previousTitle;
      return { status: 'saved', name: request.suggestedName };
    },
    // A page has no keychain to seal with: the secret is kept as typed, in this profile's storage.
    sealSecret: async (raw: SealSecretRequest): Promise<SealedSecret> => ({ scheme: 'plain', text: checkBridgeRequest('sealSecret', sealSecretRequestSchema, raw).text }),
    openSecret: async (raw: SealedSecret): Promise<string> => {
      const sealed = checkBridgeRequest('openSecret', sealedSecretSchema, raw);
      if (sealed.scheme === 'plain') return sealed.text;
      throw new Error('The stored token was sealed by the desktop app’s keychain and cannot be read in a browser: enter it again.');
    },
    onCommand: (listener) => {
      if (typeof listener !== 'function') throw new TypeError('onCommand: refused, the listener must be a function');
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
