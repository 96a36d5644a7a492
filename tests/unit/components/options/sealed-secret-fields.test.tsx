import { describe, expect, it } from 'vitest';
import { KalshiKeyField } from '../../../../components/options/kalshi/KalshiKeyField';
import { TelegramTokenField } from '../../../../components/options/notify/TelegramTokenField';
import { RelayerKeyField } from '../../../../components/options/wallet/RelayerKeyField';
import { renderInLocale, visibleText } from '../render-in-locale';

/** The three write-only secrets of Options share one field: same parts, their own words and test ids. */
describe('sealed secret fields', () => {
  it('each shows its inputs, Save (disabled while empty), Remove and a status line, in English', () => {
    const kalshi = renderInLocale('en', <KalshiKeyField />);
    expect(kalshi).toContain('data-testid="kalshi-key"');
    expect(kalshi).toContain('data-testid="kalshi-key-status"');
    expect(visibleText(kalshi)).toContain('API key id');
    expect(visibleText(kalshi)).toContain('Read a .key file…');
    expect(visibleText(kalshi)).toContain('Kalshi key: Loading');
    expect(kalshi).toMatch(/<button type="button" disabled="" aria-busy="false"[^>]*>Save Kalshi key</);

    const relayer = renderInLocale('en', <RelayerKeyField signatureType={1} />);
    expect(relayer).toContain('data-testid="relayer-key-status"');
    expect(visibleText(relayer)).toContain('Address the key was issued to');
    expect(relayer).toContain('>Remove Relayer key<');

    const telegram = renderInLocale('en', <TelegramTokenField />);
    expect(telegram).toContain('data-testid="telegram-token-status"');
    expect(telegram).toContain('type="password"');
    expect(visibleText(telegram)).toContain('Token: Loading');
  });

  it('never renders the secret back: the inputs start empty', () => {
    for (const html of [
      renderInLocale('en', <KalshiKeyField />),
      renderInLocale('en', <RelayerKeyField signatureType={2} />),
      renderInLocale('en', <TelegramTokenField />),
    ]) {
      expect(html).not.toMatch(/<input[^>]*value="[^"]+"/);
    }
  });

  it('the relayer key is asked for Polymarket wallets only (types 1 to 3)', () => {
    expect(renderInLocale('en', <RelayerKeyField signatureType={0} />)).toBe('');
    expect(renderInLocale('en', <RelayerKeyField signatureType={3} />)).toContain('relayer-key');
  });

  it('speaks French', () => {
    const text = visibleText(renderInLocale('fr', <TelegramTokenField />));
    expect(text).toContain('Enregistrer le jeton');
    expect(text).toContain('Jeton :');
  });
});
