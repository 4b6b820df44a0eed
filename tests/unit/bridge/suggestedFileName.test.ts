import { describe, expect, it } from 'vitest';
import { suggestedFileName } from '../../../shared/bridge/suggestedFileName';
import { saveFileRequestSchema } from '../../../shared/bridge/hostBridge';

describe('export file names', () => {
  it('keeps a readable title and always passes the host’s file-name check', () => {
    expect(suggestedFileName('Baku and Tehran: "de-escalation"?', '.pdf')).toBe('Baku and Tehran de-escalation.pdf');
    expect(suggestedFileName('../../etc/passwd', '.dossier')).toBe('etc passwd.dossier');
    expect(suggestedFileName('   ', '.pdf')).toBe('dossier.pdf');
    expect(suggestedFileName('x'.repeat(400), '.pdf')).toHaveLength(124);
    expect(suggestedFileName('  ...hidden.  ', '.pdf')).toBe('hidden.pdf');
    for (const title of ['a/b\\c', 'tab\there', 'Ωμέγα — «test»', '...', 'CON']) {
      const name = suggestedFileName(title, '.dossier');
      expect(saveFileRequestSchema.safeParse({ suggestedName: name, mediaType: 'text/plain', content: '' }).success).toBe(true);
    }
  });
});
