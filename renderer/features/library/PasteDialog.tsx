// Paste an article's text straight into the library.
import { useState, type ReactNode } from 'react';
import { Dialog } from '../../ui/Dialog';

interface PasteDialogProps {
  readonly onImport: (text: string, title: string) => Promise<boolean>;
  readonly onClose: () => void;
}

export function PasteDialog({ onImport, onClose }: PasteDialogProps): ReactNode {
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title="Paste an article" onClose={onClose}>
      <form
        className="form"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          const done = await onImport(text, title);
          setBusy(false);
          if (done) onClose();
        }}
      >
        <label>
          Title (optional)
          <input value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" />
        </label>
        <label>
          Article text
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={14} dir="auto" required />
        </label>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            Import text
          </button>
        </div>
      </form>
    </Dialog>
  );
}
