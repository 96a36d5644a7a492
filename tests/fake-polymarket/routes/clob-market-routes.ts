import { clobMarketCompactJson, clobMarketJson } from '../serializers/clob-market-json.ts';
import { apiError, json } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import { decodeCursor, END_CURSOR, encodeCursor } from './clob-cursor.ts';

const INTERVAL_SECONDS: Record<string, number> = {
  '1h': 3600,
  '6h': 6 * 3600,
  '1d': 86_400,
  '1w': 7 * 86_400,
  '1m': 30 * 86_400,
};
const PAGE = 500;

/** Health, time, version, market listings, compact market info and price history. */
export function addClobMarketRoutes(router: Router, state: FakePolymarketState): void {
  const marketList = (req: { query: URLSearchParams }) => {
    const offset = decodeCursor(req.query.get('next_cursor'));
    if (offset === undefined) return apiError(400, 'Invalid next_cursor');
    const page = state.markets.slice(offset, offset + PAGE).map(clobMarketJson);
    const next = offset + PAGE >= state.markets.length ? END_CURSOR : encodeCursor(offset + PAGE);
    return json({ limit: PAGE, count: page.length, next_cursor: next, data: page });
  };
  router
    .add('GET', '/', () => json('OK'))
    .add('GET', '/ok', () => json('OK'))
    .add('GET', '/time', () => json(state.nowSec))
    .add('GET', '/version', () => json({ version: 2 }))
    .add('GET', '/markets', marketList)
    .add('GET', '/sampling-markets', marketList)
    .add('GET', '/markets/:conditionId', (_req, params) => {
      const market = state.market(params.conditionId ?? '');
      return market ? json(clobMarketJson(market)) : apiError(404, 'market not found');
    })
    .add('GET', '/markets-by-token/:tokenId', (_req, params) => {
      const ref = state.token(params.tokenId ?? '');
      return ref ? json(clobMarketJson(ref.market)) : apiError(404, 'market not found');
    })
    .add('GET', '/clob-markets/:conditionId', (_req, params) => {
      const market = state.market(params.conditionId ?? '');
      return market ? json(clobMarketCompactJson(market)) : apiError(404, 'market not found');
    })
    .add('GET', '/prices-history', (req) => {
      const ref = state.token(req.query.get('market') ?? '');
      if (!ref) return apiError(400, 'Invalid market');
      const interval = req.query.get('interval');
      const startTs = Number(req.query.get('startTs') ?? Number.NaN);
      const endTs = Number(req.query.get('endTs') ?? Number.NaN);
      let [from, to] = [0, state.nowSec];
      if (interval && interval !== 'max') {
        const span = INTERVAL_SECONDS[interval];
        if (!span) return apiError(400, 'Invalid interval');
        from = state.nowSec - span;
      } else if (!interval && Number.isFinite(startTs) && Number.isFinite(endTs)) {
        [from, to] = [startTs, endTs];
      }
      const fidelitySec = Math.max(1, Number(req.query.get('fidelity') ?? '1')) * 60;
      const history: { t: number; p: number }[] = [];
      for (const point of ref.market.history) {
        if (point.t < from || point.t > to) continue;
        const last = history[history.length - 1];
        if (last && point.t - last.t < fidelitySec) continue;
        history.push({ t: point.t, p: ref.index === 0 ? point.p : Number((1 - point.p).toFixed(4)) });
      }
      return json({ history });
    });
}
