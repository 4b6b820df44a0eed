// The pane scrolls only while a drag is held in the band at its top or bottom edge, faster nearer the edge.
import { describe, expect, it } from 'vitest';
import { edgeScrollSpeed } from '../../../renderer/features/dossier/compose/dragAutoScroll';

describe('edgeScrollSpeed', () => {
  it('does not scroll away from the edges', () => {
    expect(edgeScrollSpeed(400, 0, 800)).toBe(0);
    expect(edgeScrollSpeed(60, 0, 800)).toBe(0);
  });

  it('scrolls up near the top and down near the bottom, faster nearer the edge', () => {
    expect(edgeScrollSpeed(50, 0, 800)).toBeLessThan(0);
    expect(edgeScrollSpeed(760, 0, 800)).toBeGreaterThan(0);
    expect(edgeScrollSpeed(798, 0, 800)).toBeGreaterThan(edgeScrollSpeed(760, 0, 800));
    expect(edgeScrollSpeed(2, 0, 800)).toBeLessThan(edgeScrollSpeed(50, 0, 800));
  });

  it('narrows the band in a short pane, so its middle never scrolls', () => {
    expect(edgeScrollSpeed(100, 0, 200)).toBe(0);
    expect(edgeScrollSpeed(190, 0, 200)).toBeGreaterThan(0);
  });
});
