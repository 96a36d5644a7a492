import { z } from 'zod';

/**
 * The messages between the service worker and the offscreen document that holds Kalshi's socket
 * (offscreen-kalshi-socket.ts ↔ entrypoints/kalshi-socket): one runtime Port per socket, named
 * KALSHI_SOCKET_PORT. Validated where received. No header, key or signature travels on it: the
 * handshake headers are added by the worker's header rule, not sent to the document.
 */
export const KALSHI_SOCKET_PORT = 'kalshi-socket';

export const toDocumentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), url: z.string().url() }),
  z.object({ type: z.literal('send'), data: z.string() }),
  z.object({ type: z.literal('close'), code: z.number().int(), reason: z.string() }),
]);
export type ToDocument = z.infer<typeof toDocumentSchema>;

export const toWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open') }),
  z.object({ type: z.literal('message'), data: z.string() }),
  z.object({ type: z.literal('close'), code: z.number().int(), reason: z.string() }),
  z.object({ type: z.literal('error') }),
]);
export type ToWorker = z.infer<typeof toWorkerSchema>;
