// pdf.js's predefined CMaps, bundled with the app: a PDF whose Chinese, Japanese or Korean text
// uses a font it does not embed names one of Adobe's standard encodings (UniGB-UCS2-H, say), and
// without the CMap pdf.js reads no text from it at all, so the import would call it a scan.
// Vite emits each file as an asset of the build (never inlined: the CSP's connect-src does not
// allow fetching data: URLs); pdf.js asks for one only when a PDF names it.

const CMAP_URLS: Readonly<Record<string, string>> = import.meta.glob<string>('../../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});

const BY_FILE_NAME: ReadonlyMap<string, string> = new Map(Object.entries(CMAP_URLS).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]));

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * pdf.js's `BinaryDataFactory` (its constructor takes the URL options, unused here): CMaps from
 * the bundle. Standard font data is not shipped: the window draws those fonts with system fonts
 * (pdf.js's `useSystemFonts`), and text extraction does not need their glyphs.
 */
export class BundledPdfData {
  async fetch({ kind, filename }: { readonly kind: string; readonly filename: string }): Promise<Uint8Array> {
    const url = kind === 'cMapUrl' ? BY_FILE_NAME.get(filename) : undefined;
    if (!url) throw new Error(`pdf.js asked for ${kind} ${filename}, which the app does not ship`);
    return bytesOf(url);
  }
}
