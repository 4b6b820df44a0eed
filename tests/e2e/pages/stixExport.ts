// Exports a dossier as a STIX 2.1 bundle through the Export dialog and holds the download to the
// strict validator (OASIS's schemas and the MUST rules): every dossier the e2e tests build can.
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { validateStixBundle } from '../../stix/stixValidator';

export interface DownloadedBundle {
  readonly fileName: string;
  readonly objects: readonly {
    readonly type: string;
    readonly id: string;
    readonly name?: string;
    readonly abstract?: string;
    readonly object_refs?: readonly string[];
  }[];
}

/** Shared files are signed: gives the name the toolbar asks for before the first export. */
export async function enterAnalystName(page: Page, name: string): Promise<void> {
  const namePrompt = page.getByRole('form', { name: 'Your name' });
  await namePrompt.getByRole('textbox').fill(name);
  await namePrompt.getByRole('button', { name: 'Save name' }).click();
  await expect(namePrompt).toHaveCount(0);
}

export async function exportDossierAsStix(page: Page, dossierTitle: string): Promise<DownloadedBundle> {
  await page.getByRole('toolbar', { name: 'Main actions' }).getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export a shared file' });
  await dialog.getByRole('radio', { name: 'A dossier' }).check();
  await dialog.getByRole('combobox', { name: 'Dossier' }).selectOption({ label: dossierTitle });
  await dialog.getByRole('radio', { name: /STIX 2\.1 bundle/ }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  const bundle = JSON.parse(readFileSync(await file.path(), 'utf8')) as Omit<DownloadedBundle, 'fileName'>;
  expect(validateStixBundle(bundle)).toEqual([]);
  await expect(dialog).toHaveCount(0);
  return { ...bundle, fileName: file.suggestedFilename() };
}
