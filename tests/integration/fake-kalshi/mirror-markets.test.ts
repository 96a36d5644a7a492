import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeKalshi, startFakeKalshi } from '../../fake-kalshi/start-fake-kalshi.ts';

const END = Date.UTC(2026, 5, 15, 12);
const question = 'Will Bitcoin be above $120000 on 2026-06-15? #12';
const getJson = async (url: string) => (await fetch(url)).json() as Promise<Record<string, unknown>>;

let fake: FakeKalshi;
beforeAll(async () => {
  fake = await startFakeKalshi({
    markets: 3,
    mirror: [
      { question, endTimeMs: END, yesMid: 400_000 },
      { question, endTimeMs: END, kind: 'inverted', yesMid: 400_000 },
      { question, endTimeMs: END, kind: 'near_miss' },
    ],
  });
});
afterAll(() => fake.close());

type Wire = { ticker: string; title: string; rules_primary: string; close_time: string };

describe('the fake Kalshi lists the bets another venue lists, in its own words', () => {
  it('lists each mirrored bet next to its own markets, worded the Kalshi way, closing 3 hours after', async () => {
    const page = (await getJson(`${fake.restUrl}/markets?status=open&limit=100`)).markets as Wire[];
    expect(page).toHaveLength(6);
    const [same, inverted, nearMiss] = fake.mirrored.map((t) => page.find((m) => m.ticker === t));
    expect(same).toMatchObject({
      ticker: 'KXBITCOIN-26JUN15-M0',
      title: 'Bitcoin above $120,000 on Jun 15, 2026?',
      rules_primary:
        'If Bitcoin is above $120,000 on Jun 15, 2026, then the market resolves to Yes. Otherwise, it resolves to No.',
      close_time: '2026-06-15T15:00:00Z',
    });
    expect(inverted?.title).toBe('Bitcoin below $120,000 on Jun 15, 2026?');
    expect(nearMiss?.title).toBe('Bitcoin above $126,000 on Jun 15, 2026?');
  });

  it('quotes the inverted listing the other way round: its YES is the stated bet’s NO', async () => {
    const [same, inverted] = fake.mirrored;
    const book = async (t?: string) =>
      ((await getJson(`${fake.restUrl}/markets/${t}/orderbook`)).orderbook_fp as { yes_dollars: string[][] })
        .yes_dollars;
    // best YES bid one cent under the mid: 39¢ for the stated bet at 40¢, 59¢ for its inverse
    expect((await book(same)).at(-1)?.[0]).toBe('0.3900');
    expect((await book(inverted)).at(-1)?.[0]).toBe('0.5900');
  });
});
