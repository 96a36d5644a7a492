import { slugsOfSenderPage } from '../../core/model/page-slugs';
import { validationError } from '../../errors/app-error';
import type { OverlayMessage } from '../../messaging/overlay-protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Store } from '../ports/store-port';

export interface OverlayHandlerDeps {
  store: Store;
  /** Open one of the extension's pages in a new tab, e.g. "/dashboard.html#enter=123". */
  openPage: (path: string) => Promise<void>;
}

/**
 * Answers to the overlay on polymarket.com. Nothing here trades: "Enter balanced position" only
 * opens the dashboard, where the entry is previewed and confirmed by the user.
 */
export function createOverlayHandlers(deps: OverlayHandlerDeps): HandlersFor<OverlayMessage> {
  const { store } = deps;

  async function marketIdsBySlug(slugs: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const o of await store.opportunities.bySlugs(slugs)) out.set(o.marketId, o.slug);
    for (const slug of slugs) {
      const market = await store.markets.bySlug(slug);
      if (market && !out.has(market.id)) out.set(market.id, slug);
    }
    return out;
  }

  return {
    'overlay.display': async () => ({ mode: (await store.settings.get()).mode }),
    'overlay.positions': async (_payload, sender) => {
      const slugs = sender.kind === 'content-script' ? slugsOfSenderPage(sender.url) : [];
      if (slugs.length === 0) return [];
      const ids = await marketIdsBySlug(slugs);
      const open = await store.positions.listOpen();
      return open.flatMap((p) => {
        const slug = ids.get(p.marketId);
        if (slug === undefined || p.status === 'closed') return [];
        return [
          {
            slug,
            marketId: p.marketId,
            status: p.status,
            mode: p.mode,
            yesLabel: p.yesLabel,
            noLabel: p.noLabel,
            entryPriceYes: p.entryPriceYes,
            entryPriceNo: p.entryPriceNo,
            currentPriceYes: p.currentPriceYes,
            currentPriceNo: p.currentPriceNo,
            liquidatedSide: p.liquidatedSide,
            pnl: p.pnl,
            capital: p.capitalYes + p.capitalNo,
          },
        ];
      });
    },
    'overlay.openEntry': async ({ slug }) => {
      const [marketId] = (await marketIdsBySlug([slug])).keys();
      if (marketId === undefined) {
        throw validationError('This market has not been scanned yet: run a scan, then try again.', {
          code: 'market_not_scanned',
        });
      }
      await deps.openPage(`/dashboard.html#enter=${encodeURIComponent(marketId)}`);
      return { opened: true };
    },
  };
}
