import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** The Polymarket hosts of the manifest (and the test build's local host). */
const polymarketOrigins = () => browser.runtime.getManifest().host_permissions ?? [];

/**
 * Chrome grants the manifest's host permissions for good; Firefox (desktop and Android) lets the
 * user take them back at any time. When they are missing the popup says what stops working and
 * asks again, from the click (browsers only grant host access from a user gesture).
 */
export function PolymarketAccess() {
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void browser.permissions
      .contains({ origins: polymarketOrigins() })
      .then((granted) => !cancelled && setMissing(!granted));
    return () => {
      cancelled = true;
    };
  }, []);

  if (!missing) return null;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-slate-800">
      <p>{i18n.t('hostAccess.polymarketMissing')}</p>
      <button
        type="button"
        onClick={() =>
          void browser.permissions
            .request({ origins: polymarketOrigins() })
            .then((granted) => setMissing(!granted))
        }
        className="mt-2 min-h-11 rounded-md bg-brand-600 px-3 text-sm font-semibold text-white hover:bg-brand-500"
      >
        {i18n.t('hostAccess.polymarketGrant')}
      </button>
    </div>
  );
}
