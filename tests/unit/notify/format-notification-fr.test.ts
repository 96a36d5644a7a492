import { describe, expect, it } from 'vitest';
import { ENGLISH_WORDS } from '../../../lib/core/notify/english-words';
import { formatNotification, plainText } from '../../../lib/core/notify/format-notification';
import { FRENCH_WORDS } from '../../../lib/core/notify/french-words';
import type { NotificationEvent } from '../../../lib/core/notify/notification-event';
import { toTelegramHtml } from '../../../lib/core/notify/telegram-html';
import { notificationWordsFor } from '../../../lib/core/notify/words-for-language';
import { breaker, entry, errorEvent } from './notify-fixtures';

/** Intl writes French separators as (narrow) no-break spaces: compare them as plain spaces. */
const sp = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const fr = (event: NotificationEvent, repeats: { count: number; sinceMs: number } | null = null) => {
  const text = formatNotification({ key: 'k', event, repeats, at: 0 }, FRENCH_WORDS);
  return { title: sp(text.title), lines: text.lines.map(sp) };
};

describe('notifications in French', () => {
  it('words an entry with French prices and money', () => {
    expect(fr(entry)).toEqual({
      title: 'Position ouverte',
      lines: ['Will <Team A> & B win?', 'OUI 48¢ + NON 53¢, coût 100,00 $ · papier'],
    });
    expect(fr({ ...entry, priceNo: 0, priceYes: 675_000, cost: 1_234_500_000 }).lines[1]).toBe(
      'OUI 67,5¢ seulement, coût 1 234,50 $ · papier',
    );
  });

  it('words a liquidation and a close with a signed French P&L', () => {
    const facts = { marketId: 'm', marketName: 'X', positionId: 'p' };
    const sold = fr({
      type: 'liquidation',
      ...facts,
      mode: 'live',
      side: 'no',
      price: 625_000,
      proceeds: 60_500_000,
      pnl: 10_500_000,
    });
    expect(sold).toEqual({
      title: 'Côté liquidé',
      lines: ['X', 'NON vendu à 62,5¢ pour 60,50 $, P&L +10,50 $ · réel'],
    });
    const close = fr({ type: 'close', ...facts, mode: 'paper', reason: 'stop_loss', pnl: -3_200_000 });
    expect(close).toEqual({ title: 'Position fermée', lines: ['X', 'Stop-loss, P&L −3,20 $ · papier'] });
    const odd = fr({ type: 'close', ...facts, mode: 'paper', reason: 'some_new_reason', pnl: 0 });
    expect(odd.lines[1]).toBe('some new reason, P&L 0,00 $ · papier');
  });

  it('words errors: the scope, the errors the bot words itself, the repeats', () => {
    expect(fr(errorEvent(), { count: 37, sinceMs: 600_000 })).toEqual({
      title: 'Erreur : Suivi',
      lines: ['Polymarket is rate limiting us. (rate_limited) · réel', '(et 37 autres erreurs en 10 min)'],
    });
    const entryFailed: NotificationEvent = {
      type: 'error',
      code: 'entry_failed',
      scope: 'trading',
      message: 'Entry in "X" failed on one side; the filled side was sold back.',
      mode: 'paper',
      facts: { marketName: 'X' },
    };
    expect(fr(entryFailed).lines[0]).toBe(
      'L’entrée sur « X » a échoué d’un côté ; le côté exécuté a été revendu. (entry_failed) · papier',
    );
    const passFailed: NotificationEvent = {
      type: 'error',
      code: 'pass_failed',
      scope: 'scan',
      message: 'The scan pass failed: Timed out after 20 s.',
      mode: null,
      facts: { reason: 'Timed out after 20 s.' },
    };
    expect(fr(passFailed)).toEqual({
      title: 'Erreur : Analyse',
      lines: ['La tâche Analyse a échoué : Timed out after 20 s. (pass_failed)'],
    });
  });

  it('words the daily loss breaker, the test message and summaries of any span', () => {
    expect(fr(breaker)).toEqual({
      title: 'Limite de perte journalière atteinte',
      lines: [
        'Perte du jour 120,00 $, limite 100,00 $. Les nouvelles entrées sont suspendues jusqu’à demain · papier',
      ],
    });
    expect(fr({ type: 'test', channel: 'telegram' }).lines).toEqual([
      'Polymarket Equilibrage peut vous joindre par Telegram.',
    ]);
    expect(fr(entry, { count: 1, sinceMs: 45_000 }).lines[2]).toBe('(et 1 autre notification en 45 s)');
    expect(fr(entry, { count: 1_200, sinceMs: 5_400_000 }).lines[2]).toBe(
      '(et 1 200 autres notifications en 1,5 h)',
    );
    expect(fr(errorEvent(), { count: 2, sinceMs: 3 * 86_400_000 }).lines[1]).toBe(
      '(et 2 autres erreurs en 3 jours)',
    );
  });

  it('escapes the French text for Telegram like the English', () => {
    const html = toTelegramHtml(
      formatNotification({ key: 'k', event: entry, repeats: null, at: 0 }, FRENCH_WORDS),
    );
    expect(sp(html)).toBe(
      '<b>Position ouverte</b>\nWill &lt;Team A&gt; &amp; B win?\nOUI 48¢ + NON 53¢, coût 100,00 $ · papier',
    );
  });

  it('picks the words of the UI language, English for any other, and English by default', () => {
    expect(notificationWordsFor('fr')).toBe(FRENCH_WORDS);
    expect(notificationWordsFor('fr-CA')).toBe(FRENCH_WORDS);
    expect(notificationWordsFor('en-US')).toBe(ENGLISH_WORDS);
    expect(notificationWordsFor('de')).toBe(ENGLISH_WORDS);
    expect(notificationWordsFor('')).toBe(ENGLISH_WORDS);
    expect(notificationWordsFor('frisian-ish')).toBe(ENGLISH_WORDS);
    const outgoing = { key: 'k', event: breaker, repeats: null, at: 0 };
    expect(plainText(formatNotification(outgoing))).toBe(
      plainText(formatNotification(outgoing, ENGLISH_WORDS)),
    );
  });
});
