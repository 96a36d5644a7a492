/// <reference lib="webworker" />
import { type ToWorker, toDocumentSchema } from '../../lib/adapters/kalshi/socket-bridge-protocol';

/** The worker's own scope: messages in from the document, out to it. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: ToWorker): void;
};

let socket: WebSocket | null = null;

/** Opens Kalshi's socket (the header rule adds the signed headers to its handshake) and relays it. */
scope.onmessage = (event) => {
  const parsed = toDocumentSchema.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === 'open' && !socket) {
    const opened = new WebSocket(message.url);
    socket = opened;
    opened.onopen = () => scope.postMessage({ type: 'open' });
    opened.onmessage = (e: MessageEvent<unknown>) =>
      scope.postMessage({ type: 'message', data: String(e.data) });
    opened.onerror = () => scope.postMessage({ type: 'error' });
    opened.onclose = (e: CloseEvent) => scope.postMessage({ type: 'close', code: e.code, reason: e.reason });
  } else if (message.type === 'send') socket?.send(message.data);
  else if (message.type === 'close') socket?.close(message.code, message.reason);
};
