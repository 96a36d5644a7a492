import type { ScheduledPass } from './pass-scheduler';
import type { PassBody } from './run-pass';

/** The body of each periodic pass, each provided by its service (intelligence, trading). */
export interface PassBodySources {
  scan: PassBody;
  monitor: PassBody;
  whales: PassBody;
}

export function createPassBodies(sources: PassBodySources): Record<ScheduledPass, PassBody> {
  return { scan: sources.scan, monitor: sources.monitor, whales: sources.whales };
}
