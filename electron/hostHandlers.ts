// What each host-bridge IPC call does in the main process. Every handler checks its sender and
// payload first; dialogs and windows come in as functions so this runs and tests without Electron.
import path from 'node:path';
import type { PrintToPDFOptions } from 'electron';
import {
  HOST_CHANNELS,
  openFilesRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  sealedSecretSchema,
  sealSecretRequestSchema,
  type AppInfo,
  type HostBridge,
  type PageSize,
  type SaveFileRequest,
  type SaveResult,
} from '../shared/bridge/hostBridge';
import { writeFileAtomic } from './atomicWrite';
import type { FolderMemory } from './folderMemory';
import { assertNoArguments, assertTrustedSender, assertUsableFileName, parseRequest, type SenderFrame } from './ipcValidation';
import type { MainLog } from './mainLog';
import { OPEN_DIALOG_FILTERS, readOpenedFiles, type DialogFilter } from './openedFiles';
import { openSecret, sealSecret, type SecretCipher } from './secretSealing';

/** The page that called; Electron's IpcMainInvokeEvent fits this shape. */
export interface HostInvokeEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
}

export interface FileDialogOptions {
  readonly title: string;
  readonly defaultPath: string;
  readonly filters: readonly DialogFilter[];
}

/** `Event` is the adapter's real event type, handed back to the dialogs so they can find the window. */
export interface HostHandlerDeps<Event extends HostInvokeEvent> {
  readonly appInfo: () => AppInfo;
  /** Resolves with no paths when the analyst cancels. */
  readonly chooseFilesToOpen: (
    event: Event,
    options: FileDialogOptions & { readonly multiple: boolean },
  ) => Promise<readonly string[]>;
  /** Resolves undefined when the analyst cancels. */
  readonly chooseSavePath: (event: Event, options: FileDialogOptions) => Promise<string | undefined>;
  readonly folderMemory: FolderMemory;
  /** Where dialogs start before any folder is remembered (the Documents folder). */
  readonly defaultFolder: () => string;
  readonly log: MainLog;
  /** Electron's safeStorage (the system keychain), for secrets at rest. */
  readonly secretCipher: SecretCipher;
}

export type InvokeChannel = Exclude<keyof typeof HOST_CHANNELS, 'command'>;

/** One handler per invoke channel, each returning what the contract's method promises. */
export type HostHandlers<Event extends HostInvokeEvent> = {
  readonly [Channel in InvokeChannel]: (event: Event, args: readonly unknown[]) => ReturnType<HostBridge[Channel]>;
};

export const INVOKE_CHANNELS: readonly InvokeChannel[] = ['getAppInfo', 'openFiles', 'saveFile', 'printToPdf', 'sealSecret', 'openSecret'];

const SAVE_FILTERS: Readonly<Record<SaveFileRequest['mediaType'], DialogFilter>> = {
  'application/vnd.dossier-workbench+json': { name: 'Dossier file', extensions: ['dossier'] },
  'application/json': { name: 'JSON', extensions: ['json'] },
  'application/ld+json': { name: 'JSON-LD', extensions: ['jsonld', 'json'] },
  'text/plain': { name: 'Text', extensions: ['txt'] },
  'text/csv': { name: 'CSV', extensions: ['csv'] },
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { name: 'Word document', extensions: ['docx'] },
};

/**
 * The print stylesheet owns the page: its @page rules set the paper size (preferred over
 * `pageSize`), the margins, and the running header and page numbers in page-margin boxes,
 * which Chromium draws only when its own header and footer are off.
 */
export function pdfOptionsFor(pageSize: PageSize): PrintToPDFOptions {
  return {
    pageSize,
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: false,
    // Used only by a page without @page margins of its own.
    margins: { top: 0.8, bottom: 0.8, left: 0.7, right: 0.7 },
    // Tags and an outline make the PDF navigable with a screen reader and by headings.
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

export function withPdfExtension(name: string): string {
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export function createHostHandlers<Event extends HostInvokeEvent>(deps: HostHandlerDeps<Event>): HostHandlers<Event> {
  async function startFolder(): Promise<string> {
    return deps.folderMemory.folder(deps.defaultFolder());
  }

  async function remember(filePath: string): Promise<void> {
    try {
      await deps.folderMemory.rememberFileIn(filePath);
    } catch (error) {
      deps.log.warn('Could not remember the last folder', error);
    }
  }

  async function saveWithDialog(
    event: Event,
    title: string,
    suggestedName: string,
    filter: DialogFilter,
    content: string | Uint8Array,
  ): Promise<SaveResult> {
    const target = await deps.chooseSavePath(event, {
      title,
      defaultPath: path.join(await startFolder(), suggestedName),
      filters: [filter],
    });
    if (target === undefined) return { status: 'cancelled' };
    await writeFileAtomic(target, content);
    await remember(target);
    deps.log.info(`Saved ${path.basename(target)} (${content.length} ${typeof content === 'string' ? 'characters' : 'bytes'})`);
    return { status: 'saved', name: path.basename(target) };
  }

  return {
    async getAppInfo(event, args) {
      assertTrustedSender(HOST_CHANNELS.getAppInfo, event.senderFrame);
      assertNoArguments(HOST_CHANNELS.getAppInfo, args);
      return deps.appInfo();
    },

    async openFiles(event, args) {
      assertTrustedSender(HOST_CHANNELS.openFiles, event.senderFrame);
      const request = parseRequest(HOST_CHANNELS.openFiles, openFilesRequestSchema, args);
      const paths = await deps.chooseFilesToOpen(event, {
        title: request.purpose === 'article' ? 'Import article' : 'Open shared file',
        defaultPath: await startFolder(),
        filters: OPEN_DIALOG_FILTERS[request.purpose],
        multiple: request.multiple,
      });
      const picked = request.multiple ? paths : paths.slice(0, 1);
      const first = picked[0];
      if (first === undefined) return [];
      const files = await readOpenedFiles(picked, request.purpose);
      await remember(first);
      return files;
    },

    async saveFile(event, args) {
      assertTrustedSender(HOST_CHANNELS.saveFile, event.senderFrame);
      const request = parseRequest(HOST_CHANNELS.saveFile, saveFileRequestSchema, args);
      assertUsableFileName(HOST_CHANNELS.saveFile, request.suggestedName);
      return saveWithDialog(event, 'Save', request.suggestedName, SAVE_FILTERS[request.mediaType], request.content);
    },

    async printToPdf(event, args) {
      assertTrustedSender(HOST_CHANNELS.printToPdf, event.senderFrame);
      const request = parseRequest(HOST_CHANNELS.printToPdf, printToPdfRequestSchema, args);
      assertUsableFileName(HOST_CHANNELS.printToPdf, request.suggestedName);
      // Print before asking where to save, so the PDF shows the page as it was when asked for.
      const pdf = await event.sender.printToPDF(pdfOptionsFor(request.pageSize));
      return saveWithDialog(
        event,
        'Export dossier as PDF',
        withPdfExtension(request.suggestedName),
        { name: 'PDF', extensions: ['pdf'] },
        pdf,
      );
    },

    async sealSecret(event, args) {
      assertTrustedSender(HOST_CHANNELS.sealSecret, event.senderFrame);
      const request = parseRequest(HOST_CHANNELS.sealSecret, sealSecretRequestSchema, args);
      return sealSecret(deps.secretCipher, request.text);
    },

    async openSecret(event, args) {
      assertTrustedSender(HOST_CHANNELS.openSecret, event.senderFrame);
      return openSecret(deps.secretCipher, parseRequest(HOST_CHANNELS.openSecret, sealedSecretSchema, args));
    },
  };
}
