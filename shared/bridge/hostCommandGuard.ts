// Checks a host command's shape where it enters the page (the Electron preload, the browser
// bridge's command channel), so a malformed message never reaches renderer code typed to trust
// it. No zod: it keeps the preload small.
import { isCommandId } from '../commands/registry';
import type { HostCommand, OpenedFile } from './hostBridge';

const MAX_FILES_PER_COMMAND = 20;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Readonly<Record<string, unknown>>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isFileName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 255;
}

export function isOpenedFile(value: unknown): value is OpenedFile {
  if (!isRecord(value) || !isFileName(value.name) || !isSize(value.size)) return false;
  if (value.status === 'read') {
    return (
      hasOnlyKeys(value, ['status', 'name', 'size', 'bytes']) &&
      value.bytes instanceof Uint8Array &&
      value.bytes.length === value.size
    );
  }
  if (value.status === 'too-large') {
    return hasOnlyKeys(value, ['status', 'name', 'size', 'limit']) && isSize(value.limit);
  }
  return false;
}

export function isHostCommand(value: unknown): value is HostCommand {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  if (value.type === 'run-command') return hasOnlyKeys(value, ['type', 'id']) && isCommandId(value.id);
  if (value.type === 'files-opened') {
    return (
      hasOnlyKeys(value, ['type', 'files']) &&
      Array.isArray(value.files) &&
      value.files.length <= MAX_FILES_PER_COMMAND &&
      value.files.every(isOpenedFile)
    );
  }
  return false;
}
