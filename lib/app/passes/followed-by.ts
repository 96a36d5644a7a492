import type { Handlers, SameHandlers } from '../../messaging/router';
import type { PassBody } from './run-pass';

/** A pass body that runs `after` (without waiting for it) once it has finished, however it ended. */
export function passFollowedBy(after: () => Promise<void>, body: PassBody): PassBody {
  return async (ctx) => {
    try {
      return await body(ctx);
    } finally {
      void after();
    }
  };
}

/** The same message handlers, each followed by `after` (e.g. notifications and the badge). */
export function handlersFollowedBy<H extends Handlers>(
  after: () => Promise<void>,
  handlers: H,
): SameHandlers<H> {
  const wrapped: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers)) {
    const call = handler as (payload: never, sender: never) => Promise<unknown>;
    wrapped[type] = async (payload: never, sender: never) => {
      try {
        return await call(payload, sender);
      } finally {
        void after();
      }
    };
  }
  return wrapped as SameHandlers<H>;
}
