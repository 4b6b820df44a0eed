// Notices at the foot of the window: confirmations with an Undo button and error messages
// that stay until dismissed.
import type { ReactNode } from 'react';
import { IsolatedText } from './IsolatedText';
import type { Notice } from './workbenchContext';

interface NoticeAreaProps {
  readonly notices: readonly Notice[];
  readonly onDismiss: (id: number) => void;
}

export function NoticeArea({ notices, onDismiss }: NoticeAreaProps): ReactNode {
  return (
    <div className="notices" aria-label="Notifications" role="region">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <div className="notice-body">
            <p>
              <IsolatedText text={notice.message} />
            </p>
            {notice.details && notice.details.length > 0 && (
              <ul>
                {notice.details.map((line, index) => (
                  <li key={index}>
                    <IsolatedText text={line} />
                  </li>
                ))}
              </ul>
            )}
          </div>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                notice.action?.run();
                onDismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label="Dismiss notification" onClick={() => onDismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
