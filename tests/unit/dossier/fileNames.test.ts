import { describe, expect, it } from 'vitest';
import { fileNameFor } from '../../../renderer/features/dossier/export/fileNames';
import { saveFileRequestSchema } from '../../../shared/bridge/hostBridge';

describe('export file names', () => {
  it('keeps a readable title and always passes the host’s file-name check', () => {
    expect(fileNameFor('Baku and Tehran: "de-escalation"?', '.pdf')).toBe('Baku and Tehran de-escalation.pdf');
    expect(fileNameFor('../../etc/passwd', '.dossier')).toBe('etc passwd.dossier');
    expect(fileNameFor('   ', '.pdf')).toBe('dossier.pdf');
    expect(fileNameFor('x'.repeat(400), '.pdf')).toHaveLength(124);
    expect(fileNameFor('  ...hidden.  ', '.pdf')).toBe('hidden.pdf');
    for (const title of ['a/b\\c', 'tab\there', 'Ωμέγα — «test»', '...', 'CON']) {
      const name = fileNameFor(title, '.dossier');
      expect(saveFileRequestSchema.safeParse({ suggestedName: name, mediaType: 'text/plain', content: '' }).success).toBe(true);
    }
  });
});
