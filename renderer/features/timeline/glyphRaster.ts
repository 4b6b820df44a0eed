// Paints the timeline's shapes into the canvas's pixels in JavaScript, put on the canvas with one
// putImageData a frame. Without a GPU the canvas rasterises its calls when the frame commits, and a
// zoomed-out wheel step's thousands of small fills and stamps took most of its frame there.
// Coordinates are CSS pixels, rounded to whole device pixels (as the stamped dots always were).

/** The pixels painted: an ImageData in the window, any RGBA buffer in tests. */
export interface PixelImage {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

export interface Colour {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** '#rrggbb' or '#rgb' as its channels. */
export function colourOf(hex: string): Colour {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1, 7);
  const value = Number.parseInt(digits, 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** Coverage (0–1) of a disc of `radius` device pixels in a square of `size`, sampled 4 × 4 per pixel so its edge is smooth. */
function discCoverage(size: number, radius: number): Float32Array {
  const coverage = new Float32Array(size * size);
  const centre = size / 2;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let inside = 0;
      for (let sy = 0; sy < 4; sy += 1) {
        for (let sx = 0; sx < 4; sx += 1) {
          const dx = x + (sx + 0.5) / 4 - centre;
          const dy = y + (sy + 0.5) / 4 - centre;
          if (dx * dx + dy * dy <= radius * radius) inside += 1;
        }
      }
      coverage[y * size + x] = inside / 16;
    }
  }
  return coverage;
}

export class GlyphRaster<Image extends PixelImage = PixelImage> {
  readonly image: Image;
  /** Device pixels per CSS pixel. */
  readonly ratio: number;
  private readonly disc: Float32Array;
  private readonly discSize: number;
  private readonly dotRadius: number;
  /** The pixels as 32-bit words, for filling a run of pixels at once. */
  private readonly words: Uint32Array;
  private readonly scratch = new Uint8ClampedArray(4);
  private readonly scratchWord = new Uint32Array(this.scratch.buffer);

  constructor(image: Image, ratio: number, dotRadius: number) {
    this.image = image;
    this.ratio = ratio;
    this.dotRadius = dotRadius;
    this.discSize = Math.ceil(dotRadius * 2 * ratio);
    this.disc = discCoverage(this.discSize, dotRadius * ratio);
    this.words = new Uint32Array(image.data.buffer, image.data.byteOffset, image.data.byteLength >> 2);
  }

  /** Every pixel transparent. */
  clear(): void {
    this.image.data.fill(0);
  }

  /** Source-over of `colour` at `alpha` on the pixel `below` (straight alpha, as ImageData holds it), as a word. */
  private blendWord(below: number, colour: Colour, alpha: number): number {
    const bytes = this.scratch;
    this.scratchWord[0] = below;
    const kept = ((bytes[3] ?? 0) / 255) * (1 - alpha);
    const scale = 1 / (alpha + kept);
    bytes[0] = (colour.r * alpha + (bytes[0] ?? 0) * kept) * scale;
    bytes[1] = (colour.g * alpha + (bytes[1] ?? 0) * kept) * scale;
    bytes[2] = (colour.b * alpha + (bytes[2] ?? 0) * kept) * scale;
    bytes[3] = (alpha + kept) * 255;
    return this.scratchWord[0] ?? 0;
  }

  /** The 32-bit word of a pixel of `colour` at `alpha`, in the buffer's own byte order. */
  private wordOf(colour: Colour, alpha: number): number {
    const bytes = this.scratch;
    bytes[0] = colour.r;
    bytes[1] = colour.g;
    bytes[2] = colour.b;
    bytes[3] = alpha * 255;
    return this.scratchWord[0] ?? 0;
  }

  /**
   * Fills a rectangle (CSS pixels) at least one device pixel wide and high, left of `clipLeft`
   * cut off; with `dash`, only the pixels of every other `dash` CSS pixels from the canvas's left
   * edge (a dashed edge, as a repeating pattern drew it). Whole words where nothing shows through:
   * a zoomed-in year bar covers the figure's width in every frame.
   */
  fillRect(x: number, y: number, width: number, height: number, colour: Colour, alpha = 1, clipLeft = 0, dash = 0): void {
    const { ratio, words } = this;
    const { width: columns, height: rows } = this.image;
    let left = Math.round(x * ratio);
    let right = Math.max(left + 1, Math.round((x + width) * ratio));
    let top = Math.round(y * ratio);
    let bottom = Math.max(top + 1, Math.round((y + height) * ratio));
    left = Math.max(left, Math.round(clipLeft * ratio), 0);
    right = Math.min(right, columns);
    top = Math.max(top, 0);
    bottom = Math.min(bottom, rows);
    if (left >= right || top >= bottom) return;
    const word = this.wordOf(colour, alpha);
    const period = dash * ratio;
    for (let row = top; row < bottom; row += 1) {
      const base = row * columns;
      if (period > 0) {
        for (let column = left; column < right; column += 1) if (Math.floor(column / period) % 2 === 0) words[base + column] = word;
      } else if (alpha >= 1) {
        words.fill(word, base + left, base + right);
      } else {
        // Nothing below: the colour at this alpha, as one word; over the same pixel as the last one, the same result.
        let lastBelow = -1;
        let lastResult = 0;
        for (let at = base + left; at < base + right; at += 1) {
          const below = words[at] ?? 0;
          if (below === 0) words[at] = word;
          else if (below === lastBelow) words[at] = lastResult;
          else {
            lastBelow = below;
            lastResult = this.blendWord(below, colour, alpha);
            words[at] = lastResult;
          }
        }
      }
    }
  }

  /** A dot (a smooth-edged disc) whose box starts at (left, top), in whole CSS pixels; left of `clipLeft` cut off. */
  dot(left: number, top: number, colour: Colour, clipLeft = 0): void {
    const { ratio, discSize: size, disc, words } = this;
    const { width: columns, height: rows } = this.image;
    const word = this.wordOf(colour, 1);
    const x0 = Math.round(left * ratio);
    const y0 = Math.round(top * ratio);
    const clip = Math.round(clipLeft * ratio);
    for (let y = 0; y < size; y += 1) {
      const row = y0 + y;
      if (row < 0 || row >= rows) continue;
      for (let x = 0; x < size; x += 1) {
        const column = x0 + x;
        const coverage = disc[y * size + x] ?? 0;
        if (coverage === 0 || column < clip || column < 0 || column >= columns) continue;
        const at = row * columns + column;
        const below = words[at] ?? 0;
        words[at] = coverage === 1 ? word : below === 0 ? this.wordOf(colour, coverage) : this.blendWord(below, colour, coverage);
      }
    }
  }

  /** The dot's size in CSS pixels, as `dot` draws it. */
  get dotSize(): number {
    return this.dotRadius * 2;
  }
}
