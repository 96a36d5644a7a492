import { kalshiEndpoints } from './kalshi-settings';
import type { Settings } from './schema';

/** A host the settings make the extension talk to, beyond the Polymarket hosts it always has. */
export interface OriginNeed {
  /** A match pattern for `permissions.request`, e.g. "https://api.telegram.org/*". */
  pattern: string;
  /** What it is for, as a key of the UI's words: 'gdelt' | 'rss' | 'telegram' | 'webhook' | 'rpc'. */
  purpose: 'gdelt' | 'rss' | 'telegram' | 'webhook' | 'rpc' | 'relayer' | 'kalshi';
}

function patternOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

function socketPatternOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'wss:' || u.protocol === 'ws:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}

/**
 * The optional host permissions the current settings need (manifest `optional_host_permissions`):
 * news sources and notification channels only when switched on, and the Polygon RPC for the wallet
 * doctor and balances. Local test hosts are left out (the test build has them).
 */
export function requiredOrigins(settings: Settings): OriginNeed[] {
  const needs: OriginNeed[] = [];
  if (settings.news.gdeltEnabled) needs.push({ pattern: 'https://api.gdeltproject.org/*', purpose: 'gdelt' });
  for (const feed of settings.news.rssFeeds) {
    const pattern = patternOf(feed);
    if (pattern) needs.push({ pattern, purpose: 'rss' });
  }
  if (settings.notifications.telegramEnabled)
    needs.push({ pattern: 'https://api.telegram.org/*', purpose: 'telegram' });
  if (settings.notifications.webhookEnabled && settings.notifications.webhookUrl) {
    const pattern = patternOf(settings.notifications.webhookUrl);
    if (pattern) needs.push({ pattern, purpose: 'webhook' });
  }
  const rpc = patternOf(settings.endpoints.polygonRpcUrl);
  if (rpc) needs.push({ pattern: rpc, purpose: 'rpc' });
  // Proxy, Safe and deposit-wallet accounts split, merge and redeem through Polymarket's relayer.
  const relayer = settings.wallet.signatureType !== 0 ? patternOf(settings.endpoints.relayerUrl) : null;
  if (relayer) needs.push({ pattern: relayer, purpose: 'relayer' });
  // Kalshi's REST host of the environment in use, once the user turns Kalshi on.
  const kalshi = settings.kalshi.enabled ? patternOf(kalshiEndpoints(settings.kalshi).restUrl) : null;
  if (kalshi) needs.push({ pattern: kalshi, purpose: 'kalshi' });
  // …and its websocket host: the header rule that signs the handshake needs the wss origin itself.
  const kalshiWs = settings.kalshi.enabled ? socketPatternOf(kalshiEndpoints(settings.kalshi).wsUrl) : null;
  if (kalshiWs) needs.push({ pattern: kalshiWs, purpose: 'kalshi' });
  const seen = new Set<string>();
  return needs.filter(
    (n) => !/^(http|ws):\/\/127\.0\.0\.1\//.test(n.pattern) && !seen.has(n.pattern) && seen.add(n.pattern),
  );
}
