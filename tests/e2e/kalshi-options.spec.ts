import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './extension-fixture';
import { shot } from './shots';

const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const KEY_ID = 'a952bcbe-ec3b-4b5b-b8f9-11dae589608c';

test('the Kalshi section: demo by default, the API key sealed in the vault and never shown again', async ({
  context,
  extensionId,
}) => {
  const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs1', format: 'pem' })
    .toString();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const wallet = page.getByTestId('wallet-section');
  await wallet.getByLabel('Private key').fill(TEST_KEY);
  await wallet.getByLabel('New passphrase (8 characters or more)').fill('correct horse battery');
  await wallet.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await wallet.getByRole('button', { name: 'Import key' }).click();
  await expect(wallet).toContainText('Unlocked — locks automatically');

  const kalshi = page.getByRole('region', { name: 'Kalshi', exact: true });
  await expect(kalshi.getByLabel('Kalshi environment for live mode')).toHaveValue('demo');
  await expect(kalshi.getByLabel('Kalshi demo REST URL')).toHaveValue(
    'https://external-api.demo.kalshi.co/trade-api/v2',
  );
  const key = page.getByTestId('kalshi-key');
  await expect(key.getByTestId('kalshi-key-status')).toContainText('Not set');
  await key.getByLabel('API key id').fill(KEY_ID);
  await key.getByLabel("Private key (the .key file's text)").fill(pem);
  await key.getByRole('button', { name: 'Save Kalshi key' }).click();
  await expect(key.getByTestId('kalshi-key-status')).toContainText('Saved');
  await expect(key.getByLabel("Private key (the .key file's text)")).toHaveValue('');
  const line = pem.split('\n')[5] ?? '';
  expect(await page.content()).not.toContain(line);
  const stored = await page.evaluate<string>(
    'chrome.storage.local.get(null).then((all) => JSON.stringify(all))',
  );
  expect(stored).not.toContain(line);
  expect(stored).not.toContain(KEY_ID);
  await kalshi.scrollIntoViewIfNeeded();
  await kalshi.screenshot({ path: shot('options-kalshi') });

  await key.getByLabel('API key id').fill('not-a-uuid');
  await key.getByLabel("Private key (the .key file's text)").fill('nothing like a key');
  await key.getByRole('button', { name: 'Save Kalshi key' }).click();
  await expect(key.getByRole('alert')).toBeVisible();
  await expect(key.getByTestId('kalshi-key-status')).toContainText('Saved');
});
