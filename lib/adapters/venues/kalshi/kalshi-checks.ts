import type {
  VenueCheck,
  VenueCheckContext,
  VenueCheckName,
} from '../../../app/ports/venue-diagnostics-port';
import type { KalshiKeyVault } from '../../../app/ports/wallet-vault';
import { isAppError } from '../../../errors/app-error';
import { kalshiEndpoints } from '../../../settings/kalshi-settings';
import type { KalshiHttpOptions } from '../../kalshi/kalshi-http';
import { KalshiReadClient } from '../../kalshi/kalshi-read-client';
import { type KalshiRegionAccess, kalshiRegionAccess } from '../../kalshi/kalshi-region';
import { createKalshiSigner, type KalshiCredentials } from '../../kalshi/request-signer';

/** The Kalshi key as the checks need it: its status, and the credentials to sign one read. */
export type KalshiCheckKeys = Pick<KalshiKeyVault, 'kalshiKeyStatus'> & {
  credentials(): Promise<KalshiCredentials>;
};

type Text = NonNullable<VenueCheck['text']>;
type Outcome = { ok: boolean; detail: string; text: Text };

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** An error's words without anything of the key: the API's answer or the error's own message. */
function explain(error: unknown): string {
  if (isAppError(error)) return error.status ? `${error.message} (HTTP ${error.status})` : error.message;
  return error instanceof Error ? error.message : String(error);
}

function restOutcome(status: { exchange_active: boolean; trading_active: boolean }): Outcome {
  if (status.exchange_active && status.trading_active)
    return {
      ok: true,
      detail: 'Exchange open, trading active',
      text: { code: 'kalshi_rest_ok', params: {} },
    };
  return {
    ok: false,
    detail: `Reachable, but ${status.exchange_active ? 'trading is paused' : 'the exchange is closed'}`,
    text: { code: status.exchange_active ? 'kalshi_rest_paused' : 'kalshi_rest_closed', params: {} },
  };
}

function regionOutcome(access: KalshiRegionAccess): Outcome {
  if (access.kind === 'attested')
    return {
      ok: true,
      detail: `Location attested until ${day(access.expiresAt)}`,
      text: { code: 'kalshi_region_attested', params: { date: day(access.expiresAt) } },
    };
  if (access.kind === 'lapsed')
    return {
      ok: false,
      detail: `Location attestation lapsed on ${day(access.expiredAt)}: positions can only be reduced`,
      text: { code: 'kalshi_region_lapsed', params: { date: day(access.expiredAt) } },
    };
  return {
    ok: true,
    detail: 'No location attestation on the account (Kalshi has not asked for one)',
    text: { code: 'kalshi_region_never', params: {} },
  };
}

const KEY_STATUS: Record<'missing' | 'locked' | 'stale', Outcome> = {
  missing: { ok: false, detail: 'No Kalshi API key saved', text: { code: 'kalshi_key_missing', params: {} } },
  locked: {
    ok: false,
    detail: 'The wallet is locked: the Kalshi key is sealed in it',
    text: { code: 'kalshi_key_locked', params: {} },
  },
  stale: {
    ok: false,
    detail: 'The saved Kalshi key cannot be read',
    text: { code: 'kalshi_key_stale', params: {} },
  },
};

/**
 * Kalshi's checks, for the environment in use, only while Kalshi is turned on: the REST API
 * (`GET /exchange/status`), the API key (saved? unlocked? accepted by one signed read, `GET
 * /api_keys`) and, from that same answer, the account's location attestation (kalshi-region.ts).
 * Without a usable key the attestation is not checked. Nothing of the key is ever in an answer.
 */
export async function kalshiChecks(
  context: VenueCheckContext,
  deps: { keys?: KalshiCheckKeys; fetch?: typeof fetch },
): Promise<VenueCheck[]> {
  const { settings, now } = context;
  if (!settings.kalshi.enabled) return [];
  const url = kalshiEndpoints(settings.kalshi).restUrl;
  const http: KalshiHttpOptions = { baseUrl: url, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  const check = (name: VenueCheckName, outcome: Outcome, latencyMs: number | null, at = url): VenueCheck => ({
    venue: 'kalshi',
    name,
    url: at,
    latencyMs,
    ...outcome,
  });
  const started = now();
  const rest = await new KalshiReadClient(http)
    .exchangeStatus()
    .then(restOutcome)
    .catch((error: unknown): Outcome => {
      const detail = explain(error);
      return { ok: false, detail, text: { code: 'kalshi_rest_failed', params: { error: detail } } };
    });
  const checks = [check('kalshi_rest', rest, now() - started)];
  const status = deps.keys ? await deps.keys.kalshiKeyStatus() : 'missing';
  const skipped: Outcome = {
    ok: false,
    detail: 'Not checked: needs a Kalshi key that works',
    text: { code: 'kalshi_region_unchecked', params: {} },
  };
  if (status !== 'ok' || !deps.keys) {
    checks.push(check('kalshi_key', KEY_STATUS[status === 'ok' ? 'missing' : status], null, ''));
    checks.push(check('kalshi_region', skipped, null));
    return checks;
  }
  const signedAt = now();
  try {
    const signer = await createKalshiSigner(await deps.keys.credentials(), now);
    const access = await kalshiRegionAccess({ ...http, signer }, now());
    const latency = now() - signedAt;
    const accepted: Outcome = {
      ok: true,
      detail: 'Key accepted (signed read of /api_keys)',
      text: { code: 'kalshi_key_accepted', params: {} },
    };
    checks.push(
      check('kalshi_key', accepted, latency),
      check('kalshi_region', regionOutcome(access), latency),
    );
  } catch (error) {
    const detail = explain(error);
    const refused = isAppError(error) && (error.status === 401 || error.status === 403);
    const text: Text = refused
      ? { code: 'kalshi_key_refused', params: { status: error.status ?? 401 } }
      : { code: 'kalshi_key_failed', params: { error: detail } };
    checks.push(check('kalshi_key', { ok: false, detail, text }, now() - signedAt));
    checks.push(check('kalshi_region', skipped, null));
  }
  return checks;
}
