import { withBookChanges } from '../fake-polymarket/exchange/book-change-publisher';
import { prepareMarket, setYesBook } from '../integration/trading/support/fake-books';
import { sendFromPage, useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';
import { readTable } from './store-reader';

type Reply<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
interface RealtimeView {
  state: string;
  subscribedTokens?: number;
  recent: { trigger: string; outcome: string }[];
}

test('the worker liquidates on a websocket price event, without waiting for the 30 s pass', async ({
  context,
  extensionId,
  fake,
}) => {
  const market = prepareMarket(fake, 2);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await useFakeEndpoints(page, fake);

  const entered = await sendFromPage<Reply<unknown>>(page, 'position.enter', { marketId: market.id });
  expect(entered.ok, JSON.stringify(entered)).toBe(true);
  // The socket opens for the new position's two tokens and is checked against REST before it is trusted.
  const realtimeState = async () => {
    const reply = await sendFromPage<Reply<RealtimeView>>(page, 'realtime.status');
    return reply.ok ? reply.data.state : 'error';
  };
  await expect.poll(realtimeState, { timeout: 20_000 }).toBe('live');

  const passesBefore = (await readTable<{ pass: string }>(page, 'passLog')).filter(
    (p) => p.pass === 'monitor',
  ).length;
  // YES crashes to ~31¢; the fake pushes the book changes on its market websocket.
  withBookChanges(fake.state, market, () => setYesBook(fake, market, [[0.3, 500]], [[0.32, 500]]));
  await expect
    .poll(async () => (await readTable<{ status: string }>(page, 'positions'))[0]?.status, {
      timeout: 10_000,
    })
    .toBe('liquidated');
  const status = (await sendFromPage<Reply<RealtimeView>>(page, 'realtime.status')) as { data: RealtimeView };
  expect(status.data.recent.at(-1)).toMatchObject({ trigger: 'realtime', outcome: 'acted' });
  const passesAfter = (await readTable<{ pass: string }>(page, 'passLog')).filter(
    (p) => p.pass === 'monitor',
  ).length;
  expect(passesAfter).toBe(passesBefore);
});
