// Remembers the folder the analyst last opened or saved in, so the next dialog starts there.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './jsonFile';

const folderMemorySchema = z.object({ lastFolder: z.string().min(1).max(4_096) });

export interface FolderMemory {
  /** The remembered folder if it still exists, else `fallback`. */
  folder(fallback: string): Promise<string>;
  /** Remembers the folder holding `filePath`; failures are logged by the caller, never fatal. */
  rememberFileIn(filePath: string): Promise<void>;
}

export function createFolderMemory(stateFile: string): FolderMemory {
  return {
    async folder(fallback: string): Promise<string> {
      const state = await readJsonFile(stateFile, folderMemorySchema);
      if (state === undefined || !path.isAbsolute(state.lastFolder)) return fallback;
      try {
        // A folder on an unplugged drive would make the dialog open somewhere arbitrary.
        return (await stat(state.lastFolder)).isDirectory() ? state.lastFolder : fallback;
      } catch {
        return fallback;
      }
    },
    async rememberFileIn(filePath: string): Promise<void> {
      await writeJsonFile(stateFile, { lastFolder: path.dirname(path.resolve(filePath)) });
    },
  };
}
