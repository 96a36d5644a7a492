import { browser } from 'wxt/browser';
import type { WebSocketLike } from '../polymarket/web-socket-like';
import {
  type HeaderRule,
  handshakeHeaderRule,
  removeHandshakeRule,
  type SessionRules,
  setHandshakeRule,
} from './handshake-header-rule';
import type { OpenKalshiSocket } from './kalshi-market-stream';
import { KALSHI_SOCKET_PORT, type ToDocument, toWorkerSchema } from './socket-bridge-protocol';

/** The document that holds the socket (entrypoints/kalshi-socket/index.html). */
export const KALSHI_SOCKET_DOCUMENT = 'kalshi-socket.html';

interface Port {
  postMessage(message: ToDocument): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Offscreen {
  hasDocument?: () => Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

interface Platform {
  offscreen?: Offscreen;
  rules?: SessionRules;
  connect(name: string): Port;
}

const chromePlatform = (): Platform => {
  const api = browser as unknown as {
    offscreen?: Offscreen;
    declarativeNetRequest?: SessionRules;
    runtime: { connect(info: { name: string }): Port };
  };
  return {
    ...(api.offscreen ? { offscreen: api.offscreen } : {}),
    ...(api.declarativeNetRequest ? { rules: api.declarativeNetRequest } : {}),
    connect: (name) => api.runtime.connect({ name }),
  };
};

let creating: Promise<void> | null = null;

/** One offscreen document for the extension (Chrome allows one); created when first needed. */
async function ensureDocument(offscreen: Offscreen): Promise<void> {
  if (await offscreen.hasDocument?.()) return;
  creating ??= offscreen
    .createDocument({
      url: KALSHI_SOCKET_DOCUMENT,
      reasons: ['WORKERS'],
      justification: 'Runs the worker that holds the Kalshi market websocket (signed handshake).',
    })
    .catch((error: unknown) => {
      // Another caller created it meanwhile: that is fine.
      if (!String(error).includes('Only a single offscreen')) throw error;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

type Listener = (event: never) => void;

/** The socket as the stream sees it, across the Port: WebSocket's slice of states and events. */
class PortSocket implements WebSocketLike {
  readyState = 0;
  readonly #listeners = new Map<string, Listener[]>();
  readonly #port: Port;

  constructor(port: Port, onHandshakeOver: () => void) {
    this.#port = port;
    port.onMessage.addListener((raw) => {
      const parsed = toWorkerSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'open') {
        onHandshakeOver();
        this.readyState = 1;
        this.#emit('open', undefined);
      } else if (message.type === 'message') this.#emit('message', { data: message.data });
      else if (message.type === 'error') this.#emit('error', {});
      else this.#closed(message.code, message.reason, onHandshakeOver);
    });
    port.onDisconnect.addListener(() => this.#closed(1006, 'the socket document went away', onHandshakeOver));
  }

  #closed(code: number, reason: string, onHandshakeOver: () => void): void {
    if (this.readyState === 3) return;
    onHandshakeOver();
    this.readyState = 3;
    this.#emit('close', { code, reason });
    this.#port.disconnect();
  }

  #emit(type: string, event: unknown): void {
    for (const listener of this.#listeners.get(type) ?? []) (listener as (e: unknown) => void)(event);
  }

  send(data: string): void {
    this.#port.postMessage({ type: 'send', data });
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    this.#port.postMessage({ type: 'close', code, reason });
  }

  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: Listener): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
}

/**
 * Opens Kalshi's socket from the extension: the signed headers go into a one-shot header rule
 * (handshake-header-rule.ts), an offscreen document's worker opens the socket (a service worker's
 * own websocket does not get the rule), and the rule is removed as soon as the handshake is over or
 * after `handshakeMs`. Frames travel over a runtime Port. Firefox has no offscreen documents: there
 * the socket cannot be opened this way and Kalshi stays on the REST passes (an error here makes the
 * stream retry and the status say so).
 */
export function offscreenKalshiSocket(options: { handshakeMs?: number } = {}): OpenKalshiSocket {
  return async (url, headers) => {
    const platform = chromePlatform();
    const { offscreen, rules } = platform;
    if (!offscreen || !rules) throw new Error('This browser cannot open the Kalshi socket with its headers.');
    await ensureDocument(offscreen);
    const rule: HeaderRule = handshakeHeaderRule(url, headers);
    await setHandshakeRule(rules, rule);
    let over = false;
    const handshakeOver = () => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      void removeHandshakeRule(rules).catch(() => undefined);
    };
    const timer = setTimeout(handshakeOver, options.handshakeMs ?? 15_000);
    const port = platform.connect(KALSHI_SOCKET_PORT);
    const socket = new PortSocket(port, handshakeOver);
    port.postMessage({ type: 'open', url });
    return socket;
  };
}
