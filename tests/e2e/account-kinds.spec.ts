import { startPolygonStub } from '../fake-polygon/polygon-rpc-stub';
import { walkAccountKinds } from './account-kinds-flow';
import { test } from './fake-polymarket-fixture';

test('options page for each account kind: what to paste, what the doctor finds, live only after a pass', async ({
  context,
  extensionId,
  fake,
}) => {
  const chain = await startPolygonStub();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 1000, height: 1400 });
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await walkAccountKinds(page, fake, chain, {
      lang: 'en',
      trading: 'Trading mode',
      kindLabel: 'Account kind',
      funderLabel: 'Polymarket wallet address',
      runChecks: 'Run checks',
      ready: 'Ready for live trading',
      notReady: 'Not ready',
      failed: 'Failed',
      liveSwitch: 'Live trading',
      looksLikeProxy: 'this looks like an email-login (Magic) account',
      guide: {
        '0': 'leave it empty',
        '1': 'under your profile picture → Deposit',
        '2': 'the browser wallet you log in with',
        '3': 'not supported yet',
      },
      depositWallet: 'the order signer address has to be the address of the API KEY',
      closeOnly: 'close-only',
      closeOnlyPositions: 'Open live positions are still watched and closed',
      couldNotRun: 'A check that could not run counts as not passed',
    });
  } finally {
    await chain.close();
  }
});
