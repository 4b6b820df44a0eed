import { describe, expect, it } from 'vitest';
import { quotationMarks } from '../../../shared/text/quotationMarks';

describe('quotationMarks', () => {
  it('gives guillemets to Persian, Arabic and Russian, with or without a region', () => {
    expect(quotationMarks('fa')).toEqual({ open: '«', close: '»' });
    expect(quotationMarks('ar-EG')).toEqual({ open: '«', close: '»' });
    expect(quotationMarks('RU_ru')).toEqual({ open: '«', close: '»' });
  });

  it('gives English marks to English, other languages and an unknown language', () => {
    expect(quotationMarks('en')).toEqual({ open: '“', close: '”' });
    expect(quotationMarks('az')).toEqual({ open: '“', close: '”' });
    expect(quotationMarks('')).toEqual({ open: '“', close: '”' });
  });
});
