// Articles in Persian and Russian, imported through the library's "Import files…" button as an
// analyst would, for the mixed-script tests (isolation, language, dates).
import { expect } from '@playwright/test';
import type { WorkbenchPage } from './WorkbenchPage';

export const PERSIAN = {
  title: 'تماس تلفنی پزشکیان و علی‌اف',
  publisher: 'Tasnim',
  phrase: 'دخالت تهران در حملات پهپادی',
  file: `title: تماس تلفنی پزشکیان و علی‌اف
publisher: Tasnim

رئیس جمهور ایران در تماس تلفنی با همتای آذربایجانی خود، دخالت تهران در حملات پهپادی به نخجوان را رد کرد.
او گفت ایران به حاکمیت و تمامیت ارضی همسایگان خود احترام می‌گذارد و خواستار بررسی دقیق این حادثه شد.
`,
} as const;

export const RUSSIAN = {
  title: 'Пезешкиан позвонил Алиеву',
  file: `title: Пезешкиан позвонил Алиеву

Президент Ирана Масуд Пезешкиан в телефонном разговоре с азербайджанским коллегой Ильхамом Алиевым официально опроверг причастность Тегерана к ударам беспилотников по Нахичевани.
`,
} as const;

/** Imports one text file with the library's button and waits for it to open. */
export async function importTextFile(workbench: WorkbenchPage, name: string, text: string, title: string): Promise<void> {
  const chooser = workbench.page.waitForEvent('filechooser');
  await workbench.page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(workbench.article(title)).toBeVisible();
  await expect(workbench.status).toHaveText('Imported 1 article.');
}
