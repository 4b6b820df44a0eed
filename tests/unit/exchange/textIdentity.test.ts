// One text, one hash: text that would not survive UTF-8 is replaced before hashing (articles) or
// refused (shared files), so "\ud800" and U+FFFD can no longer share a hash.
import { describe, expect, it } from 'vitest';
import { parseExchangeText } from '../../../shared/exchange';
import { draftFromPlainText } from '../../../shared/import/articleDraft';
import { normaliseText } from '../../../shared/text/normalise';
import { sha256Hex } from '../../../shared/text/sha256';
import { hasLoneSurrogate } from '../../../shared/text/wellFormed';

describe('text identity', () => {
  it('refuses to hash a lone surrogate rather than hash it as U+FFFD', async () => {
    await expect(sha256Hex('a\ud800b')).rejects.toThrow(/lone surrogate/);
    expect(await sha256Hex('a\uD83D\uDE00b')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('normalising replaces lone surrogates, so the stored text is what was hashed', async () => {
    expect(normaliseText('x\ud800y\udc00z')).toBe('x\uFFFDy\uFFFDz');
    const draft = await draftFromPlainText('Pasted \ud800 text', 'paste');
    expect(hasLoneSurrogate(draft.text)).toBe(false);
    expect(draft.textHash).toBe(await sha256Hex(draft.text));
  });

  it('tells a pair from a lone half', () => {
    expect(hasLoneSurrogate('\uD83D\uDE00')).toBe(false);
    expect(hasLoneSurrogate('\uDE00\uD83D')).toBe(true);
    expect(hasLoneSurrogate('plain')).toBe(false);
  });

  it('a shared file with a lone surrogate anywhere is refused at its path', async () => {
    const result = await parseExchangeText('{"format":"dossier-workbench","version":1,"exportedBy":{"name":"\\ud800"}}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('$.exportedBy.name');
  });
});
