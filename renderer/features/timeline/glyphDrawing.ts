// Draws one kind's glyph lists (boxes as left, top, width, height, in CSS pixels): dots and
// capsules, solid bars, pale bars with a dashed edge. Into a GlyphRaster's pixels in the window;
// as canvas calls where there is none (unit tests, which read the calls).
import { colourOf, type GlyphRaster } from './glyphRaster';

export const DOT_RADIUS = 4.5;
const DASH = 3;
/** Alpha of a precise span's bar and of an approximate date's pale fill. */
const BAR_ALPHA = 0xcc / 255;
const PALE_ALPHA = 0x40 / 255;

/** One kind's boxes to draw, by shape. */
export interface GlyphLists {
  readonly colour: string;
  readonly dots: readonly number[];
  readonly bars: readonly number[];
  readonly fuzzy: readonly number[];
}

/** Into the raster: the same shapes as the canvas calls below, on whole device pixels, left of `clipLeft` cut off. */
export function paintGlyphs(raster: GlyphRaster, { colour, dots, bars, fuzzy }: GlyphLists, clipLeft: number): void {
  const solid = colourOf(colour);
  const size = raster.dotSize;
  for (let i = 0; i < dots.length; i += 4) {
    const left = Math.round((dots[i] ?? 0) - DOT_RADIUS);
    const top = Math.round((dots[i + 1] ?? 0) + (dots[i + 3] ?? 0) / 2 - DOT_RADIUS);
    const width = Math.round(dots[i + 2] ?? 0);
    raster.dot(left, top, solid, clipLeft);
    if (width < 1) continue;
    raster.fillRect(left + DOT_RADIUS, top, width, size, solid, 1, clipLeft);
    raster.dot(left + width, top, solid, clipLeft);
  }
  for (let i = 0; i < bars.length; i += 4) raster.fillRect(bars[i] ?? 0, bars[i + 1] ?? 0, bars[i + 2] ?? 0, bars[i + 3] ?? 0, solid, BAR_ALPHA, clipLeft);
  for (let i = 0; i < fuzzy.length; i += 4) {
    const [left, top, width, height] = [fuzzy[i] ?? 0, fuzzy[i + 1] ?? 0, fuzzy[i + 2] ?? 0, fuzzy[i + 3] ?? 0];
    raster.fillRect(left, top, width, height, solid, PALE_ALPHA, clipLeft);
    raster.fillRect(left, top, width, 1, solid, 1, clipLeft, DASH);
    raster.fillRect(left, top + height - 1, width, 1, solid, 1, clipLeft, DASH);
    raster.fillRect(left, top + DASH, 1, height - 2 * DASH, solid, 1, clipLeft);
    raster.fillRect(left + width - 1, top + DASH, 1, height - 2 * DASH, solid, 1, clipLeft);
  }
}

/** As canvas calls (the context clips): a dot an arc, a bar a rectangle, a pale bar's edge a dashed stroke. */
export function drawGlyphPaths(context: CanvasRenderingContext2D, { colour, dots, bars, fuzzy }: GlyphLists): void {
  if (dots.length > 0) {
    context.fillStyle = colour;
    context.beginPath();
    for (let i = 0; i < dots.length; i += 4) {
      const left = dots[i] ?? 0;
      const width = dots[i + 2] ?? 0;
      const middle = (dots[i + 1] ?? 0) + (dots[i + 3] ?? 0) / 2;
      context.moveTo(left + DOT_RADIUS, middle);
      context.arc(left, middle, DOT_RADIUS, 0, 2 * Math.PI);
      if (width < 1) continue;
      context.rect(left, middle - DOT_RADIUS, width, DOT_RADIUS * 2);
      context.moveTo(left + width + DOT_RADIUS, middle);
      context.arc(left + width, middle, DOT_RADIUS, 0, 2 * Math.PI);
    }
    context.fill();
  }
  context.fillStyle = `${colour}cc`;
  for (let i = 0; i < bars.length; i += 4) context.fillRect(bars[i] ?? 0, bars[i + 1] ?? 0, bars[i + 2] ?? 0, bars[i + 3] ?? 0);
  if (fuzzy.length === 0) return;
  context.fillStyle = `${colour}40`;
  for (let i = 0; i < fuzzy.length; i += 4) context.fillRect(fuzzy[i] ?? 0, fuzzy[i + 1] ?? 0, fuzzy[i + 2] ?? 0, fuzzy[i + 3] ?? 0);
  context.setLineDash([DASH, DASH]);
  context.strokeStyle = colour;
  for (let i = 0; i < fuzzy.length; i += 4) context.strokeRect((fuzzy[i] ?? 0) + 0.5, (fuzzy[i + 1] ?? 0) + 0.5, (fuzzy[i + 2] ?? 0) - 1, (fuzzy[i + 3] ?? 0) - 1);
  context.setLineDash([]);
}
