// The host-bridge contract, run against the browser bridge (the Electron run is in tests/electron).
import { expect, test, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY_META } from '../../shared/bridge/contentSecurityPolicy';
import { BROWSER_COMMAND_CHANNEL } from '../../shared/bridge/hostChannels';
import { HOST_BRIDGE_CONTRACT } from '../contract/hostBridgeContract';
import { WorkbenchPage } from './pages/WorkbenchPage';

/** The browser's host: a message on the command channel, as another tab of the workbench posts it. */
function sendFromAnotherTab(page: Page): (command: unknown) => Promise<void> {
  return (command) =>
    page.evaluate(
      ({ name, message }) => {
        const channel = new BroadcastChannel(name);
        channel.postMessage(message);
        channel.close();
      },
      { name: BROWSER_COMMAND_CHANNEL, message: command },
    );
}

for (const check of HOST_BRIDGE_CONTRACT) {
  test(`browser bridge: ${check.name}`, async ({ page }) => {
    await new WorkbenchPage(page).open();
    await check.run(page, 'browser', sendFromAnotherTab(page));
  });
}

test('the web build carries the one Content-Security-Policy', async ({ page }) => {
  await new WorkbenchPage(page).open();
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY_META);
});
