import type { z } from 'zod';

/**
 * One message of the UI ↔ background protocol: whether it is privileged (accepted only from the
 * extension's own pages), the zod schema its payload is validated with on receipt, and — as a
 * phantom type — what it answers.
 */
export interface MessageDef<Req extends z.ZodType, Res> {
  privileged: boolean;
  request: Req;
  /** Phantom: never set; carries the response type. */
  readonly response?: Res;
}

export function message<Res>() {
  return <Req extends z.ZodType>(privileged: boolean, request: Req): MessageDef<Req, Res> => ({
    privileged,
    request,
  });
}
