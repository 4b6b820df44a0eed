// Reads File objects (dropped on the window, or picked in a browser's file input) into the
// bridge's OpenedFile records, refusing oversized ones before reading them. Dropping works the
// same in both hosts, so this is not part of either bridge.
import { MAX_FILE_BYTES, type FilePurpose, type OpenedFile } from '../../shared/bridge/hostBridge';

export async function readBrowserFiles(files: readonly File[], purpose: FilePurpose): Promise<OpenedFile[]> {
  const limit = MAX_FILE_BYTES[purpose];
  return Promise.all(
    files.map(async (file): Promise<OpenedFile> => {
      if (file.size > limit) return { status: 'too-large', name: file.name, size: file.size, limit };
      return { status: 'read', name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
    }),
  );
}
