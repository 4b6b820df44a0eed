// Start-up: the sample library on first run, the analyst's settings, the persistent-storage
// request, and the host's name and version. Failures are said, never swallowed.
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/bridge/hostBridge';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/model';
import { hostBridge } from '../bridge/hostBridge';
import { loadSettings, saveSettings } from '../db/settings';
import { seedSampleLibrary } from '../features/library/samples';
import { requestPersistentStorage } from '../features/settings/storagePersistence';
import { errorMessage, useWorkbench } from '../ui/workbenchContext';
import { prepareExchangeWorker } from '../workers/exchangeClient';
import { resumeTeamSync } from '../sync/teamSyncToken';

export interface Startup {
  readonly settings: Settings;
  readonly setSettings: (settings: Settings) => void;
  readonly appInfo: AppInfo | null;
  /** False until the stored settings are read: nothing asks for a name before then. */
  readonly settingsLoaded: boolean;
}

export function useStartup(): Startup {
  const { notify, setStatus } = useWorkbench();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [settingsLoaded, setSettingsLoaded] = useState(false);

  useEffect(() => {
    const openLibrary = async (): Promise<void> => {
      const added = await seedSampleLibrary();
      if (added) setStatus(`Welcome: ${added} sample articles are in the library.`);
      let loaded = await loadSettings();
      if (loaded.storagePersistence === 'unknown') {
        loaded = await saveSettings({ storagePersistence: await requestPersistentStorage() });
      }
      setSettings(loaded);
      setSettingsLoaded(true);
      prepareExchangeWorker();
      // Team sync comes back on if the analyst left it connected (Settings → Team sync).
      await resumeTeamSync(loaded.analystName, (error) => notify({ tone: 'error', message: `Team sync: ${errorMessage(error)}` }));
    };
    openLibrary().catch((error: unknown) => notify({ tone: 'error', message: `The library could not be opened: ${errorMessage(error)}` }));
    hostBridge
      .getAppInfo()
      .then(setAppInfo)
      .catch((error: unknown) => notify({ tone: 'error', message: `The app's version could not be read: ${errorMessage(error)}` }));
  }, [notify, setStatus]);

  return { settings, setSettings, appInfo, settingsLoaded };
}
