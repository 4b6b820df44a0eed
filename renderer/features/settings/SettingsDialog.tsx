// Settings: the analyst's name (recorded as author of annotations) and whether the browser
// keeps the library when space runs low.
import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/bridge/hostBridge';
import type { Settings } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';

interface SettingsDialogProps {
  readonly settings: Settings;
  readonly appInfo: AppInfo | null;
  readonly onSave: (changes: Partial<Settings>) => Promise<void>;
  readonly onRequestPersistence: () => Promise<void>;
  readonly onClose: () => void;
}

const PERSISTENCE_TEXT: Readonly<Record<Settings['storagePersistence'], string>> = {
  granted: 'Persistent: the library will not be cleared when disk space runs low.',
  denied: 'Not persistent: the browser may clear the library when disk space runs low. Export shared files as backups.',
  unsupported: 'This browser cannot make storage persistent. Export shared files as backups.',
  unknown: 'Not yet asked.',
};

export function SettingsDialog({ settings, appInfo, onSave, onRequestPersistence, onClose }: SettingsDialogProps): ReactNode {
  const [name, setName] = useState(settings.analystName);
  const [estimate, setEstimate] = useState<string>('');
  useEffect(() => {
    void navigator.storage?.estimate?.().then((e) => {
      if (e.usage !== undefined && e.quota) setEstimate(`${(e.usage / 1048576).toFixed(1)} MB used of ${(e.quota / 1048576).toFixed(0)} MB available`);
    });
  }, []);
  return (
    <Dialog title="Settings" onClose={onClose}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          await onSave({ analystName: name.trim() });
          onClose();
        }}
      >
        <label>
          Analyst name
          <input value={name} onChange={(e) => setName(e.target.value)} dir="auto" autoFocus />
        </label>
        <section aria-labelledby="storage-heading">
          <h3 id="storage-heading">Storage</h3>
          <p>{PERSISTENCE_TEXT[settings.storagePersistence]}</p>
          {estimate && <p>{estimate}</p>}
          {settings.storagePersistence !== 'granted' && settings.storagePersistence !== 'unsupported' && (
            <button type="button" onClick={() => void onRequestPersistence()}>
              Ask again for persistent storage
            </button>
          )}
        </section>
        {appInfo && (
          <p className="app-info">
            {appInfo.name} {appInfo.version} · {appInfo.host} · {appInfo.platform}
          </p>
        )}
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save settings
          </button>
        </div>
      </form>
    </Dialog>
  );
}
