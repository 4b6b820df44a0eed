// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { contentBoxMm, cssString, headerText, pageStyleSheet } from '../../../renderer/features/dossier/print/pageStyle';

describe('print page style', () => {
  it('escapes analyst text into a CSS string that cannot end early', () => {
    expect(cssString('Plain — text')).toBe('"Plain — text"');
    expect(cssString('say "hi"')).toBe('"say \\"hi\\""');
    expect(cssString('back\\slash')).toBe('"back\\\\slash"');
    expect(cssString('two\nlines\r')).toBe('"two\\a lines\\d "');
    expect(cssString('"; } body { display: none } @page { x: "')).toBe('"\\"; } body { display: none } @page { x: \\""');
  });

  it('stays one declaration in a real CSS parser, whatever the text holds', () => {
    const style = document.createElement('style');
    document.head.append(style);
    const nasty = 'A "quoted" \\ title\nwith </style> and }';
    style.textContent = `p::before { content: ${cssString(nasty)}; }`;
    const rules = style.sheet?.cssRules;
    expect(rules?.length).toBe(1);
    const rule = rules?.[0] as CSSStyleRule | undefined;
    expect(rule?.style.getPropertyValue('content')).toBe(cssString(nasty));
  });

  it('shortens running-header text to one line', () => {
    expect(headerText('  a\n  b  ')).toBe('a b');
    expect(headerText('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
  });

  it('sets the paper size, the running header and the page numbers', () => {
    const a4 = pageStyleSheet({ pageSize: 'A4', title: 'Baku "and" Tehran', handling: 'Internal — do not forward' });
    expect(a4).toContain('size: A4;');
    expect(a4).toContain('@top-left { content: "Baku \\"and\\" Tehran";');
    expect(a4).toContain('content: "Internal — do not forward"; font-weight: 700;');
    expect(a4).toContain('content: "Page " counter(page) " of " counter(pages);');
    expect(pageStyleSheet({ pageSize: 'Letter', title: 't', handling: '' })).toMatch(/size: letter;[\s\S]*@top-right \{ content: none;/);
  });

  it('gives the measuring pass the same content box as the pages: paper less margins', () => {
    expect(contentBoxMm('A4')).toEqual({ width: 174, height: 257 });
    expect(contentBoxMm('Letter')).toEqual({ width: 179.9, height: 239.4 });
    expect(pageStyleSheet({ pageSize: 'Letter', title: 't', handling: '' })).toContain('--print-content-width: 179.9mm; --print-content-height: 239.4mm;');
  });
});
