// The line pairing that tells re-anchoring where to look first.
import { describe, expect, it } from 'vitest';
import { mapOffsets } from '../../../shared/versions/offsetMap';

describe('mapOffsets', () => {
  it('maps offsets in unchanged lines past an inserted and a changed line', () => {
    const before = 'First line.\nSecond line, edited later.\nThird line.\nFourth line.';
    const after = 'First line.\nAn added line.\nSecond line, edited since.\nThird line.\nFourth line.';
    const map = mapOffsets(before, after);
    expect(map.toNew(before.indexOf('First'))).toBe(0);
    expect(map.toNew(before.indexOf('line.', before.indexOf('Third')))).toBe(after.indexOf('line.', after.indexOf('Third')));
    expect(map.toNew(before.indexOf('Fourth'))).toBe(after.indexOf('Fourth'));
  });

  it('maps offsets inside an edited line exactly before and after the edit', () => {
    const before = 'Title.\nTehran said on Monday that the strike was deliberate, citing images.\nEnd.';
    const after = 'Title.\nTehran said on Monday that the strike was reportedly deliberate, citing images.\nEnd.';
    const map = mapOffsets(before, after);
    expect(map.toNew(before.indexOf('on Monday'))).toBe(after.indexOf('on Monday'));
    expect(map.toNew(before.indexOf('citing'))).toBe(after.indexOf('citing'));
  });

  it('stays inside the new text when nothing pairs', () => {
    const map = mapOffsets('a long earlier text', 'short');
    expect(map.toNew(15)).toBeLessThanOrEqual(5);
  });
});
