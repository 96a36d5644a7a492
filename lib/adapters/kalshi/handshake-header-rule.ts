import type { KalshiAuthHeaders } from './request-signer';

/** The session rule's id (one Kalshi handshake at a time; a new one replaces the old). */
export const KALSHI_HANDSHAKE_RULE_ID = 4_201;

/** The slice of `declarativeNetRequest` the handshake needs (absent where the browser lacks it). */
export interface SessionRules {
  updateSessionRules(options: { removeRuleIds?: number[]; addRules?: HeaderRule[] }): Promise<void>;
}

export interface HeaderRule {
  id: number;
  priority: number;
  action: {
    type: 'modifyHeaders';
    requestHeaders: Array<{ header: string; operation: 'set'; value: string }>;
  };
  condition: { urlFilter: string; resourceTypes: ['websocket'] };
}

/**
 * A browser WebSocket cannot set request headers, and Kalshi wants its three KALSHI-ACCESS-*
 * headers on the upgrade request (kalshi-api.md §6). A `declarativeNetRequest` session rule sets
 * them on the websocket request to exactly this URL, just before the socket opens, and is removed
 * once the handshake is over (open or failed). It holds the key id and ONE signature over a
 * timestamp (Kalshi refuses it after its clock-skew window), never the private key; session rules
 * are kept in memory only and vanish with the browser session.
 *
 * Measured in Chromium 156 (tests/probes/dnr-websocket-headers): the rule applies to a websocket
 * opened by an extension page or a worker it starts, with a host permission for the `ws(s)://`
 * origin itself (`*://` and `http://` patterns are not enough); it does NOT apply to a websocket
 * opened by the service worker. Hence the offscreen document.
 */
export function handshakeHeaderRule(url: string, headers: KalshiAuthHeaders): HeaderRule {
  return {
    id: KALSHI_HANDSHAKE_RULE_ID,
    priority: 1,
    action: {
      type: 'modifyHeaders',
      requestHeaders: Object.entries(headers).map(([header, value]) => ({
        header,
        operation: 'set' as const,
        value,
      })),
    },
    condition: { urlFilter: `|${url}`, resourceTypes: ['websocket'] },
  };
}

export async function setHandshakeRule(rules: SessionRules, rule: HeaderRule): Promise<void> {
  await rules.updateSessionRules({ removeRuleIds: [rule.id], addRules: [rule] });
}

export async function removeHandshakeRule(rules: SessionRules): Promise<void> {
  await rules.updateSessionRules({ removeRuleIds: [KALSHI_HANDSHAKE_RULE_ID] });
}
