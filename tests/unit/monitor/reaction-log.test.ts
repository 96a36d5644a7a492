import { describe, expect, it } from 'vitest';
import { type Reaction, ReactionLog } from '../../../lib/app/monitor/realtime/reaction-log';
import { reactionsSchema } from '../../../lib/app/monitor/realtime/reactions-state';

const reaction = (toSendMs: number | null, i = 0): Reaction => ({
  positionId: `p${i}`,
  marketId: 'm',
  kind: 'liquidate',
  trigger: 'realtime',
  eventAt: 1,
  toEngineMs: 1,
  toSendMs,
  toDoneMs: 10,
  outcome: toSendMs === null ? 'already_handled' : 'acted',
});

describe('ReactionLog', () => {
  it('keeps the last N and summarises send times (nearest rank)', () => {
    const log = new ReactionLog(4);
    for (const [i, ms] of [50, 1, 2, null, 3, 4].entries()) log.add(reaction(ms, i));
    expect(log.list().map((r) => r.positionId)).toEqual(['p2', 'p3', 'p4', 'p5']);
    expect(log.summary()).toEqual({ count: 4, p50SendMs: 3, p99SendMs: 4, maxSendMs: 4 });
    expect(reactionsSchema.parse(log.list())).toHaveLength(4);
  });
});
