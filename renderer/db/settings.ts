// Analyst settings, one record per key in the settings table.
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/model';
import { db, type WorkbenchDatabase } from './database';
import { checkRecord } from './checkedWrite';
import { withStorageErrors } from './storageErrors';

const SETTINGS_KEY = 'settings';

export async function loadSettings(database: WorkbenchDatabase = db): Promise<Settings> {
  const record = await database.settings.get(SETTINGS_KEY);
  const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(record?.value ?? {}) });
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(changes: Partial<Settings>, database: WorkbenchDatabase = db): Promise<Settings> {
  return withStorageErrors(() =>
    database.transaction('rw', database.settings, async () => {
      const next = checkRecord(settingsSchema, { ...(await loadSettings(database)), ...changes }, 'settings');
      await database.settings.put({ key: SETTINGS_KEY, value: next });
      return next;
    }),
  );
}
