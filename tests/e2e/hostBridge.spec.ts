// The host-bridge contract, run against the browser bridge (the Electron run is in tests/electron).
import { test } from '@playwright/test';
import { HOST_BRIDGE_CONTRACT } from '../contract/hostBridgeContract';
import { WorkbenchPage } from './pages/WorkbenchPage';

for (const check of HOST_BRIDGE_CONTRACT) {
  test(`browser bridge: ${check.name}`, async ({ page }) => {
    await new WorkbenchPage(page).open();
    await check.run(page, 'browser');
  });
}
