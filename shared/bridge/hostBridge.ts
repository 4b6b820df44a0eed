// The host-bridge contract: the one typed API through which the renderer asks for anything
// outside the page. The Electron preload and the browser bridge both implement it; the
// payload schemas are what the main process checks every IPC message against.
import { z } from 'zod';
import type { CommandId } from '../commands/registry';

export const FILE_PURPOSES = ['article', 'shared-file'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Largest file the host reads for each purpose; anything bigger is refused before reading. */
export const MAX_FILE_BYTES: Readonly<Record<FilePurpose, number>> = {
  article: 10 * 1024 * 1024,
  'shared-file': 200 * 1024 * 1024,
};

export const openFilesRequestSchema = z.strictObject({
  purpose: z.enum(FILE_PURPOSES),
  multiple: z.boolean(),
});
export type OpenFilesRequest = z.infer<typeof openFilesRequestSchema>;

export type OpenedFile =
  | { readonly status: 'read'; readonly name: string; readonly size: number; readonly bytes: Uint8Array }
  | { readonly status: 'too-large'; readonly name: string; readonly size: number; readonly limit: number };

const fileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\:*?"<>|\u0000-\u001f]+$/, 'must be a plain file name without folders');

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileName,
  mediaType: z.enum(['application/json', 'application/vnd.dossier-workbench+json', 'application/ld+json', 'text/plain', 'text/csv', 'application/pdf', DOCX_MEDIA_TYPE]),
  /** Text, or the bytes of an article's original file (Save original file…). */
  content: z.union([z.string().max(512 * 1024 * 1024), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 512 * 1024 * 1024, 'must be at most 512 MB')]),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const PAGE_SIZES = ['A4', 'Letter'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export const printToPdfRequestSchema = z.strictObject({
  suggestedName: fileName,
  pageSize: z.enum(PAGE_SIZES),
});
export type PrintToPdfRequest = z.infer<typeof printToPdfRequestSchema>;

export const sealSecretRequestSchema = z.strictObject({
  text: z.string().min(1).max(2_000),
});
export type SealSecretRequest = z.infer<typeof sealSecretRequestSchema>;

/**
 * A secret (a team token) as it is kept at rest: encrypted by the operating system's keychain
 * (Electron's safeStorage: Keychain, DPAPI, libsecret/kwallet), base64; or as typed where the host
 * has no keychain to offer (a browser, or a desktop without one).
 */
export const sealedSecretSchema = z.discriminatedUnion('scheme', [
  z.strictObject({ scheme: z.literal('os-keychain'), data: z.base64().max(8_000) }),
  z.strictObject({ scheme: z.literal('plain'), text: sealSecretRequestSchema.shape.text }),
]);
export type SealedSecret = z.infer<typeof sealedSecretSchema>;

export type SaveResult =
  | { readonly status: 'saved'; readonly name: string }
  | { readonly status: 'cancelled' };

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly platform: string;
  readonly host: 'electron' | 'browser';
}

/**
 * What the host sends the page: a registry command chosen in the desktop menu, or files the
 * system opened with the app (a second launch, a double-click, the command line).
 */
export type HostCommand =
  | { readonly type: 'run-command'; readonly id: CommandId }
  | { readonly type: 'files-opened'; readonly files: readonly OpenedFile[] };

export interface HostBridge {
  readonly host: 'electron' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Asks the analyst for files; resolves with none when they cancel. */
  openFiles(request: OpenFilesRequest): Promise<readonly OpenedFile[]>;
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  /** Prints the current page (its print stylesheet) to a PDF the analyst saves. */
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
  /** Seals a secret for keeping at rest: encrypted by the system's keychain where the host has one. */
  sealSecret(request: SealSecretRequest): Promise<SealedSecret>;
  /** The secret a `sealSecret` result holds; fails when this host cannot open it (another machine's keychain). */
  openSecret(sealed: SealedSecret): Promise<string>;
  /** Subscribes to host commands; returns the unsubscribe function. */
  onCommand(listener: (command: HostCommand) => void): () => void;
}

/** IPC channel per bridge method; defined in hostChannels.ts so the preload can skip zod. */
export { HOST_CHANNELS } from './hostChannels';
