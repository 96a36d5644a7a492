import { dataTradeJson, positionJson } from '../serializers/data-api-json.ts';
import { apiError, json } from '../server/http-types.ts';
import type { Router } from '../server/router.ts';
import type { FakePolymarketState } from '../state/fake-polymarket-state.ts';
import type { DataTradeRecord } from '../state/trade-records.ts';
import { limitOffset } from './gamma-market-filter.ts';

/** Data API v1: /trades, /positions, /activity, /holders, /v1/leaderboard. */
export function addDataApiRoutes(router: Router, state: FakePolymarketState): void {
  const newestFirst = (rows: DataTradeRecord[]) => [...rows].sort((a, b) => b.timestampSec - a.timestampSec);
  const csv = (value: string | null) =>
    new Set(
      (value ?? '')
        .split(',')
        .filter(Boolean)
        .map((v) => v.toLowerCase()),
    );
  router
    .add('GET', '/trades', (req) => {
      const q = req.query;
      const markets = csv(q.get('market'));
      const user = q.get('user')?.toLowerCase();
      const side = q.get('side');
      const takerOnly = q.get('takerOnly') !== 'false';
      const filterType = q.get('filterType');
      const filterAmount = Number(q.get('filterAmount') ?? 0);
      if ((filterType === null) !== (q.get('filterAmount') === null)) {
        return apiError(400, 'filterType and filterAmount must be provided together');
      }
      const { limit, offset } = limitOffset(q, 100, 10_000);
      if (offset > 10_000) return apiError(400, 'max historical activity offset of 10000 exceeded');
      const rows = newestFirst(state.dataTrades).filter(
        (t) =>
          (markets.size === 0 || markets.has(t.conditionId.toLowerCase())) &&
          (!user || t.proxyWallet === user) &&
          (!side || t.side === side) &&
          (!takerOnly || t.isTaker) &&
          (filterType !== 'CASH' || t.size * t.price >= filterAmount) &&
          (filterType !== 'TOKENS' || t.size >= filterAmount),
      );
      return json(rows.slice(offset, offset + limit).map((t) => dataTradeJson(state, t)));
    })
    .add('GET', '/activity', (req) => {
      const user = req.query.get('user')?.toLowerCase();
      if (!user) return apiError(400, 'user is required');
      const { limit, offset } = limitOffset(req.query, 100, 500);
      const rows = newestFirst(state.dataTrades).filter((t) => t.proxyWallet === user);
      return json(
        rows.slice(offset, offset + limit).map((t) => {
          const { proxyWallet, timestamp, conditionId, size, transactionHash, price, asset, side, ...rest } =
            dataTradeJson(state, t);
          const head = { proxyWallet, timestamp, conditionId, type: 'TRADE', size, usdcSize: size * price };
          return { ...head, transactionHash, price, asset, side, ...rest };
        }),
      );
    })
    .add('GET', '/positions', (req) => {
      const user = req.query.get('user')?.toLowerCase();
      if (!user) return apiError(400, 'user is required');
      const markets = csv(req.query.get('market'));
      const threshold = Number(req.query.get('sizeThreshold') ?? 1);
      const { limit, offset } = limitOffset(req.query, 100, 500);
      const rows = [...state.accounts.get(user).positions.values()]
        .filter((p) => Number(p.size) / 1e6 >= threshold)
        .map((p) => positionJson(state, user, p))
        .filter(
          (row) => row !== undefined && (markets.size === 0 || markets.has(row.conditionId.toLowerCase())),
        );
      return json(rows.sort((a, b) => (b?.size ?? 0) - (a?.size ?? 0)).slice(offset, offset + limit));
    })
    .add('GET', '/holders', (req) => {
      const markets = csv(req.query.get('market'));
      if (markets.size === 0) return apiError(400, 'market is required');
      const limit = Math.min(20, Number(req.query.get('limit') ?? 20) || 20);
      const out = state.markets
        .filter((m) => markets.has(m.conditionId.toLowerCase()))
        .flatMap((m) => m.tokens.map((token, index) => ({ token, index })))
        .map(({ token, index }) => ({
          token: token.tokenId,
          holders: state.accounts
            .all()
            .map((a) => ({ a, size: Number(a.positions.get(token.tokenId)?.size ?? 0n) / 1e6 }))
            .filter((h) => h.size >= 1)
            .sort((x, y) => y.size - x.size)
            .slice(0, limit)
            .map(({ a, size }) => ({
              proxyWallet: a.address,
              asset: token.tokenId,
              amount: size,
              outcomeIndex: index,
              name: state.profile(a.address).name,
              pseudonym: state.profile(a.address).pseudonym,
              bio: '',
              profileImage: '',
              displayUsernamePublic: true,
            })),
        }));
      return json(out);
    })
    .add('GET', '/v1/leaderboard', (req) => {
      const { limit, offset } = limitOffset(req.query, 25, 50);
      const rows = state.accounts
        .all()
        .filter((a) => a.volume > 0n || state.profiles.has(a.address))
        .map((a) => ({ a, vol: Number(a.volume) / 1e6 }))
        .sort((x, y) => y.vol - x.vol);
      return json(
        rows.slice(offset, offset + limit).map(({ a, vol }, i) => ({
          rank: String(offset + i + 1),
          proxyWallet: a.address,
          userName: state.profile(a.address).name,
          vol,
          pnl: 0,
          profileImage: '',
          xUsername: '',
          verifiedBadge: false,
        })),
      );
    });
}
