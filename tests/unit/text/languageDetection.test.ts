import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/text/languageDetection';

describe('detectLanguage', () => {
  it('tells English, Persian and Russian articles apart, with tags a reader knows', () => {
    const english = readFileSync(new URL('../../../shared/samples/003_de8410bd84d09d86.txt', import.meta.url), 'utf8');
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage('رئیس جمهور ایران در تماس تلفنی با همتای آذربایجانی خود، دخالت تهران در حملات پهپادی را رد کرد.')).toBe('fa');
    expect(detectLanguage('Президент Ирана в телефонном разговоре с азербайджанским коллегой опроверг причастность Тегерана.')).toBe('ru');
  });

  it('says nothing for text too short to judge', () => {
    expect(detectLanguage('OK')).toBe('');
  });
});
