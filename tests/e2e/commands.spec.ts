// Commands as an analyst reaches them: the command palette finds any command by name, shows its
// keys and says why one cannot run; the shortcut sheet lists the registry's keys.
import { expect, test } from '@playwright/test';
import { chordLabel, COMMANDS, commandKeys } from '../../shared/commands';
import { DossierPage } from './pages/DossierPage';
import { expectAccessible } from './pages/axeChecks';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

test('the command palette finds commands, runs them, and says why one is unavailable', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.openArticle(SAMPLE_TITLES.nakhchivan);

  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Command' });
  await expect(input).toBeFocused();
  const options = palette.getByRole('listbox', { name: 'Commands' }).getByRole('option');
  await expect(options).toHaveCount(COMMANDS.length);
  await expectAccessible(page, 'command palette');

  // Without a dossier open, the PDF export is listed, disabled, with the reason.
  await input.fill('pdf');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-disabled', 'true');
  await expect(options.first()).toContainText('Export dossier as PDF…');
  await expect(options.first()).toContainText('Ctrl+P');
  await expect(options.first()).toContainText('Open a dossier (Dossiers tab) first.');
  await page.keyboard.press('Enter');
  await expect(palette).toBeVisible();

  // Words in any order; arrows move, Enter runs, and the palette closes first.
  await input.fill('show dossiers');
  await expect(options).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Dossiers' })).toHaveAttribute('aria-selected', 'true');

  await page.keyboard.press('Control+Shift+P');
  await input.fill('zzz');
  await expect(palette).toContainText('No command matches “zzz”.');
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
});

test('with a dossier open, the palette runs its PDF export; Ctrl+P without one says why', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  const dossier = new DossierPage(workbench);
  await workbench.open();
  await page.keyboard.press('Control+p');
  await expect(workbench.notification('Export dossier as PDF: Open a dossier (Dossiers tab) first.')).toBeVisible();

  await dossier.showDossiers();
  await dossier.list.getByRole('button', { name: 'New dossier…' }).click();
  await dossier.fillNewDossier({ title: 'Palette dossier' });
  await dossier.open('Palette dossier');
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill('export dossier');
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-disabled', 'false');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
});

test('Help → Keyboard shortcuts lists every command with keys, from the registry', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await page.keyboard.press('Control+/');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expectAccessible(page, 'shortcut sheet');
  const withKeys = COMMANDS.filter((command) => commandKeys(command, 'other').length > 0);
  await expect(sheet.getByRole('row').filter({ has: page.getByRole('rowheader') })).toHaveCount(withKeys.length);
  for (const command of withKeys) {
    const row = sheet.getByRole('row', { name: new RegExp(`^${command.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
    await expect(row).toContainText(chordLabel(commandKeys(command, 'other')[0] ?? '', 'other'));
  }
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('toolbar buttons announce the keys the registry gives them', async ({ page }) => {
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  const toolbar = page.getByRole('toolbar', { name: 'Main actions' });
  await expect(toolbar.getByRole('button', { name: 'Import files…' })).toHaveAttribute('aria-keyshortcuts', 'Control+O');
  await expect(toolbar.getByRole('button', { name: 'Open shared file…' })).toHaveAttribute('aria-keyshortcuts', 'Control+Shift+O');
  await expect(toolbar.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-keyshortcuts', 'Control+,');
});
