// Renders build/icon.svg into the PNGs electron-builder needs (npm run icons): icon.png at 1024 px
// (converted to .icns / .ico for macOS and Windows) and the Linux set in icons/. Generated, not committed.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const buildDir = path.dirname(fileURLToPath(import.meta.url));

/** Sizes Linux desktops look up by name (hicolor theme); 256+ also covers the Windows .ico. */
export const LINUX_ICON_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];
export const SOURCE_ICON_SIZE = 1024;

function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Writes icon.png and icons/NxN.png under outDir; returns the paths written. */
export async function makeIcons(outDir = buildDir) {
  const svg = await readFile(path.join(buildDir, 'icon.svg'));
  await mkdir(path.join(outDir, 'icons'), { recursive: true });
  const written = [];
  const source = path.join(outDir, 'icon.png');
  await writeFile(source, renderPng(svg, SOURCE_ICON_SIZE));
  written.push(source);
  for (const size of LINUX_ICON_SIZES) {
    const file = path.join(outDir, 'icons', `${size}x${size}.png`);
    await writeFile(file, renderPng(svg, size));
    written.push(file);
  }
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const outDir = path.resolve(process.argv[2] ?? buildDir);
  const written = await makeIcons(outDir);
  console.log(`Rendered ${written.length} icons into ${path.relative(process.cwd(), outDir) || '.'}`);
}
