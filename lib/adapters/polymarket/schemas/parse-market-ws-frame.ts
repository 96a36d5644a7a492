import { isMarketWsEventType, type MarketWsEvent, marketWsSchemas } from './market-ws-messages';
import { describeIssues } from './wire-primitives';

export interface MarketWsFrame {
  events: MarketWsEvent[];
  /** Messages that could not be trusted, each with a reason. */
  malformed: string[];
  /** event_types we do not know (kept for logs, not an error). */
  unknown: string[];
  pong: boolean;
}

/** One websocket text frame → events. Arrays and single objects alike; `PONG` noted; never throws. */
export function parseMarketWsFrame(data: unknown): MarketWsFrame {
  const frame: MarketWsFrame = { events: [], malformed: [], unknown: [], pong: false };
  if (typeof data !== 'string') {
    frame.malformed.push('binary frame');
    return frame;
  }
  const text = data.trim();
  if (text === 'PONG' || text === 'pong') {
    frame.pong = true;
    return frame;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    frame.malformed.push('not JSON');
    return frame;
  }
  for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
    const type =
      typeof item === 'object' && item !== null ? (item as { event_type?: unknown }).event_type : undefined;
    if (typeof type !== 'string') {
      frame.malformed.push('no event_type');
      continue;
    }
    if (!isMarketWsEventType(type)) {
      frame.unknown.push(type);
      continue;
    }
    const result = marketWsSchemas[type].safeParse(item);
    if (result.success) frame.events.push(result.data);
    else frame.malformed.push(`${type}: ${describeIssues(result.error)}`);
  }
  return frame;
}
