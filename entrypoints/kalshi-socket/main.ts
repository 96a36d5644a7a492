import { browser } from 'wxt/browser';
import { KALSHI_SOCKET_PORT, toDocumentSchema } from '../../lib/adapters/kalshi/socket-bridge-protocol';
// Vite's `?worker` import bundles the worker (see entrypoints/dashboard/main.tsx for why not `new URL`).
import SocketWorker from './socket.worker.ts?worker';

/**
 * The offscreen document that holds Kalshi's market websocket for the service worker
 * (lib/adapters/kalshi/offscreen-kalshi-socket.ts): one Port per socket, one worker per Port (the
 * worker opens the socket, so the handshake header rule applies to it). Relays frames both ways;
 * a Port that goes away takes its worker and socket with it.
 */
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== KALSHI_SOCKET_PORT) return;
  let worker: Worker | null = null;
  port.onMessage.addListener((raw: unknown) => {
    const parsed = toDocumentSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === 'open' && !worker) {
      worker = new SocketWorker({ name: 'kalshi-socket' });
      worker.onmessage = (event: MessageEvent<unknown>) => port.postMessage(event.data);
    }
    worker?.postMessage(parsed.data);
  });
  port.onDisconnect.addListener(() => {
    worker?.terminate();
    worker = null;
  });
});
