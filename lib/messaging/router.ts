import { serializeError } from '../errors/app-error';
import {
  envelopeSchema,
  type MessageType,
  type ParsedRequestOf,
  type Protocol,
  protocol,
  type ResponseOf,
} from './protocol';
import type { Reply } from './reply';
import { classifySender, type SenderInfo, type SenderKind } from './sender';

export type Handler<T extends MessageType> = (
  payload: ParsedRequestOf<T>,
  sender: { kind: SenderKind; url: string | undefined },
) => Promise<ResponseOf<T>>;

/** The handlers of the messages `T`, every one of them present (what a handler factory returns). */
export type HandlersFor<T extends MessageType> = { [K in T]: Handler<K> };

/** The background's complete handler map: one handler for every message of the protocol. */
export type HandlerMap = HandlersFor<MessageType>;

/** Some of the handlers (wrappers that change a few of them take and give any subset). */
export type Handlers = Partial<HandlerMap>;

/** What a wrapper gives back for `H`: handlers of the same messages (as present as in `H`). */
export type SameHandlers<H extends Handlers> = { [P in keyof H]: P extends MessageType ? Handler<P> : never };

function refuse(code: string, message: string, details: Record<string, string> = {}): Reply<never> {
  return { ok: false, error: { kind: 'validation', code, message, details } };
}

/**
 * The background's single onMessage listener. It ignores messages that are not ours (returns
 * undefined), validates the envelope and the payload, refuses privileged messages from anything but
 * an extension page, and turns every failure into a readable error reply.
 */
export function createRouter(handlers: HandlerMap, runtime: { id: string; origin: string }) {
  return (raw: unknown, rawSender: SenderInfo): Promise<Reply<unknown>> | undefined => {
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) return undefined;
    return dispatch(envelope.data.type, envelope.data.payload, rawSender);
  };

  async function dispatch(type: string, payload: unknown, rawSender: SenderInfo): Promise<Reply<unknown>> {
    if (!Object.hasOwn(protocol, type)) return refuse('unknown_message', `Unknown request "${type}".`);
    const def = protocol[type as MessageType] as Protocol[MessageType];
    const kind = classifySender(rawSender, runtime.id, runtime.origin);
    if (kind === 'external')
      return refuse('forbidden_sender', 'Requests from outside the extension are refused.');
    if (def.privileged && kind !== 'extension-page') {
      return refuse('forbidden_sender', `"${type}" can only be requested from the extension's own pages.`);
    }
    const parsed = def.request.safeParse(payload ?? {});
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
      // A field's own code (a refinement's `params.code`) has words of its own in the UI.
      const own = first?.code === 'custom' ? first.params?.code : undefined;
      return refuse(
        typeof own === 'string' ? own : 'invalid_request',
        `Invalid "${type}" request${where}: ${first?.message ?? 'bad payload'}.`,
        { type, field: first?.path.join('.') ?? '' },
      );
    }
    // Complete by type (HandlerMap); still checked, for a map cast together at run time.
    const handler = handlers[type as MessageType] as Handler<MessageType> | undefined;
    if (!handler) return refuse('not_available', `"${type}" is not available yet.`);
    try {
      const data = await handler(parsed.data as never, { kind, url: rawSender.url });
      return { ok: true, data };
    } catch (error) {
      return { ok: false, error: serializeError(error) };
    }
  }
}
