import { describe, expect, it } from 'vitest';
import { checkArticleSize, decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../../shared/import/decode';
import { detectArticleFormat } from '../../../shared/import/formats';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeArticleBytes', () => {
  it('decodes UTF-8 text, Azerbaijani and Persian included', () => {
    const result = decodeArticleBytes('a.txt', utf8('Naxçıvan — نخجوان'));
    expect(result).toEqual({ ok: true, text: 'Naxçıvan — نخجوان' });
  });

  it('names a 0-byte file as empty', () => {
    expect(decodeArticleBytes('empty.txt', new Uint8Array())).toEqual({ ok: false, problem: 'empty.txt is empty (0 bytes).' });
  });

  it('names a whitespace-only file as containing no text', () => {
    expect(decodeArticleBytes('blank.txt', utf8('\uFEFF \n\t\n'))).toEqual({ ok: false, problem: 'blank.txt contains no text.' });
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const result = decodeArticleBytes('photo.png', png);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toBe('photo.png looks like a binary file, not text (it contains NUL bytes).');
  });

  it('refuses invalid UTF-8 and says how to fix it', () => {
    const latin1 = new Uint8Array([0x42, 0x61, 0x6b, 0xfc]);
    const result = decodeArticleBytes('old.txt', latin1);
    expect(!result.ok && result.problem).toBe('old.txt is not valid UTF-8 text; save it as UTF-8 and import it again.');
  });

  it('refuses a 50 MB file by its size, before decoding', () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    const result = decodeArticleBytes('huge.txt', big);
    expect(!result.ok && result.problem).toBe('huge.txt is 50.0 MB; articles larger than 10.0 MB are refused.');
    expect(checkArticleSize('huge.txt', 50 * 1024 * 1024)).toBe('huge.txt is 50.0 MB; articles larger than 10.0 MB are refused.');
  });

  it('accepts a file exactly at the limit', () => {
    expect(checkArticleSize('edge.txt', MAX_ARTICLE_BYTES)).toBeNull();
  });
});

describe('detectArticleFormat', () => {
  it('goes by extension first', () => {
    expect(detectArticleFormat('a.HTML', 'plain')).toBe('html');
    expect(detectArticleFormat('a.md', '<html>')).toBe('markdown');
    expect(detectArticleFormat('a.txt', '<!doctype html>')).toBe('text');
  });

  it('recognises HTML by content when the name says nothing', () => {
    expect(detectArticleFormat('download', '  <!DOCTYPE html><html>')).toBe('html');
    expect(detectArticleFormat('download', 'Just words')).toBe('text');
  });
});
