import { expect, test } from './extension-fixture';
import { shot } from './shots';

// Hardhat's first well-known test account: never funded anywhere that matters.
const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const TEST_ADDRESS = /0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266/i;

test('the wallet section imports, shows the address, locks, unlocks and removes', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const wallet = page.getByTestId('wallet-section');
  await wallet.getByLabel('Private key').fill(TEST_KEY);
  await wallet.getByLabel('New passphrase (8 characters or more)').fill('correct horse battery');
  await wallet.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await wallet.getByRole('button', { name: 'Import key' }).click();
  await expect(wallet.getByTestId('wallet-address')).toHaveText(TEST_ADDRESS);
  await expect(wallet).toContainText('Unlocked — locks automatically');
  expect(await page.content()).not.toContain(TEST_KEY.slice(2));
  await wallet.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('options-wallet') });

  await wallet.getByRole('button', { name: 'Lock now' }).click();
  await expect(wallet).toContainText('Locked: live orders cannot be signed');
  await wallet.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase');
  await wallet.getByRole('button', { name: 'Unlock' }).click();
  await expect(wallet.getByRole('alert')).toBeVisible();
  await wallet.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await wallet.getByRole('button', { name: 'Unlock' }).click();
  await expect(wallet).toContainText('Unlocked');

  await wallet.getByText('Remove wallet').click();
  const remove = wallet.getByRole('button', { name: 'Remove the wallet' });
  await expect(remove).toBeDisabled();
  await wallet.getByLabel('Type REMOVE to confirm').fill('REMOVE');
  await remove.click();
  await expect(wallet.getByLabel('Private key')).toBeVisible();
});

test('going live is refused until the wallet doctor passes (confirmation flow: wallet-doctor.spec.ts)', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('wallet-doctor')).toContainText('Not checked yet');
  await expect(page.getByRole('switch', { name: 'Live trading' })).toBeDisabled();
  await expect(page.getByTestId('live-blocked-reason')).toContainText('Run the wallet doctor');
  await expect(page.getByTestId('mode-badge')).toHaveText('PAPER');
});
