import { LIVE_STOP_KEY, type LiveStop, liveStopSchema } from '../../core/model/rows/live-stop';
import type { LiveStopReason } from '../../core/notify/notification-event';
import type { Notifier } from '../../core/notify/notifier';
import { validationError } from '../../errors/app-error';
import type { Handlers, SameHandlers } from '../../messaging/router';
import type { SettingsPatch } from '../../settings/parse-settings';
import type { Settings } from '../../settings/schema';
import { loadLastReport, type ReportStore } from '../wallet-doctor/last-report';

const RERUN =
  'Live trading was switched off because the wallet or its settings changed: run the wallet doctor again.';

export interface LiveDropDeps {
  store: {
    settings: {
      get(): Promise<Settings>;
      update(patch: SettingsPatch): Promise<{ ok: true; settings: Settings } | { ok: false }>;
    };
    runtime: ReportStore['runtime'] & { delete(key: string): Promise<void> };
  };
  notifier: Notifier;
  clock: { now(): number };
  log: { warn(message: string, fields?: Readonly<Record<string, unknown>>): void };
}

/**
 * What in a settings change voids the wallet doctor's approval: the signature type, the funder, or
 * any endpoint (the CLOB host, the RPC the approvals were read from, the geoblock check…).
 */
export function liveStopReason(before: Settings, after: Settings): LiveStopReason | null {
  if (before.wallet.signatureType !== after.wallet.signatureType) return 'signature_type_changed';
  if (
    (before.wallet.funderAddress ?? '').toLowerCase() !== (after.wallet.funderAddress ?? '').toLowerCase()
  ) {
    return 'funder_changed';
  }
  const endpoints = Object.keys(before.endpoints) as (keyof Settings['endpoints'])[];
  if (endpoints.some((k) => before.endpoints[k] !== after.endpoints[k])) return 'endpoint_changed';
  return null;
}

/**
 * Live mode holds only while its checks hold. `drop` switches a live bot back to paper, records
 * why (the options page says it) and notifies the user; it does nothing in paper mode.
 */
export function createLiveModeDrop(deps: LiveDropDeps) {
  async function drop(reason: LiveStopReason): Promise<boolean> {
    const settings = await deps.store.settings.get();
    if (settings.mode !== 'live') return false;
    const result = await deps.store.settings.update({ mode: 'paper' });
    if (!result.ok) return false;
    await deps.store.runtime.set(LIVE_STOP_KEY, { reason, at: deps.clock.now() } satisfies LiveStop);
    deps.log.warn('live trading stopped: back to paper', { reason });
    await deps.notifier.notify({ type: 'live_stopped', reason });
    return true;
  }

  return {
    drop,
    /** After a settings change was saved: drops live mode when the change voids the approval. */
    async afterSettingsChange(before: Settings, after: Settings): Promise<void> {
      if (before.mode !== 'live') return;
      const reason = liveStopReason(before, after);
      if (reason) await drop(reason);
    },
    /** The same wallet handlers; removing or replacing the wallet drops live mode. */
    wrapWalletHandlers<H extends Handlers>(handlers: H): SameHandlers<H> {
      const wrapped: Record<string, unknown> = { ...handlers };
      const reasons = { 'wallet.remove': 'wallet_removed', 'wallet.import': 'wallet_replaced' } as const;
      for (const [type, reason] of Object.entries(reasons)) {
        const call = (handlers as Handlers)[type as keyof typeof reasons] as
          | ((payload: never, sender: never) => Promise<unknown>)
          | undefined;
        if (!call) continue;
        wrapped[type] = async (payload: never, sender: never) => {
          const result = await call(payload, sender);
          await drop(reason);
          return result;
        };
      }
      return wrapped as SameHandlers<H>;
    },
    /**
     * After a stop, only a doctor report made since then allows live trading again (the status
     * says so, and 'mode.setLive' refuses); switching live on clears the stop the page shows.
     */
    wrapSetLive<H extends Handlers>(handlers: H): SameHandlers<H> {
      const { 'mode.setLive': setLive, 'doctor.status': status } = handlers as Handlers;
      const stoppedSinceReport = async () => {
        const stop = await deps.store.runtime.get(LIVE_STOP_KEY, liveStopSchema);
        const report = await loadLastReport(deps.store);
        return stop !== undefined && (report === null || report.checkedAt <= stop.at);
      };
      return {
        ...handlers,
        ...(status && {
          'doctor.status': async (payload, sender) => {
            const answer = await status(payload, sender);
            if (!answer.live.allowed || !(await stoppedSinceReport())) return answer;
            return { ...answer, live: { allowed: false, reason: 'walletChanged', message: RERUN } };
          },
        }),
        ...(setLive && {
          'mode.setLive': async (payload, sender) => {
            if (await stoppedSinceReport())
              throw validationError(RERUN, { code: 'live_refused_walletChanged' });
            const result = await setLive(payload, sender);
            await deps.store.runtime.delete(LIVE_STOP_KEY);
            return result;
          },
        }),
      } as SameHandlers<H>;
    },
  };
}

export type LiveModeDrop = ReturnType<typeof createLiveModeDrop>;
