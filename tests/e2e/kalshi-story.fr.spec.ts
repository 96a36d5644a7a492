import { expect, test } from './fake-venues-fixture';
import { walkKalshiStory } from './kalshi-story-flow';

test('l’histoire Kalshi en français : analyse, note, entrée papier en contrats entiers, liquidation, stop-loss', async ({
  context,
  extensionId,
  fake,
  kalshi,
}) => {
  await walkKalshiStory(context, extensionId, fake, kalshi, {
    lang: 'fr',
    scanNow: 'Analyser',
    historyTab: 'Historique',
    enterAria: (market) => `Entrer sur ${market}`,
    confirm: 'Confirmer l’entrée',
    liquidated: 'Liquidée : OUI vendu, NON conservé.',
    liquidation: 'Liquidation',
    stopLoss: 'Stop-loss',
  });
  expect(kalshi.requestLog.length).toBeGreaterThan(0);
});
