import type { CoreMessage } from '../../messaging/protocol';
import type { HandlersFor } from '../../messaging/router';
import type { Clock } from '../../ports';
import type { SettingsPatch } from '../../settings/parse-settings';
import type { Settings } from '../../settings/schema';
import { assertLiveAllowed } from '../live-mode/live-mode-guard';
import type { PassScheduler } from '../passes/pass-scheduler';
import type { Store } from '../ports/store-port';

export interface HandlerDeps {
  store: Store;
  scheduler: PassScheduler;
  clock: Clock;
  version: string;
  /**
   * After a saved settings change: the vault re-arms its auto-lock, live mode drops to paper when
   * the change voids the wallet doctor's approval (see live-mode-drop.ts).
   */
  afterSettingsChange?: (before: Settings, after: Settings) => Promise<void>;
}

/** The background's answers to the UI's requests. Business rules live here, not in the entry point. */
export function createMessageHandlers(deps: HandlerDeps): HandlersFor<CoreMessage> {
  const { store, scheduler } = deps;
  return {
    'status.get': async () => {
      const settings = await store.settings.get();
      const open = await store.positions.listOpen();
      return {
        mode: settings.mode,
        killSwitch: settings.killSwitch,
        openPositions: open.length,
        version: deps.version,
      };
    },
    'settings.get': () => store.settings.get(),
    'settings.update': async ({ patch }) => {
      // Live trading is switched on only after the wallet doctor passed (and through mode.setLive).
      if (patch.mode === 'live') await assertLiveAllowed(store, deps.clock.now());
      const before = await store.settings.get();
      const result = await store.settings.update(patch as SettingsPatch);
      if (!result.ok) return result;
      await scheduler.sync(result.settings);
      await deps.afterSettingsChange?.(before, result.settings);
      return { ...result, settings: await store.settings.get() };
    },
    'settings.reset': async () => {
      const before = await store.settings.get();
      const settings = await store.settings.reset();
      await scheduler.sync(settings);
      await deps.afterSettingsChange?.(before, settings);
      return store.settings.get();
    },
    'killSwitch.set': async ({ on }) => {
      const result = await store.settings.update({ killSwitch: on });
      if (!result.ok) throw new Error(result.issues[0]?.message ?? 'Could not change the kill switch.');
      return result.settings;
    },
    'pass.run': ({ pass }) => scheduler.run(pass),
    'overlay.scores': async ({ slugs }) => {
      const rows = await store.opportunities.bySlugs(slugs);
      return rows.map((r) => ({
        slug: r.slug,
        marketId: r.marketId,
        score: r.score,
        whaleActivityScore: r.whaleActivityScore,
        factors: {
          liquidity: {
            normalised: r.factors.liquidity.normalised,
            missing: r.factors.liquidity.missing,
            raw: r.factors.liquidity.raw,
          },
          volatility: { normalised: r.factors.volatility.normalised, missing: r.factors.volatility.missing },
          whales: { normalised: r.factors.whales.normalised, missing: r.factors.whales.missing },
          news: { normalised: r.factors.news.normalised, missing: r.factors.news.missing },
        },
      }));
    },
  };
}
