/**
 * Rows seeded into the extension's IndexedDB for the UI flows: shapes of lib/adapters/storage/schema
 * (money, prices and shares in micros). Market names carry commas, quotes and accents on purpose.
 */
import { HOUR, healthRows } from './seed-health';

export function seedRows(now: number) {
  const factor = (
    raw: number | null,
    normalised: number,
    weight: number,
    missing = false,
    note?: string,
    noteCode?: string,
  ) => ({
    raw,
    normalised,
    weight,
    missing,
    ...(note ? { note } : {}),
    ...(noteCode ? { noteText: { code: noteCode, params: {} } } : {}),
  });
  const opportunity = (i: number, name: string, score: number, midYes: number) => ({
    id: `opp-${i}`,
    marketId: `m-${i}`,
    marketName: name,
    slug: `market-${i}`,
    eventSlug: `event-${i}`,
    conditionId: `0xcond${i}`,
    score,
    liquidity: (40_000 + i * 13_000) * 1e6,
    volume24h: (12_000 + i * 3_100) * 1e6,
    whaleActivityScore: 0.1 * (i % 7),
    newsRelevanceScore: i % 3 === 0 ? 0 : 0.4,
    volatilityScore: 0.5,
    liquidityScore: 0.6,
    factors: {
      liquidity: factor(52_000 + i * 1000, 0.62, 0.3),
      volatility: factor(0.041, 0.55 + (i % 4) * 0.1, 0.3),
      whales: factor(0.18, 0.1 * (i % 7), 0.2),
      news:
        i % 3 === 0
          ? factor(null, 0, 0.2, true, 'news off or unavailable', 'news_unavailable')
          : factor(3, 0.4, 0.2),
    },
    missing: i % 3 === 0 ? ['no news data'] : [],
    midYes,
    midNo: 1_000_000 - midYes + 10_000,
    endTime: now + (5 + i) * 24 * HOUR,
    detectedAt: now - 2 * 60_000,
    scanId: 'scan-1',
  });
  const opportunities = [
    opportunity(1, 'Will the Fed cut rates in December?', 9, 520_000),
    opportunity(2, 'Bitcoin above $100,000 on "Dec 31"?', 8, 470_000),
    opportunity(3, 'Élection présidentielle : Macron, démission avant 2027 ?', 7, 410_000),
    opportunity(4, 'Will Arsenal win the Premier League?', 6, 380_000),
    opportunity(5, 'Will it snow in Paris on Christmas Day?', 4, 600_000),
  ];
  const position = (over: Record<string, unknown>) => ({
    id: 'pos-1',
    marketId: 'm-1',
    marketName: 'Will the Fed cut rates in December?',
    conditionId: '0xcond1',
    eventId: 'e-1',
    yesTokenId: 'tok-yes-1',
    noTokenId: 'tok-no-1',
    yesLabel: 'Yes',
    noLabel: 'No',
    entryTime: now - 5 * HOUR,
    entryPriceYes: 520_000,
    entryPriceNo: 490_000,
    capitalYes: 50_000_000,
    capitalNo: 50_000_000,
    sharesYes: 96_153_846,
    sharesNo: 102_040_816,
    currentPriceYes: 620_000,
    currentPriceNo: 380_000,
    status: 'active',
    liquidatedSide: null,
    realisedProceeds: 0,
    feesPaid: 1_200_000,
    pnl: 1_340_000,
    mode: 'paper',
    closeReason: null,
    closedAt: null,
    updatedAt: now - 60_000,
    strategy: 'balancing',
    ...over,
  });
  const positions = [
    position({}),
    position({
      id: 'pos-2',
      marketId: 'm-2',
      marketName: 'Bitcoin above $100,000 on "Dec 31"?',
      entryPriceYes: 470_000,
      entryPriceNo: 540_000,
      currentPriceYes: 790_000,
      currentPriceNo: 210_000,
      sharesNo: 0,
      status: 'liquidated',
      liquidatedSide: 'no',
      realisedProceeds: 19_100_000,
      pnl: 3_050_000,
    }),
    position({
      id: 'pos-3',
      marketId: 'm-9',
      marketName: 'Élection présidentielle : Macron, démission avant 2027 ?',
      status: 'closed',
      closeReason: 'take_profit',
      closedAt: now - 30 * 60_000,
      sharesYes: 0,
      sharesNo: 0,
      realisedProceeds: 131_000_000,
      pnl: 31_000_000,
    }),
  ];
  const trade = (id: string, over: Record<string, unknown>) => ({
    id,
    positionId: 'pos-1',
    marketId: 'm-1',
    marketName: 'Will the Fed cut rates in December?',
    intentId: `intent-${id}`,
    side: 'yes',
    action: 'buy',
    reason: 'entry',
    price: 520_000,
    amount: 50_000_000,
    shares: 96_153_846,
    fee: 600_000,
    transactionHash: null,
    orderId: `order-${id}`,
    status: 'filled',
    error: null,
    mode: 'paper',
    executedAt: now - 5 * HOUR,
    ...over,
  });
  const trades = [
    trade('t1', {}),
    trade('t2', { side: 'no', price: 490_000, shares: 102_040_816 }),
    trade('t3', {
      positionId: 'pos-2',
      marketId: 'm-2',
      marketName: 'Bitcoin above $100,000 on "Dec 31"?',
      executedAt: now - 4 * HOUR,
      price: 470_000,
    }),
    trade('t4', {
      positionId: 'pos-2',
      marketId: 'm-2',
      marketName: 'Bitcoin above $100,000 on "Dec 31"?',
      side: 'no',
      action: 'sell',
      reason: 'liquidation',
      price: 210_000,
      amount: 19_100_000,
      shares: 92_592_592,
      fee: 350_000,
      executedAt: now - HOUR,
    }),
    trade('t5', {
      positionId: 'pos-3',
      marketId: 'm-9',
      marketName: 'Élection présidentielle : Macron, démission avant 2027 ?',
      action: 'sell',
      reason: 'take_profit',
      price: 655_000,
      amount: 65_500_000,
      executedAt: now - 30 * 60_000,
    }),
    trade('t6', {
      marketName: 'Will the Fed cut rates in December?',
      action: 'sell',
      reason: 'manual',
      status: 'failed',
      // As a killed FOK sell is recorded: the exchange's words and the code History says.
      error: "order couldn't be fully filled. FOK orders are fully filled or killed.",
      errorText: { code: 'fok_not_filled', params: {} },
      amount: 0,
      shares: 0,
      fee: 0,
      executedAt: now - 20 * 60_000,
    }),
  ];
  // As the scan pass writes them: the English reason and its coded form (rule code, numbers in micros).
  const rejections = [
    {
      marketId: 'r-1',
      marketName: 'Will Ethereum flip Bitcoin?',
      rule: 'spread_too_wide',
      message: 'Spread 4¢ on NO is wider than your 3¢ limit',
      messageText: {
        code: 'spread_too_wide',
        params: { side: 'no', spreadPrice: 40_000, maxSpreadPrice: 30_000 },
      },
      scanId: 'scan-1',
      scannedAt: now - 120_000,
    },
    {
      marketId: 'r-2',
      marketName: 'Will Taylor Swift tour Mars?',
      rule: 'outside_band',
      message: 'YES at 8¢ is outside your 35¢–65¢ band',
      messageText: {
        code: 'outside_band',
        params: { side: 'yes', markPrice: 80_000, lowPrice: 350_000, highPrice: 650_000 },
      },
      scanId: 'scan-1',
      scannedAt: now - 120_000,
    },
  ];
  const whales = [
    {
      id: 'w1',
      walletAddress: '0x1234567890abcdef1234567890abcdef12345678',
      name: 'BigFish',
      totalVolume: 1_250_000 * 1e6,
      tradeCount: 312,
      marketsActive: 14,
      lastTradeTime: now - 30 * 60_000,
      firstSeenAt: now - 72 * HOUR,
      tracked: true,
      patterns: { style: 'contrarian', avgTradeUsd: 4000 },
      updatedAt: now,
    },
    {
      id: 'w2',
      walletAddress: '0xabcdefabcdefabcdefabcdefabcdefabcdefabcd',
      name: null,
      totalVolume: 480_000 * 1e6,
      tradeCount: 88,
      marketsActive: 5,
      lastTradeTime: now - 3 * HOUR,
      firstSeenAt: now - 48 * HOUR,
      tracked: false,
      patterns: {},
      updatedAt: now,
    },
  ];
  const hours = Array.from({ length: 48 }, (_, k) => Math.floor((now - (47 - k) * HOUR) / 1000));
  const priceHistory = [
    {
      tokenId: 'tok-yes-1',
      points: hours.map((t, k) => ({ t, p: 0.5 + 0.12 * Math.sin(k / 6) })),
      fidelityMinutes: 60,
      fetchedAt: now,
    },
    {
      tokenId: 'tok-no-1',
      points: hours.map((t, k) => ({ t, p: 0.5 - 0.12 * Math.sin(k / 6) })),
      fidelityMinutes: 60,
      fetchedAt: now,
    },
  ];
  const outcome = (tokenId: string, label: string, price: number) => ({ tokenId, label, price });
  const markets = [
    {
      id: 'm-1',
      conditionId: '0xcond1',
      slug: 'market-1',
      updatedAt: now,
      market: {
        id: 'm-1',
        conditionId: '0xcond1',
        slug: 'market-1',
        question: 'Will the Fed cut rates in December?',
        yes: outcome('tok-yes-1', 'Yes', 620_000),
        no: outcome('tok-no-1', 'No', 380_000),
      },
    },
  ];
  return {
    ...healthRows(now),
    opportunities,
    positions,
    trades,
    rejections,
    whales,
    priceHistory,
    markets,
  };
}
