import { startPolygonStub } from '../fake-polygon/polygon-rpc-stub';
import { useFakeEndpoints as pointAtFake, sendFromPage } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { shot } from './shots';

// Hardhat's first well-known test account: never funded anywhere that matters.
const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const PASSPHRASE = 'correct horse battery';

test('wallet doctor: import, unlock, checks against the fake, one approval, live only after a pass, lock', async ({
  context,
  extensionId,
  fake,
}) => {
  const chain = await startPolygonStub();
  chain.state.allowance.negRiskAdapter = 0n;
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await pointAtFake(page, fake);
    const reply = await sendFromPage<{ ok: boolean }>(page, 'settings.update', {
      patch: { endpoints: { polygonRpcUrl: chain.rpcUrl, geoblockUrl: chain.geoblockUrl } },
    });
    expect(reply.ok).toBe(true);

    const wallet = page.getByTestId('wallet-section');
    await wallet.getByLabel('Private key').fill(TEST_KEY);
    await wallet.getByLabel('New passphrase (8 characters or more)').fill(PASSPHRASE);
    await wallet.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await wallet.getByRole('button', { name: 'Import key' }).click();
    await expect(wallet).toContainText('Unlocked');
    await wallet.getByRole('button', { name: 'Lock now' }).click();
    await wallet.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await wallet.getByRole('button', { name: 'Unlock' }).click();
    await expect(wallet).toContainText('Unlocked');

    const liveSwitch = page.getByRole('switch', { name: 'Live trading' });
    await expect(liveSwitch).toBeDisabled();
    await expect(page.getByTestId('live-blocked-reason')).toContainText('Run the wallet doctor');

    const doctor = page.getByTestId('wallet-doctor');
    await doctor.getByRole('button', { name: 'Run checks' }).click();
    const checks = doctor.getByRole('list', { name: 'Wallet checks' });
    await expect(checks.getByRole('listitem')).toHaveCount(11);
    await expect(doctor.getByTestId('doctor-check-region')).toContainText('Pass');
    // Issue 18: split, merge and redeem need the collateral adapters approved (the fake grants them).
    await expect(doctor.getByTestId('doctor-check-ctfApprovals')).toBeVisible();
    await expect(doctor.getByTestId('doctor-check-apiCredentials')).toContainText('API keys derived');
    await expect(doctor.getByTestId('doctor-check-approval.negRiskAdapter')).toContainText('Failed');
    await expect(doctor).toContainText('Not ready');
    await doctor.scrollIntoViewIfNeeded();
    await page
      .getByRole('region', { name: 'Trading mode' })
      .screenshot({ path: shot('doctor-checklist-fail') });

    await doctor.getByRole('button', { name: 'Show the approvals to send' }).click();
    await doctor.getByRole('button', { name: /Approve… pUSD/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Send this approval?' });
    await expect(dialog).toContainText(
      'This sends a transaction from 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266',
    );
    await expect(dialog).toContainText('POL');
    await page.screenshot({ path: shot('doctor-approve-confirm') });
    await dialog.getByRole('button', { name: 'Send transaction' }).click();
    await expect(doctor.getByRole('status').filter({ hasText: 'Sent: 0x' })).toBeVisible();
    expect(chain.state.sent).toHaveLength(1);

    await doctor.getByRole('button', { name: 'Run checks' }).click();
    await expect(doctor).toContainText('Ready for live trading');
    await expect(doctor.getByTestId('doctor-check-approval.negRiskAdapter')).toContainText('Pass');
    await expect(liveSwitch).toBeEnabled();
    await page.getByRole('region', { name: 'Trading mode' }).screenshot({ path: shot('doctor-passed') });

    await liveSwitch.click();
    const confirm = page.getByRole('dialog', { name: 'Switch to live trading?' });
    await expect(confirm).toContainText('real orders');
    await page.screenshot({ path: shot('options-live-confirm') });
    await confirm.getByRole('button', { name: 'Stay in paper' }).click();
    await expect(page.getByTestId('mode-badge')).toHaveText('PAPER');
    await liveSwitch.click();
    await confirm.getByRole('button', { name: 'Yes, trade live' }).click();
    await expect(page.getByTestId('mode-badge')).toHaveText('LIVE');
    await liveSwitch.click();
    await expect(page.getByTestId('mode-badge')).toHaveText('PAPER');

    await wallet.getByRole('button', { name: 'Lock now' }).click();
    await expect(wallet).toContainText('Locked');
    await doctor.getByRole('button', { name: 'Run checks' }).click();
    await expect(doctor.getByTestId('doctor-check-vault')).toContainText('Failed');
    await expect(doctor.getByTestId('doctor-check-apiCredentials')).toContainText('Skipped');
    await expect(liveSwitch).toBeDisabled();
    await doctor.screenshot({ path: shot('doctor-locked') });
    expect(await page.content()).not.toContain(TEST_KEY.slice(2));
  } finally {
    await chain.close();
  }
});
