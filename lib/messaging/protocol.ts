import { z } from 'zod';
import type { RunPassResult } from '../app/passes/run-pass';
import type { ParseSettingsResult } from '../settings/parse-settings';
import type { Settings } from '../settings/schema';
import { crossVenueProtocol } from './cross-venue-protocol';
import { message } from './define-message';
import { diagnosticsProtocol } from './diagnostics-protocol';
import { kalshiProtocol } from './kalshi-protocol';
import { notifyProtocol } from './notify-protocol';
import { overlayProtocol } from './overlay-protocol';
import { redeemProtocol } from './redeem-protocol';
import { relayerProtocol } from './relayer-protocol';
import { researchProtocol } from './research-protocol';
import { tradingProtocol } from './trading-protocol';
import { doctorProtocol } from './wallet-doctor-protocol';
import { walletProtocol } from './wallet-protocol';
import { whalesProtocol } from './whales-protocol';

const empty = z.object({}).strict();
const patch = z.record(z.string(), z.unknown());

export interface StatusView {
  mode: Settings['mode'];
  killSwitch: boolean;
  openPositions: number;
  version: string;
}

export interface OverlayScore {
  slug: string;
  marketId: string;
  score: number;
  /** `raw` is the factor's measure in its unit (liquidity: depth within 2 % of mid, USD); optional for older backgrounds. */
  factors: Record<
    'liquidity' | 'volatility' | 'whales' | 'news',
    { normalised: number; missing: boolean; raw?: number | null }
  >;
  whaleActivityScore: number;
}

/** The bot's own messages: status, settings, kill switch, passes, the overlay's scores. */
export const coreProtocol = {
  'status.get': message<StatusView>()(true, empty),
  // Privileged: the settings hold the webhook URL (which can embed a secret), the Telegram chat id
  // and the endpoints. The overlay asks for what it shows through 'overlay.display'.
  'settings.get': message<Settings>()(true, empty),
  'settings.update': message<ParseSettingsResult>()(true, z.object({ patch }).strict()),
  'settings.reset': message<Settings>()(true, empty),
  'killSwitch.set': message<Settings>()(true, z.object({ on: z.boolean() }).strict()),
  'pass.run': message<RunPassResult>()(
    true,
    z.object({ pass: z.enum(['scan', 'monitor', 'whales']) }).strict(),
  ),
  'overlay.scores': message<OverlayScore[]>()(
    false,
    z.object({ slugs: z.array(z.string().max(300)).max(200) }).strict(),
  ),
} as const;

/** The names of the bot's own messages. */
export type CoreMessage = keyof typeof coreProtocol;

/**
 * Every message the UI, the options page and the overlay can send to the background, declared once.
 * Privileged messages (trading, unlocking, exporting, changing settings) are refused unless they come
 * from one of the extension's own pages: never from a content script, never from outside.
 */
export const protocol = {
  ...coreProtocol,
  ...walletProtocol,
  ...overlayProtocol,
  ...diagnosticsProtocol,
  ...notifyProtocol,
  ...tradingProtocol,
  ...redeemProtocol,
  ...doctorProtocol,
  ...researchProtocol,
  ...whalesProtocol,
  ...kalshiProtocol,
  ...relayerProtocol,
  ...crossVenueProtocol,
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['request']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['request']>;
export type ResponseOf<T extends MessageType> = NonNullable<Protocol[T]['response']>;

/** The wire format of a request. */
export const envelopeSchema = z.object({
  channel: z.literal('equilibrage'),
  type: z.string(),
  payload: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;
