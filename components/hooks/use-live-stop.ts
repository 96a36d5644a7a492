import { useLiveQuery } from 'dexie-react-hooks';
import { LIVE_STOP_KEY, liveStopSchema } from '../../lib/core/model/rows/live-stop';
import { pageStore } from './use-store';

/** Why and when the bot last went back to paper by itself (undefined while loading or never). */
export function useLiveStop() {
  return useLiveQuery(() => pageStore().runtime.get(LIVE_STOP_KEY, liveStopSchema));
}
