import { expect, test } from './extension-fixture';
import { shot } from './shots';

const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const RELAYER_KEY = '019a3c1e-7f2b-7d41-9e55-3b6f0c2d8a17';
const ADDRESS = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';

test('the Relayer API key: shown for a Polymarket wallet only, sealed in the vault, never shown again', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const wallet = page.getByTestId('wallet-section');
  await wallet.getByLabel('Private key').fill(TEST_KEY);
  await wallet.getByLabel('New passphrase (8 characters or more)').fill('correct horse battery');
  await wallet.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await wallet.getByRole('button', { name: 'Import key' }).click();
  await expect(wallet).toContainText('Unlocked — locks automatically');

  // A plain wallet (type 0) sends its own transactions: no relayer key asked.
  const kind = wallet.getByLabel('Account kind');
  await expect(kind).toHaveValue('0');
  const section = page.getByTestId('relayer-key');
  await expect(section).toHaveCount(0);

  await kind.selectOption('1');
  await expect(section).toBeVisible();
  const status = section.getByTestId('relayer-key-status');
  await expect(status).toContainText('Not set: split, merge and redeem are not available');
  await section.getByLabel('Relayer API key').fill(RELAYER_KEY);
  await section.getByLabel('Address the key was issued to').fill(ADDRESS);
  await section.getByRole('button', { name: 'Save Relayer key' }).click();
  await expect(status).toContainText('Saved');
  await expect(status).toContainText('Relayer key sealed in the vault.');
  await expect(section.getByLabel('Relayer API key')).toHaveValue('');
  expect(await page.content()).not.toContain(RELAYER_KEY);
  const stored = await page.evaluate<string>(
    'chrome.storage.local.get(null).then((all) => JSON.stringify(all))',
  );
  expect(stored).not.toContain(RELAYER_KEY);
  await section.scrollIntoViewIfNeeded();
  await wallet.screenshot({ path: shot('options-relayer-key') });

  // An incomplete key is refused with a reason; the saved one stays.
  await section.getByLabel('Relayer API key').fill('short-but-long-enough');
  await section.getByLabel('Address the key was issued to').fill('not an address');
  await section.getByRole('button', { name: 'Save Relayer key' }).click();
  await expect(section.getByRole('alert')).toContainText('0x address');
  await expect(status).toContainText('Saved');

  await section.getByRole('button', { name: 'Remove Relayer key' }).click();
  await expect(status).toContainText('Not set');
  await kind.selectOption('0');
  await expect(section).toHaveCount(0);
});
