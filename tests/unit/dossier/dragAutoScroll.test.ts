// The pane scrolls only while a drag is held in the band at its top or bottom edge, faster nearer the edge.
import { describe, expect, it } from 'vitest';
import { edgeScrollStep } from '../../../renderer/features/dossier/compose/dragAutoScroll';

describe('edgeScrollStep', () => {
  it('does not scroll away from the edges', () => {
    expect(edgeScrollStep(400, 0, 800)).toBe(0);
    expect(edgeScrollStep(60, 0, 800)).toBe(0);
  });

  it('scrolls up near the top and down near the bottom, faster nearer the edge', () => {
    expect(edgeScrollStep(50, 0, 800)).toBeLessThan(0);
    expect(edgeScrollStep(760, 0, 800)).toBeGreaterThan(0);
    expect(edgeScrollStep(798, 0, 800)).toBeGreaterThan(edgeScrollStep(760, 0, 800));
    expect(edgeScrollStep(2, 0, 800)).toBeLessThan(edgeScrollStep(50, 0, 800));
  });

  it('narrows the band in a short pane, so its middle never scrolls', () => {
    expect(edgeScrollStep(100, 0, 200)).toBe(0);
    expect(edgeScrollStep(190, 0, 200)).toBeGreaterThan(0);
  });
});
