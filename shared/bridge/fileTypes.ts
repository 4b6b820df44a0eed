// The files the workbench opens, by purpose: one list read by the desktop's open dialog, the
// browser's file input, the drop target (article or shared file?) and the article reader choice.
import type { FilePurpose } from './hostBridge';

export interface FileType {
  /** What the open dialog calls them. */
  readonly name: string;
  /** Without the dot, lower case. */
  readonly extensions: readonly string[];
  readonly mediaTypes: readonly string[];
}

export const OPENED_FILE_TYPES: Readonly<Record<FilePurpose, FileType>> = {
  article: {
    name: 'Articles',
    extensions: ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'pdf', 'docx'],
    mediaTypes: ['text/plain', 'text/markdown', 'text/html', 'application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  },
  'shared-file': { name: 'Dossier files', extensions: ['dossier', 'json', 'jsonld'], mediaTypes: ['application/json', 'application/ld+json'] },
};

/** The extension of a file name, lower case, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Whether a dropped or opened file is a shared annotation file rather than an article. */
export function isSharedFileName(name: string): boolean {
  return OPENED_FILE_TYPES['shared-file'].extensions.includes(extensionOf(name));
}

/** The value of a file input's accept attribute for a purpose. */
export function acceptAttribute(purpose: FilePurpose): string {
  const type = OPENED_FILE_TYPES[purpose];
  return [...type.extensions.map((extension) => `.${extension}`), ...type.mediaTypes].join(',');
}
