import type { PassName } from '../../core/model/rows/pass-log';
import type { AlarmScheduler } from '../../ports';
import type { Settings } from '../../settings/schema';
import { type PassBody, type RunPassDeps, type RunPassResult, runPass } from './run-pass';

export type ScheduledPass = Extract<PassName, 'scan' | 'monitor' | 'whales'>;
export const scheduledPasses: readonly ScheduledPass[] = ['scan', 'monitor', 'whales'];

const ALARM_PREFIX = 'pass:';

export function alarmName(pass: ScheduledPass): string {
  return `${ALARM_PREFIX}${pass}`;
}

/** Each pass's period in minutes, from the settings. */
export function passPeriods(settings: Settings): Record<ScheduledPass, number> {
  return {
    scan: settings.passes.scanMinutes,
    monitor: settings.passes.monitorSeconds / 60,
    whales: settings.passes.whaleMinutes,
  };
}

export interface PassSchedulerDeps extends RunPassDeps {
  alarms: AlarmScheduler;
  settings: () => Promise<Settings>;
  bodies: Record<ScheduledPass, PassBody>;
}

/**
 * Wires the periodic passes to alarms: `sync` (on every worker start and settings change) makes the
 * alarms match the settings; `onAlarm` runs the matching pass; `run` runs one on demand ("Scan now").
 */
export function createPassScheduler(deps: PassSchedulerDeps) {
  async function run(pass: ScheduledPass): Promise<RunPassResult> {
    const settings = await deps.settings();
    return runPass(pass, deps.bodies[pass], deps, settings.passes.passTimeoutSeconds * 1000);
  }

  return {
    async sync(settings: Settings): Promise<void> {
      const periods = passPeriods(settings);
      for (const pass of scheduledPasses) await deps.alarms.ensure(alarmName(pass), periods[pass]);
    },
    async onAlarm(name: string): Promise<RunPassResult | undefined> {
      const pass = scheduledPasses.find((p) => alarmName(p) === name);
      return pass ? run(pass) : undefined;
    },
    run,
  };
}

export type PassScheduler = ReturnType<typeof createPassScheduler>;
