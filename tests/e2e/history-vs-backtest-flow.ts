import type { BrowserContext } from '@playwright/test';
import type { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';
import { seedStore } from './seed';

const HOUR = 3_600_000;
type Fake = Awaited<ReturnType<typeof startFakePolymarket>>;

/**
 * Six closed paper positions on three of the fake's markets over the last days (its /prices-history
 * covers the last week), so the backtest of the same period has prices to replay.
 */
export async function seedClosedOnFakeMarkets(context: BrowserContext, extensionId: string, fake: Fake) {
  const now = Date.now();
  const markets = fake.state.markets.filter((m) => !m.closed).slice(0, 3);
  const positions = Array.from({ length: 6 }, (_, i) => {
    const m = markets[i % 3];
    if (!m) throw new Error('the fake has too few open markets');
    const entry = now - (120 - i * 12) * HOUR;
    const pnl = i % 3 === 0 ? 4_000_000 : -6_000_000;
    return {
      id: `vs-${i}`,
      marketId: m.id,
      marketName: m.question,
      conditionId: m.conditionId,
      eventId: m.eventId,
      yesTokenId: m.tokens[0].tokenId,
      noTokenId: m.tokens[1].tokenId,
      yesLabel: 'Yes',
      noLabel: 'No',
      entryTime: entry,
      entryPriceYes: 500_000,
      entryPriceNo: 500_000,
      capitalYes: 50_000_000,
      capitalNo: 50_000_000,
      sharesYes: 0,
      sharesNo: 0,
      currentPriceYes: 500_000,
      currentPriceNo: 500_000,
      status: 'closed',
      liquidatedSide: null,
      realisedProceeds: 100_000_000 + pnl,
      feesPaid: 2_000_000,
      pnl,
      mode: 'paper',
      closeReason: pnl > 0 ? 'take_profit' : 'stop_loss',
      closedAt: entry + 10 * HOUR,
      updatedAt: entry + 10 * HOUR,
      strategy: 'balancing',
    };
  });
  await seedStore(context, extensionId, { positions });
}
