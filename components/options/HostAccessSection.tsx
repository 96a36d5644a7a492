import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { type OriginNeed, requiredOrigins } from '../../lib/settings/required-origins';
import type { Settings } from '../../lib/settings/schema';

/**
 * The hosts the current settings talk to beyond Polymarket (news, Telegram, a webhook, the Polygon
 * RPC), whether the browser allows it, and one button to grant what is missing. Browsers only grant
 * host access from a click, so this cannot happen in the background.
 */
export function HostAccessSection({ settings }: { settings: Settings }) {
  const needs = requiredOrigins(settings);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [denied, setDenied] = useState(false);
  const key = needs.map((n) => n.pattern).join(' ');

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      key
        .split(' ')
        .filter(Boolean)
        .map(
          async (pattern) => [pattern, await browser.permissions.contains({ origins: [pattern] })] as const,
        ),
    ).then((pairs) => !cancelled && setGranted(Object.fromEntries(pairs)));
    return () => {
      cancelled = true;
    };
  }, [key]);

  const missing = needs.filter((n) => granted[n.pattern] === false);
  function grant() {
    setDenied(false);
    // Called straight from the click, before any await: the browser requires a user gesture.
    void browser.permissions.request({ origins: missing.map((n) => n.pattern) }).then((ok) => {
      setDenied(!ok);
      if (ok) setGranted((g) => ({ ...g, ...Object.fromEntries(missing.map((n) => [n.pattern, true])) }));
    });
  }

  return (
    <section
      aria-labelledby="host-access"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="host-access" className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600">
        {i18n.t('hostAccess.title')}
      </h2>
      <p className="mb-3 text-sm text-slate-600">{i18n.t('hostAccess.intro')}</p>
      <ul className="space-y-1 text-sm">
        {needs.map((need: OriginNeed) => (
          <li key={need.pattern} className="flex items-center justify-between gap-3">
            <span>
              <span className="font-medium">{i18n.t(`hostAccess.purpose.${need.purpose}`)}</span>{' '}
              <span className="font-mono text-xs text-slate-500">{need.pattern.replace('/*', '')}</span>
            </span>
            <span className={granted[need.pattern] ? 'text-gain' : 'text-warn'}>
              {granted[need.pattern] === undefined
                ? '…'
                : granted[need.pattern]
                  ? i18n.t('hostAccess.allowed')
                  : i18n.t('hostAccess.notAllowed')}
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <button
          type="button"
          onClick={grant}
          className="mt-3 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500"
        >
          {i18n.t('hostAccess.grant')}
        </button>
      )}
      {denied && (
        <p role="alert" className="mt-2 text-sm text-loss">
          {i18n.t('hostAccess.denied')}
        </p>
      )}
    </section>
  );
}
