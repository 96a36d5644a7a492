import type { HandlersFor } from '../../messaging/router';
import type { DoctorMessage, DoctorStatusView } from '../../messaging/wallet-doctor-protocol';
import type { SettingsPatch } from '../../settings/parse-settings';
import type { Settings } from '../../settings/schema';
import { assertLiveAllowed, type GuardStore, liveAllowance } from '../live-mode/live-mode-guard';
import type { DoctorSources } from './doctor-ports';
import { loadLastReport } from './last-report';
import { createWalletDoctor } from './wallet-doctor';

export interface DoctorHandlerDeps {
  sources: DoctorSources;
  store: GuardStore & {
    settings: {
      update(
        patch: SettingsPatch,
      ): Promise<{ ok: true; settings: Settings } | { ok: false; issues: { message: string }[] }>;
    };
  };
  settings: () => Promise<Settings>;
  clock: { now(): number };
}

/** Answers the options page's wallet-doctor requests, and switches live mode on behind the guard. */
export function createDoctorHandlers(deps: DoctorHandlerDeps): HandlersFor<DoctorMessage> {
  const doctor = createWalletDoctor(deps);
  const status = async (): Promise<DoctorStatusView> => ({
    report: await loadLastReport(deps.store),
    live: await liveAllowance(deps.store, deps.clock.now()),
  });
  return {
    'doctor.status': status,
    'doctor.run': () => doctor.run(),
    'doctor.refreshExchange': () => doctor.refreshExchange(),
    'doctor.approvals': () => doctor.prepareApprovals(),
    'doctor.approve': ({ id }) => doctor.sendApproval(id),
    'mode.setLive': async () => {
      await assertLiveAllowed(deps.store, deps.clock.now());
      const result = await deps.store.settings.update({ mode: 'live' });
      if (!result.ok) throw new Error(result.issues[0]?.message ?? 'Could not switch live trading on.');
      return result.settings;
    },
  };
}
