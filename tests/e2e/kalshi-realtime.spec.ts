import { generateKeyPairSync } from 'node:crypto';
import { quoteKalshi } from '../fake-kalshi/scenarios/quote-kalshi';
import { sendFromPage, useFakeEndpoints, useFakeKalshi } from './extension-messages';
import { expect, test } from './fake-venues-fixture';
import { shot } from './shots';
import { readTable } from './store-reader';

const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const KEY_ID = '6b1e9c2a-3d4f-4a5b-8c6d-7e8f9a0b1c2d';

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
interface VenueView {
  venue: string;
  state: string;
  restOnly: string | null;
}
interface RealtimeView {
  venues: VenueView[];
  recent: { trigger: string; outcome: string; kind: string }[];
}

test("Kalshi's websocket from the browser: signed handshake through the header rule, a delta liquidates at once", async ({
  context,
  extensionId,
  fake,
  kalshi,
}) => {
  test.setTimeout(90_000);
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  kalshi.keys.register(KEY_ID, publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const wallet = page.getByTestId('wallet-section');
  await wallet.getByLabel('Private key').fill(TEST_KEY);
  await wallet.getByLabel('New passphrase (8 characters or more)').fill('correct horse battery');
  await wallet.getByLabel('Repeat the passphrase').fill('correct horse battery');
  await wallet.getByRole('button', { name: 'Import key' }).click();
  await expect(wallet).toContainText('Unlocked — locks automatically');
  await useFakeEndpoints(page, fake);
  await useFakeKalshi(page, kalshi);

  // A paper position on a balanced Kalshi market, before any Kalshi key is set.
  const [ticker = ''] = [...kalshi.state.markets.keys()];
  const balanced: [number, number][] = [
    [49, 20_000],
    [48, 20_000],
  ];
  quoteKalshi(kalshi, ticker, balanced, balanced);
  const entered = await sendFromPage<Reply<unknown>>(page, 'position.enter', {
    marketId: `kalshi:${ticker}`,
  });
  expect(entered.ok, JSON.stringify(entered)).toBe(true);
  const kalshiFeed = async () => {
    const reply = await sendFromPage<Reply<RealtimeView>>(page, 'realtime.status');
    return reply.ok ? reply.data.venues.find((v) => v.venue === 'kalshi') : undefined;
  };
  // No key: no socket, and the status says how to get live prices.
  await expect.poll(async () => (await kalshiFeed())?.restOnly, { timeout: 20_000 }).toBe('no_key');
  const dashboard = await context.newPage();
  await dashboard.setViewportSize({ width: 1100, height: 900 });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#health`);
  await expect(dashboard.getByTestId('realtime-venue-kalshi')).toHaveText(
    'Kalshi: checked over REST every 30 s — add a Kalshi key for live prices',
  );
  await dashboard.getByTestId('realtime-panel').screenshot({ path: shot('kalshi-realtime-no-key') });
  expect(kalshi.socketConnections()).toBe(0);

  // The key is saved: the stream signs the handshake, the offscreen worker opens the socket.
  const key = page.getByTestId('kalshi-key');
  await key.getByLabel('API key id').fill(KEY_ID);
  await key.getByLabel("Private key (the .key file's text)").fill(pem);
  await key.getByRole('button', { name: 'Save Kalshi key' }).click();
  await expect(key.getByTestId('kalshi-key-status')).toContainText('Saved');
  await expect.poll(async () => (await kalshiFeed())?.state, { timeout: 40_000 }).toBe('live');
  expect(kalshi.socketConnections()).toBe(1); // the fake checked the signature on the handshake
  // The header rule (a signature) is gone once the handshake is over.
  const rules = await page.evaluate('chrome.declarativeNetRequest.getSessionRules().then((r) => r.length)');
  expect(rules).toBe(0);
  await expect(dashboard.getByTestId('realtime-venue-kalshi')).toHaveText(
    'Kalshi: Live: price changes trigger decisions at once',
    { timeout: 10_000 },
  );
  await dashboard.getByTestId('realtime-panel').screenshot({ path: shot('kalshi-realtime-live') });

  // YES falls to 29¢ bid on the fake: its deltas reach the worker, which liquidates YES without a pass.
  const passes = async () =>
    (await readTable<{ pass: string }>(page, 'passLog')).filter((p) => p.pass === 'monitor').length;
  const passesBefore = await passes();
  quoteKalshi(kalshi, ticker, [[29, 20_000]], [[69, 20_000]]);
  await expect
    .poll(async () => (await readTable<{ status: string }>(page, 'positions'))[0]?.status, {
      timeout: 15_000,
    })
    .toBe('liquidated');
  const status = (await sendFromPage<Reply<RealtimeView>>(page, 'realtime.status')) as { data: RealtimeView };
  expect(status.data.recent.at(-1)).toMatchObject({
    kind: 'liquidate',
    trigger: 'realtime',
    outcome: 'acted',
  });
  expect(await passes()).toBe(passesBefore);
});
