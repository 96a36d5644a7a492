import { useState } from 'react';
import { i18n } from '#i18n';
import { request } from '../../../lib/messaging/client';
import { errorText } from '../../ui/ui-text';

type Channel = 'telegram' | 'webhook' | 'browser';
const channels: readonly Channel[] = ['telegram', 'webhook', 'browser'];

type Result = { kind: 'busy' } | { kind: 'ok' } | { kind: 'failed'; message: string };

function resultText(channel: Channel, result: Result): string {
  const name = i18n.t(`notifyTest.channel.${channel}`);
  if (result.kind === 'busy') return i18n.t('notifyTest.sending', { channel: name });
  if (result.kind === 'ok') return i18n.t('notifyTest.sent', { channel: name });
  return i18n.t('notifyTest.failed', { channel: name, error: result.message });
}

/** "Send test message" for each channel, with the result (or the background's error) in words. */
export function NotifyTestButtons() {
  const [results, setResults] = useState<Partial<Record<Channel, Result>>>({});

  async function test(channel: Channel) {
    setResults((r) => ({ ...r, [channel]: { kind: 'busy' } }));
    let next: Result;
    try {
      const reply = await request('notify.test', { channel });
      next = reply.ok ? { kind: 'ok' } : { kind: 'failed', message: reply.error.message };
    } catch (e) {
      next = { kind: 'failed', message: errorText(e) };
    }
    setResults((r) => ({ ...r, [channel]: next }));
  }

  return (
    <div className="space-y-2">
      <p className="text-sm font-medium text-slate-800">{i18n.t('notifyTest.title')}</p>
      <div className="flex flex-wrap gap-2">
        {channels.map((channel) => (
          <button
            key={channel}
            type="button"
            disabled={results[channel]?.kind === 'busy'}
            aria-busy={results[channel]?.kind === 'busy'}
            onClick={() => void test(channel)}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
          >
            {i18n.t(`notifyTest.button.${channel}`)}
          </button>
        ))}
      </div>
      <ul aria-live="polite" className="space-y-1 text-sm" data-testid="notify-test-results">
        {channels.map((channel) => {
          const result = results[channel];
          if (!result) return null;
          const colour =
            result.kind === 'ok' ? 'text-gain' : result.kind === 'failed' ? 'text-loss' : 'text-slate-600';
          return (
            <li key={channel} className={colour}>
              {resultText(channel, result)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
