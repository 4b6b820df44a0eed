import { describe, expect, it } from 'vitest';
import { SentValues } from '../../../renderer/ui/richText/sentValues';

describe('SentValues', () => {
  it('knows its own saves when they come back, in order or skipped', () => {
    const sent = new SentValues();
    sent.record('a');
    sent.record('ab');
    sent.record('abc');
    expect(sent.isEcho('ab')).toBe(true);
    expect(sent.isEcho('abc')).toBe(true);
  });

  it('treats a value saved earlier but already passed as news (an undo putting it back)', () => {
    const sent = new SentValues();
    sent.record('draft');
    sent.record('final');
    expect(sent.isEcho('final')).toBe(true);
    expect(sent.isEcho('draft')).toBe(false);
  });

  it('treats a value it never saved as a change from elsewhere, after which its own saves are old news', () => {
    const sent = new SentValues();
    sent.record('mine');
    expect(sent.isEcho('theirs')).toBe(false);
    expect(sent.isEcho('mine')).toBe(false);
  });
});
