import { describe, expect, it } from 'vitest';
import { renderTradeError } from '../../../components/dashboard/history/trade-error-text';
import { FOK_KILLED, NOT_ENOUGH_BALANCE } from '../../../lib/adapters/exchange/paper-fill';
import { coded } from '../../../lib/messaging/coded-text';
import { localeMessages, lookupIn } from './locale-messages';

const fr = lookupIn(localeMessages('fr'));
const en = lookupIn(localeMessages('en'));
const FR = 'fr-FR';

describe('a failed trade’s reason in the UI language', () => {
  it('says the common failures in French', () => {
    expect(renderTradeError({ error: FOK_KILLED, errorText: coded('fok_not_filled') }, fr, FR)).toBe(
      'Profondeur insuffisante dans la limite de prix : l’ordre tout-ou-rien a été annulé, rien n’a été échangé',
    );
    expect(
      renderTradeError({ error: NOT_ENOUGH_BALANCE, errorText: coded('not_enough_balance') }, fr, FR),
    ).toBe(
      'Solde ou autorisation insuffisants : ajoutez des fonds ou vérifiez les autorisations dans les options',
    );
    const small = coded('below_min_size', { orderShares: 2_500_000, minShares: 5_000_000 });
    expect(
      renderTradeError({ error: 'Size (2.5) lower than the minimum: 5', errorText: small }, fr, FR),
    ).toBe('Ordre de 2,5 parts, sous le minimum du marché (5)');
    expect(
      renderTradeError(
        { error: 'order CANCELED', errorText: coded('not_matched', { status: 'CANCELED' }) },
        fr,
        FR,
      ),
    ).toBe('Non exécuté par la plateforme (ordre CANCELED) : rien n’a été échangé');
  });

  it('frames the exchange’s own words when the code has none of its own', () => {
    const invalid = { error: 'invalid signature', errorText: coded('order_invalid') };
    expect(renderTradeError(invalid, fr, FR)).toBe('La plateforme a refusé l’ordre : invalid signature');
    const novel = { error: 'market paused', errorText: coded('brand_new_refusal') };
    expect(renderTradeError(novel, fr, FR)).toBe('Refusé par la plateforme : market paused');
    expect(renderTradeError(novel, en, 'en-US')).toBe('Refused by the exchange: market paused');
  });

  it('keeps the stored words of a row written before codes, and says "—" without any', () => {
    expect(renderTradeError({ error: 'Not enough depth on the bids' }, fr, FR)).toBe(
      'Not enough depth on the bids',
    );
    expect(renderTradeError({ error: null }, fr, FR)).toBe('—');
  });

  it('says the same failures in English', () => {
    expect(renderTradeError({ error: FOK_KILLED, errorText: coded('fok_not_filled') }, en, 'en-US')).toBe(
      'Not enough depth within the price limit: the fill-or-kill order was cancelled, nothing traded',
    );
  });
});
