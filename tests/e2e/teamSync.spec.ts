// Team sync between two browser profiles through the real team server: a claim tagged in one
// appears in the other; the same note edited in both while offline shows as a conflict in both
// once they are back, and settling it in one reaches the other; a wrong token is refused, saying
// why; a read-only member sees the team's work and cannot change it; a dossier title changed in
// both and an annotation deleted in one while edited in the other show in the conflict view of
// both, and settling them in one closes them in the other; so do an actor's aliases; a profile
// that shares only one dossier gives the other that dossier, its passage and its article, and no
// article outside it.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { ActorsPage } from './pages/ActorsPage';
import { DossierPage } from './pages/DossierPage';
import { FIRST, tagPhrase } from './pages/dossierSteps';
import { ReaderPage } from './pages/ReaderPage';
import { startTeamServer, type RunningTeamServer } from './pages/teamServer';
import { SAMPLE_TITLES, WorkbenchPage } from './pages/WorkbenchPage';

const CLAIM = 'which Baku blamed on Iran';
/** Deleted in one profile while edited in the other (the last test). */
const DELETED_CLAIM = 'officially denied';
const TEAM = 'crisis-desk';
const TOKENS = {
  'leyla-token-0123456789': { team: TEAM, user: 'Leyla', readOnly: false },
  'rashad-token-0123456789': { team: TEAM, user: 'Rashad', readOnly: false },
  'other-team-token-0123456789': { team: 'another-desk', user: 'Someone', readOnly: false },
  'viewer-token-0123456789': { team: TEAM, user: 'Viewer', readOnly: true },
};
/** A port of its own beside the web build's, so parallel sessions do not meet. */
const SERVER_PORT = Number(process.env.E2E_PORT ?? 5173) + 1100;

interface Profile {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly workbench: WorkbenchPage;
  readonly reader: ReaderPage;
  readonly sync: ReturnType<Page['getByRole']>;
}

let server: RunningTeamServer;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  server = await startTeamServer(SERVER_PORT, TOKENS);
});
test.afterAll(async () => {
  await server?.stop();
});

async function profile(browser: Browser, analyst: string): Promise<Profile> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const workbench = new WorkbenchPage(page);
  await workbench.open();
  await workbench.setAnalystName(analyst);
  return { context, page, workbench, reader: new ReaderPage(workbench), sync: page.getByRole('contentinfo').getByRole('status', { name: 'Team sync' }) };
}

/** Settings → Team sync → Connect, then closes Settings; `team` goes in Team (for a bare server address). */
async function connect(who: Profile, address: string, token: string, team = ''): Promise<void> {
  await who.page.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = who.page.getByRole('dialog', { name: 'Settings' });
  const section = settings.getByRole('region', { name: 'Team sync' });
  await section.getByRole('textbox', { name: 'Server address' }).fill(address);
  await section.getByRole('textbox', { name: 'Team', exact: true }).fill(team);
  await section.getByLabel('Team token').fill(token);
  await section.getByRole('button', { name: 'Connect', exact: true }).click();
  // The browser build has no keychain to seal the token with, and says so.
  await expect(section).toContainText('In the browser the token is kept as typed');
  await settings.getByRole('button', { name: 'Cancel' }).click();
  await expect(settings).toHaveCount(0);
}

/** The library's article ids as stored, to wait until both libraries hold one copy of each sample. */
function sourceIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('dossier-workbench');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const request = opening.result.transaction('sources').objectStore('sources').getAllKeys();
          request.onsuccess = () => {
            resolve((request.result as string[]).sort());
            opening.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Takes the profiles off the network (Playwright's offline mode) and waits until each says so. */
async function goOffline(...profiles: readonly Profile[]): Promise<void> {
  for (const who of profiles) await who.context.setOffline(true);
  for (const who of profiles) await expect(who.sync).toHaveText(/^Team sync: Offline/);
}

/** Puts the profiles back on the network and waits until each is connected again. */
async function backOnline(...profiles: readonly Profile[]): Promise<void> {
  for (const who of profiles) await who.context.setOffline(false);
  for (const who of profiles) await expect(who.sync).toHaveText('Team sync: Connected');
}

async function writeNote(who: Profile, text: string, claim = CLAIM): Promise<void> {
  await who.reader.listItem(new RegExp(claim)).click();
  await who.reader.editor.getByRole('textbox', { name: 'Note' }).click();
  await who.page.keyboard.type(text);
  // Leaving the note saves it.
  await who.reader.field('Actor').click();
  await expect(who.reader.editor.getByRole('textbox', { name: 'Note' })).toHaveText(text);
}

test('a claim tagged in one profile appears in the other; one note edited in both offline is a conflict in both', async ({ browser }, testInfo) => {
  const leyla = await profile(browser, 'Leyla');
  await connect(leyla, server.address(TEAM), 'leyla-token-0123456789');
  await expect(leyla.sync).toHaveText('Team sync: Connected');
  const rashad = await profile(browser, 'Rashad');
  await connect(rashad, server.address(TEAM), 'rashad-token-0123456789');
  await expect(rashad.sync).toHaveText('Team sync: Connected');
  // Each profile seeded its own copy of the samples: the two copies of each become one.
  await expect.poll(async () => JSON.stringify(await sourceIds(leyla.page)) === JSON.stringify(await sourceIds(rashad.page)), { timeout: 15_000 }).toBe(true);

  await rashad.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await leyla.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await leyla.reader.selectPhrase(CLAIM);
  await leyla.page.keyboard.press('c');
  await expect(leyla.reader.editor).toHaveAccessibleName('Claim annotation');
  const tagged = Date.now();
  // The issue asks for 2 s; the figure is recorded, the wait is generous for a loaded machine.
  await expect(rashad.reader.listItem(new RegExp(CLAIM))).toBeVisible({ timeout: 15_000 });
  const reachedMs = Date.now() - tagged;
  testInfo.annotations.push({ type: 'claim_reached_other_profile_ms', description: String(reachedMs) });
  console.log(`claim_reached_other_profile_ms ${reachedMs}`);
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();

  // Both go offline and write the same note.
  await leyla.context.setOffline(true);
  await rashad.context.setOffline(true);
  await expect(leyla.sync).toHaveText(/^Team sync: Offline \(\d+ changes? waiting\)$/);
  await writeNote(leyla, 'By telephone, Sunday evening.');
  await writeNote(rashad, 'In writing, Monday.');
  await expect(leyla.sync).toHaveText(/^Team sync: Offline \([1-9]\d* changes? waiting\)$/);
  await expect(rashad.sync).toHaveText(/^Team sync: Offline \([1-9]\d* changes? waiting\)$/);

  await backOnline(leyla, rashad);

  // The conflict shows in both, side by side, each analyst's own note as "Yours".
  for (const [who, mine, theirs] of [
    [leyla, 'By telephone, Sunday evening.', 'In writing, Monday.'],
    [rashad, 'In writing, Monday.', 'By telephone, Sunday evening.'],
  ] as const) {
    await who.page.getByRole('button', { name: 'Conflicts (1)' }).click({ timeout: 15_000 });
    const conflict = who.page.getByRole('dialog', { name: 'Conflicts' }).getByRole('region', { name: new RegExp(`^Conflict: “?${CLAIM}`) });
    await expect(conflict.getByRole('row', { name: /^Note/ })).toContainText(`${mine}${theirs}`);
  }
  // Leyla keeps Rashad's note: the resolution reaches Rashad, whose conflict closes.
  await leyla.page.getByRole('dialog', { name: 'Conflicts' }).getByRole('button', { name: 'Keep theirs' }).click();
  await expect(leyla.page.getByRole('dialog', { name: 'Conflicts' })).toContainText('No conflicts left');
  await expect(rashad.page.getByRole('dialog', { name: 'Conflicts' })).toContainText('No conflicts left', { timeout: 15_000 });

  await leyla.context.close();
  await rashad.context.close();
});

test('a token of another team is refused, with the reason', async ({ browser }) => {
  const outsider = await profile(browser, 'Outsider');
  await connect(outsider, server.address(TEAM), 'other-team-token-0123456789');
  await expect(outsider.sync).toHaveText(/^Team sync: Refused \(.+\)$/);
  await connect(outsider, server.address(TEAM), 'no-such-token-0123456789');
  await expect(outsider.sync).toHaveText(/^Team sync: Refused \(.+\)$/);
  // A bare server address with the team named apart reaches the same team document.
  await connect(outsider, server.address(TEAM).replace(/\/[^/]+$/, ''), 'other-team-token-0123456789', TEAM);
  await expect(outsider.sync).toHaveText(`Team sync: Refused (This token is for team "another-desk", not "${TEAM}".)`);
  await connect(outsider, server.address(TEAM).replace(/\/[^/]+$/, ''), 'other-team-token-0123456789');
  await expect(outsider.sync).toHaveText(/^Team sync: Refused \(the server address must end with the team's name .+\)$/);
  await outsider.context.close();
});

test('a read-only member sees the team library and can neither tag nor edit', async ({ browser }) => {
  const viewer = await profile(browser, 'Viewer');
  await connect(viewer, server.address(TEAM), 'viewer-token-0123456789');
  await expect(viewer.sync).toHaveText('Team sync: Connected (read-only)');
  // The first test's claim is in the team library: the viewer's copy of the article gives way to the team's.
  await expect(viewer.workbench.article(SAMPLE_TITLES.nakhchivan)).toContainText('1 annotation', { timeout: 15_000 });
  await viewer.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await viewer.reader.listItem(new RegExp(CLAIM)).click();
  await expect(viewer.reader.editor.getByRole('note')).toContainText('Read-only');
  await expect(viewer.reader.field('Actor')).toBeDisabled();
  await expect(viewer.reader.editor.getByRole('textbox', { name: 'Note' })).toHaveCount(0);
  await viewer.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await viewer.reader.selectPhrase('officially denied');
  await expect(viewer.page.getByRole('main').getByRole('note')).toContainText('Read-only');
  await expect(viewer.reader.tagToolbar).toHaveCount(0);
  await viewer.page.keyboard.press('c');
  await expect(viewer.reader.editor).toHaveCount(0);
  await viewer.context.close();
});

/** Renames the dossier open in the composer. */
async function retitle(dossier: DossierPage, title: string): Promise<void> {
  const field = dossier.composer.getByRole('textbox', { name: 'Title', exact: true });
  await field.fill(title);
  await field.press('Enter');
  await expect(dossier.composer.getByRole('heading', { level: 2 })).toHaveText(title);
}

test('a dossier title changed in both and an annotation deleted in one while edited in the other are conflicts in both', async ({ browser }) => {
  const leyla = await profile(browser, 'Leyla');
  await connect(leyla, server.address(TEAM), 'leyla-token-0123456789');
  const rashad = await profile(browser, 'Rashad');
  await connect(rashad, server.address(TEAM), 'rashad-token-0123456789');
  await expect(leyla.sync).toHaveText('Team sync: Connected');
  await expect(rashad.sync).toHaveText('Team sync: Connected');
  await expect.poll(async () => JSON.stringify(await sourceIds(leyla.page)) === JSON.stringify(await sourceIds(rashad.page)), { timeout: 15_000 }).toBe(true);
  // A claim of Leyla's reaches Rashad.
  await leyla.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await rashad.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await leyla.reader.selectPhrase(DELETED_CLAIM);
  await leyla.page.keyboard.press('c');
  await expect(leyla.reader.editor).toHaveAccessibleName('Claim annotation');
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  await expect(rashad.reader.listItem(new RegExp(DELETED_CLAIM))).toBeVisible({ timeout: 15_000 });

  const [leylaDossiers, rashadDossiers] = [new DossierPage(leyla.workbench), new DossierPage(rashad.workbench)];
  await leylaDossiers.showDossiers();
  await leylaDossiers.list.getByRole('button', { name: 'New dossier…' }).click();
  await leylaDossiers.fillNewDossier({ title: 'Border incident' });
  await rashadDossiers.showDossiers();
  await expect(rashadDossiers.list.getByRole('button', { name: /^Border incident/ })).toBeVisible({ timeout: 15_000 });
  await leylaDossiers.open('Border incident');
  await rashadDossiers.open('Border incident');

  await goOffline(leyla, rashad);
  await retitle(leylaDossiers, 'Border incident, day 1');
  await retitle(rashadDossiers, 'Nakhchivan drones');
  await leylaDossiers.showLibrary();
  await leyla.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await leyla.reader.listItem(new RegExp(DELETED_CLAIM)).click();
  await leyla.reader.editor.getByRole('button', { name: 'Delete annotation' }).click();
  await expect(leyla.reader.listItem(new RegExp(DELETED_CLAIM))).toHaveCount(0);
  await rashadDossiers.showLibrary();
  await rashad.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await writeNote(rashad, 'Confirmed by a second source.', DELETED_CLAIM);

  await backOnline(leyla, rashad);

  for (const [who, mine, theirs] of [
    [leyla, 'Border incident, day 1', 'Nakhchivan drones'],
    [rashad, 'Nakhchivan drones', 'Border incident, day 1'],
  ] as const) {
    await who.page.getByRole('button', { name: 'Conflicts (2)' }).click({ timeout: 15_000 });
    const dialog = who.page.getByRole('dialog', { name: 'Conflicts' });
    await expect(dialog.getByRole('region', { name: `Conflict: Dossier “${mine}”` }).getByRole('row', { name: /^Title/ })).toContainText(mine);
    await expect(dialog.getByRole('region', { name: `Conflict: Dossier “${mine}”` }).getByRole('row', { name: /^Title/ })).toContainText(theirs);
    const deleted = dialog.getByRole('region', { name: `Conflict: Annotation “${DELETED_CLAIM}”` });
    await expect(deleted).toContainText('Deleted by Leyla');
    await expect(deleted).toContainText('while Rashad edited it');
  }
  // Leyla keeps Rashad's title and his edited claim: both conflicts close for Rashad too.
  const leylaDialog = leyla.page.getByRole('dialog', { name: 'Conflicts' });
  await leylaDialog.getByRole('region', { name: /^Conflict: Dossier/ }).getByRole('button', { name: 'Keep theirs' }).click();
  await leylaDialog.getByRole('region', { name: /^Conflict: Annotation/ }).getByRole('button', { name: 'Keep edited' }).click();
  await expect(leylaDialog).toContainText('No conflicts left');
  await expect(rashad.page.getByRole('dialog', { name: 'Conflicts' })).toContainText('No conflicts left', { timeout: 15_000 });
  for (const who of [leyla, rashad]) {
    await who.page.getByRole('dialog', { name: 'Conflicts' }).getByRole('button', { name: 'Close' }).click();
    // Rashad's editor may still show the claim he edited: the list is one step back.
    const back = who.reader.editor.getByRole('button', { name: '← All annotations' });
    if (await back.isVisible()) await back.click();
    await expect(who.reader.listItem(new RegExp(DELETED_CLAIM))).toBeVisible({ timeout: 15_000 });
  }
  // The claim Leyla deleted is back with Rashad's note.
  await leyla.reader.listItem(new RegExp(DELETED_CLAIM)).click();
  await expect(leyla.reader.editor.getByRole('textbox', { name: 'Note' })).toHaveText('Confirmed by a second source.');
  await rashadDossiers.showDossiers();
  await expect(rashadDossiers.list.getByRole('button', { name: /^Nakhchivan drones/ })).toBeVisible();
  await leylaDossiers.showDossiers();
  await expect(leylaDossiers.list.getByRole('button', { name: /^Nakhchivan drones/ })).toBeVisible();
  await expect(leylaDossiers.list.getByRole('button', { name: /^Border incident/ })).toHaveCount(0);

  await leyla.context.close();
  await rashad.context.close();
});

/** The actor's page in the Actors tab. */
async function openActor(who: Profile, name: string): Promise<ReturnType<Page['getByRole']>> {
  const actors = new ActorsPage(who.workbench);
  await actors.open();
  await expect(actors.row(name)).toBeVisible({ timeout: 15_000 });
  await actors.row(name).click();
  const page = who.page.getByRole('region', { name, exact: true });
  await expect(page).toBeVisible();
  return page;
}

async function addAlias(actorPage: ReturnType<Page['getByRole']>, alias: string): Promise<void> {
  await actorPage.getByRole('combobox', { name: 'Alias or actor to merge in' }).fill(alias);
  await actorPage.getByRole('button', { name: 'Add alias' }).click();
  await expect(actorPage.getByRole('combobox', { name: 'Alias or actor to merge in' })).toHaveValue('');
}

test('an actor’s aliases changed in both offline are a conflict in both, and a choice in one settles it for both', async ({ browser }) => {
  const ACTOR = 'Azerbaijan Airlines';
  const leyla = await profile(browser, 'Leyla');
  await connect(leyla, server.address(TEAM), 'leyla-token-0123456789');
  const rashad = await profile(browser, 'Rashad');
  await connect(rashad, server.address(TEAM), 'rashad-token-0123456789');
  await expect(leyla.sync).toHaveText('Team sync: Connected');
  await expect(rashad.sync).toHaveText('Team sync: Connected');
  await expect.poll(async () => JSON.stringify(await sourceIds(leyla.page)) === JSON.stringify(await sourceIds(rashad.page)), { timeout: 15_000 }).toBe(true);

  await leyla.workbench.openArticle(SAMPLE_TITLES.nakhchivan);
  await tagPhrase(leyla.reader, FIRST.action, 'a', ACTOR);
  await leyla.reader.editor.getByRole('button', { name: '← All annotations' }).click();
  const [leylaActor, rashadActor] = [await openActor(leyla, ACTOR), await openActor(rashad, ACTOR)];
  // The actor's record is made here and reaches Rashad.
  await addAlias(leylaActor, 'AZAL');
  await expect(new ActorsPage(rashad.workbench).row(ACTOR)).toContainText('AZAL', { timeout: 15_000 });

  await goOffline(leyla, rashad);
  await addAlias(leylaActor, 'AZAL Cargo');
  await addAlias(rashadActor, 'Azerbaijan Hava Yolları');
  await backOnline(leyla, rashad);

  for (const [who, mine, theirs] of [
    [leyla, 'AZAL, AZAL Cargo', 'AZAL, Azerbaijan Hava Yolları'],
    [rashad, 'AZAL, Azerbaijan Hava Yolları', 'AZAL, AZAL Cargo'],
  ] as const) {
    await who.page.getByRole('button', { name: 'Conflicts (1)' }).click({ timeout: 15_000 });
    const aliases = who.page.getByRole('dialog', { name: 'Conflicts' }).getByRole('region', { name: `Conflict: Actor “${ACTOR}”` }).getByRole('row', { name: /^Aliases/ });
    await expect(aliases).toContainText(mine);
    await expect(aliases).toContainText(theirs);
  }
  await leyla.page.getByRole('dialog', { name: 'Conflicts' }).getByRole('button', { name: 'Keep theirs' }).click();
  await expect(leyla.page.getByRole('dialog', { name: 'Conflicts' })).toContainText('No conflicts left');
  await expect(rashad.page.getByRole('dialog', { name: 'Conflicts' })).toContainText('No conflicts left', { timeout: 15_000 });
  for (const who of [leyla, rashad]) {
    await who.page.getByRole('dialog', { name: 'Conflicts' }).getByRole('button', { name: 'Close' }).click();
    await expect(new ActorsPage(who.workbench).row(ACTOR)).toContainText('Azerbaijan Hava Yolları');
    await expect(new ActorsPage(who.workbench).row(ACTOR)).not.toContainText('AZAL Cargo');
  }

  await leyla.context.close();
  await rashad.context.close();
});


/** Pastes an article under a title. */
async function pasteArticle(who: Profile, title: string, text: string): Promise<void> {
  await who.page.getByRole('button', { name: 'Paste text…' }).click();
  const dialog = who.page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByLabel('Title (optional)').fill(title);
  await dialog.getByLabel('Article text').fill(text);
  await dialog.getByRole('button', { name: 'Import text' }).click();
  await expect(dialog).toBeHidden();
  await expect(who.workbench.article(title)).toBeVisible();
}

test('a profile sharing only one dossier gives the other the dossier, its passage and article, and nothing outside it', async ({ browser }) => {
  // The team's library document (the earlier tests') stays apart: the dossier has a document of its own.
  const team = TEAM;
  const leyla = await profile(browser, 'Leyla');
  await pasteArticle(leyla, 'Shared readout', 'Officials in Baku said the drones came from the south.\n\nTehran denied any part in it.');
  await pasteArticle(leyla, 'Home memo', 'An internal memo that stays with Leyla.');
  await leyla.workbench.openArticle('Shared readout');
  await tagPhrase(leyla.reader, 'the drones came from the south', 'c', 'Baku');
  const dossier = new DossierPage(leyla.workbench);
  await dossier.addControl(leyla.reader.editor).getByRole('button', { name: 'Add to dossier' }).click();
  await dossier.fillNewDossier({ title: 'Border incident' });
  await expect(leyla.workbench.status).toHaveText('Added 1 passage to “Border incident”.');

  // Leyla shares the dossier alone; Settings names its team document.
  await leyla.page.getByRole('button', { name: 'Settings', exact: true }).click();
  const leylaSettings = leyla.page.getByRole('dialog', { name: 'Settings' });
  const leylaSection = leylaSettings.getByRole('region', { name: 'Team sync' });
  await leylaSection.getByRole('textbox', { name: 'Server address' }).fill(server.address(team));
  await leylaSection.getByRole('combobox', { name: 'Share' }).selectOption({ label: 'Only the dossier “Border incident”' });
  const documentLine = leylaSection.getByText(/^Team document: /);
  await expect(documentLine).toHaveText(new RegExp(`^Team document: team:${team}/dossier:\\S+$`));
  const dossierId = ((await documentLine.textContent()) ?? '').replace(/^.*\/dossier:/, '');
  await leylaSection.getByLabel('Team token').fill('leyla-token-0123456789');
  await leylaSection.getByRole('button', { name: 'Connect', exact: true }).click();
  await leylaSettings.getByRole('button', { name: 'Cancel' }).click();
  await expect(leyla.sync).toHaveText('Team sync: Connected');

  // Rashad's library lacks the dossier: he names it by the id Leyla gives him.
  const rashad = await profile(browser, 'Rashad');
  await rashad.page.getByRole('button', { name: 'Settings', exact: true }).click();
  const rashadSettings = rashad.page.getByRole('dialog', { name: 'Settings' });
  const rashadSection = rashadSettings.getByRole('region', { name: 'Team sync' });
  await rashadSection.getByRole('textbox', { name: 'Server address' }).fill(server.address(team));
  await rashadSection.getByRole('combobox', { name: 'Share' }).selectOption({ label: 'A dossier a colleague shares, by its id…' });
  await rashadSection.getByRole('textbox', { name: 'Dossier id' }).fill(dossierId);
  await expect(rashadSection.getByText(/^Team document: /)).toHaveText(`Team document: team:${team}/dossier:${dossierId}`);
  await rashadSection.getByLabel('Team token').fill('rashad-token-0123456789');
  await rashadSection.getByRole('button', { name: 'Connect', exact: true }).click();
  await rashadSettings.getByRole('button', { name: 'Cancel' }).click();
  await expect(rashad.sync).toHaveText('Team sync: Connected');

  await expect(rashad.workbench.article('Shared readout')).toBeVisible({ timeout: 15_000 });
  const rashadDossiers = new DossierPage(rashad.workbench);
  await rashadDossiers.showDossiers();
  await expect(rashadDossiers.list.getByRole('button', { name: /^Border incident/ })).toBeVisible({ timeout: 15_000 });
  await rashadDossiers.open('Border incident');
  await expect(rashadDossiers.items).toHaveCount(1);
  expect(await rashadDossiers.itemNames()).toEqual([expect.stringMatching(/^Passage 1: Claim .*the drones came from the south/)]);
  await rashadDossiers.showLibrary();
  await expect(rashad.workbench.article('Shared readout')).toBeVisible();
  await expect(rashad.workbench.article('Home memo')).toHaveCount(0);
  await leyla.context.close();
  await rashad.context.close();
});
