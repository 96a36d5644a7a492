import { expect, test } from './fake-venues-fixture';
import { walkKalshiStory } from './kalshi-story-flow';

test('the Kalshi story: scan, score, paper entry in whole contracts, divergence, liquidation, stop-loss', async ({
  context,
  extensionId,
  fake,
  kalshi,
}) => {
  await walkKalshiStory(context, extensionId, fake, kalshi, {
    lang: 'en',
    scanNow: 'Scan now',
    historyTab: 'History',
    enterAria: (market) => `Enter ${market}`,
    confirm: 'Confirm entry',
    liquidated: 'Liquidated: YES sold, NO held.',
    liquidation: 'Liquidation',
    stopLoss: 'Stop-loss',
  });
  expect(kalshi.requestLog.length).toBeGreaterThan(0);
});
