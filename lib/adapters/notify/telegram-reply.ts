/** The parts of a Bot API reply that matter: `{ok, error_code, description, parameters.retry_after}`. */
export interface TelegramReply {
  httpStatus: number;
  ok: boolean;
  description: string | null;
  retryAfterSeconds: number | null;
}

export function parseTelegramReply(
  httpStatus: number,
  text: string,
  retryAfterHeader: string | null,
): TelegramReply {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const parameters =
    typeof record.parameters === 'object' && record.parameters !== null
      ? (record.parameters as Record<string, unknown>)
      : {};
  const fromBody = typeof parameters.retry_after === 'number' ? parameters.retry_after : null;
  const fromHeader =
    retryAfterHeader !== null && /^\d+$/.test(retryAfterHeader) ? Number(retryAfterHeader) : null;
  const status = typeof record.error_code === 'number' ? record.error_code : httpStatus;
  return {
    httpStatus: status,
    ok: httpStatus >= 200 && httpStatus < 300 && record.ok === true,
    description: typeof record.description === 'string' ? record.description.slice(0, 300) : null,
    retryAfterSeconds: fromBody ?? fromHeader,
  };
}
