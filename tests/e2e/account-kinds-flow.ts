import type { Page } from '@playwright/test';
import { proxyWalletOf, safeWalletOf } from '../../lib/adapters/wallet-doctor/account-addresses';
import type { startPolygonStub } from '../fake-polygon/polygon-rpc-stub';
import type { startFakePolymarket } from '../fake-polymarket/start-fake-polymarket';
import { useFakeEndpoints as pointAtFake, sendFromPage } from './extension-messages';
import { expect } from './fake-polymarket-fixture';
import { shot } from './shots';

// Hardhat's first well-known test account: never funded anywhere that matters.
const TEST_KEY = '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80';
const TEST_ADDRESS = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const PROXY = proxyWalletOf(TEST_ADDRESS);
const SAFE = safeWalletOf(TEST_ADDRESS);

/** The words the user sees, per language. */
export interface KindWords {
  lang: 'en' | 'fr';
  trading: string;
  kindLabel: string;
  funderLabel: string;
  runChecks: string;
  ready: string;
  notReady: string;
  failed: string;
  liveSwitch: string;
  looksLikeProxy: string;
  guide: Record<'0' | '1' | '2' | '3', string>;
  depositWallet: string;
  closeOnly: string;
  closeOnlyPositions: string;
  couldNotRun: string;
}

type Chain = Awaited<ReturnType<typeof startPolygonStub>>;
type Fake = Awaited<ReturnType<typeof startFakePolymarket>>;

/**
 * The options page for each account kind against the fake CLOB and the Polygon stub: the guide
 * says what to paste, the doctor says what it found, live trading only after a pass. Screenshots
 * `<lang>-kind-*.png` of the wallet section and the doctor.
 */
export async function walkAccountKinds(page: Page, fake: Fake, chain: Chain, words: KindWords) {
  const tag = (name: string) => shot(`${words.lang}-kind-${name}`);
  await pointAtFake(page, fake);
  const reply = await sendFromPage<{ ok: boolean }>(page, 'settings.update', {
    patch: { endpoints: { polygonRpcUrl: chain.rpcUrl, geoblockUrl: chain.geoblockUrl } },
  });
  expect(reply.ok).toBe(true);
  await sendFromPage(page, 'wallet.import', { privateKey: TEST_KEY, passphrase: 'correct horse battery' });
  await page.reload();

  const wallet = page.getByTestId('wallet-section');
  const guide = page.getByTestId('account-kind-guide');
  const kind = wallet.getByLabel(words.kindLabel);
  const funder = wallet.getByLabel(words.funderLabel);
  const doctor = page.getByTestId('wallet-doctor');
  const trading = page.getByRole('region', { name: words.trading });
  const liveSwitch = page.getByRole('switch', { name: words.liveSwitch });
  const run = async () => {
    await doctor.getByRole('button', { name: words.runChecks }).click();
    await expect(doctor.getByRole('list')).toBeVisible();
    await expect(doctor.getByRole('button', { name: words.runChecks })).toBeEnabled();
  };
  const setFunder = async (address: string) => {
    await funder.fill(address);
    await funder.press('Tab');
    await expect(funder).toHaveValue(address);
  };

  // 0 — plain wallet chosen, but the money sits in the email-login wallet of this key.
  chain.state.pusdOf = { [TEST_ADDRESS.toLowerCase()]: 0n, [SAFE.toLowerCase()]: 0n };
  await expect(kind).toHaveValue('0');
  await expect(guide).toContainText(words.guide['0']);
  await run();
  const kindCheck = doctor.getByTestId('doctor-check-signatureType');
  await expect(kindCheck).toContainText(words.failed);
  await expect(kindCheck).toContainText(words.looksLikeProxy);
  await expect(kindCheck).toContainText(PROXY);
  await expect(liveSwitch).toBeDisabled();
  await wallet.screenshot({ path: tag('0-wallet') });
  await trading.screenshot({ path: tag('0-doctor') });

  // 1 — email login: choose it in words, paste the address the doctor named.
  chain.state.pusdOf = {};
  await kind.selectOption('1');
  await expect(guide).toContainText(words.guide['1']);
  await setFunder(PROXY);
  await run();
  await expect(doctor).toContainText(words.ready);
  await expect(liveSwitch).toBeEnabled();
  await wallet.screenshot({ path: tag('1-wallet') });
  await trading.screenshot({ path: tag('1-doctor') });

  // 2 — browser wallet with its Safe.
  await kind.selectOption('2');
  await expect(guide).toContainText(words.guide['2']);
  await setFunder(SAFE);
  await run();
  await expect(doctor).toContainText(words.ready);
  await wallet.screenshot({ path: tag('2-wallet') });
  await trading.screenshot({ path: tag('2-doctor') });

  // 3 — deposit wallet: not supported, said plainly; live stays off.
  await kind.selectOption('3');
  await expect(guide).toContainText(words.guide['3']);
  await run();
  await expect(kindCheck).toContainText(words.depositWallet);
  await expect(doctor).toContainText(words.notReady);
  await expect(liveSwitch).toBeDisabled();
  await wallet.screenshot({ path: tag('3-wallet') });
  await trading.screenshot({ path: tag('3-doctor') });

  // Close-only region (endpoint says blocked, SG on the close-only list), email-login account.
  await kind.selectOption('1');
  await setFunder(PROXY);
  chain.state.geoblock = { blocked: true, country: 'SG' };
  await run();
  const region = doctor.getByTestId('doctor-check-region');
  await expect(region).toContainText(words.closeOnly);
  await expect(region).toContainText(words.closeOnlyPositions);
  await expect(liveSwitch).toBeDisabled();
  await trading.screenshot({ path: tag('region-close-only') });

  // Geoblock unreachable: nothing failed, but the check could not run — not ready, said why.
  await sendFromPage(page, 'settings.update', {
    patch: { endpoints: { geoblockUrl: 'http://127.0.0.1:9/geoblock' } },
  });
  await run();
  await expect(doctor.getByTestId('doctor-blocking')).toContainText(words.couldNotRun);
  await expect(liveSwitch).toBeDisabled();
  await trading.screenshot({ path: tag('region-unknown') });
  expect(await page.content()).not.toContain(TEST_KEY.slice(2));
}
