import { browser } from 'wxt/browser';
import { AppError } from '../errors/app-error';
import type { Envelope, MessageType, RequestOf, ResponseOf } from './protocol';
import type { Reply } from './reply';

/**
 * Send a typed request to the background and return its answer; an error reply is thrown as an
 * AppError carrying the background's readable message.
 */
export async function request<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const envelope: Envelope = { channel: 'equilibrage', type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<ResponseOf<T>> | undefined;
  if (!reply) {
    throw new AppError('temporary', 'The background service did not answer. Try again in a moment.', {
      code: 'no_reply',
    });
  }
  if (!reply.ok) {
    throw new AppError(reply.error.kind, reply.error.message, {
      code: reply.error.code,
      details: reply.error.details,
      ...(reply.error.text ? { text: reply.error.text } : {}),
    });
  }
  return reply.data;
}
