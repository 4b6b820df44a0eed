// Title and author of a Word document from its package properties (docProps/core.xml), which
// mammoth does not read. Only that one entry is inflated, and only when it is small.
import { unzipSync } from 'fflate';

export interface DocxProperties {
  readonly title: string;
  readonly author: string;
}

/** core.xml is a few hundred bytes; a larger one is not worth reading for two fields. */
const MAX_CORE_BYTES = 64 * 1024;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) => {
      const value = code.startsWith('x') || code.startsWith('X') ? Number.parseInt(code.slice(1), 16) : Number.parseInt(code, 10);
      return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of the first element with this qualified name (dc:title, dc:creator). */
function elementText(xml: string, name: string): string {
  const match = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return match?.[1] ? decodeXmlText(match[1]) : '';
}

/** Empty fields when the package has no properties, or they cannot be read. */
export function readDocxProperties(bytes: Uint8Array): DocxProperties {
  try {
    const entries = unzipSync(bytes, { filter: (file) => file.name === 'docProps/core.xml' && file.originalSize <= MAX_CORE_BYTES });
    const core = entries['docProps/core.xml'];
    if (!core) return { title: '', author: '' };
    const xml = new TextDecoder('utf-8').decode(core);
    return { title: elementText(xml, 'dc:title'), author: elementText(xml, 'dc:creator') };
  } catch {
    return { title: '', author: '' };
  }
}
