// Settings: the analyst's name (recorded as author of annotations), whether the browser keeps
// the library when space runs low, and team sync.
import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/bridge/hostBridge';
import { settingsSchema, type Settings } from '../../../shared/model';
import { Dialog } from '../../ui/Dialog';
import { FieldProblem } from '../../ui/FieldProblem';
import { limitProblem } from '../../ui/fieldLimits';
import { errorMessage } from '../../ui/workbenchContext';
import { TeamSyncSection } from './TeamSyncSection';

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
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const nameProblem = limitProblem(settingsSchema.shape.analystName, name.trim());
  useEffect(() => {
    // The estimate is a nicety: without it the dialog simply does not show one.
    void navigator.storage
      ?.estimate?.()
      .then((e) => {
        if (e.usage !== undefined && e.quota) setEstimate(`${(e.usage / 1048576).toFixed(1)} MB used of ${(e.quota / 1048576).toFixed(0)} MB available`);
      })
      .catch(() => setEstimate(''));
  }, []);
  return (
    <Dialog title="Settings" onClose={onClose}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          if (nameProblem) return;
          try {
            await onSave({ analystName: name.trim() });
            onClose();
          } catch (error) {
            setSaveProblem(`The settings were not saved: ${errorMessage(error)}`);
          }
        }}
      >
        <label>
          Analyst name
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            dir="auto"
            autoFocus
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby="analyst-name-problem"
          />
          <FieldProblem id="analyst-name-problem" problem={nameProblem} />
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
          <button type="submit" className="primary" aria-disabled={nameProblem ? true : undefined}>
            Save settings
          </button>
        </div>
        {saveProblem && (
          <p role="alert" className="form-problems">
            {saveProblem}
          </p>
        )}
      </form>
      {/* Outside the form: Enter in its fields must not save and close the dialog. */}
      <TeamSyncSection analystName={settings.analystName} onError={setSaveProblem} />
    </Dialog>
  );
}
