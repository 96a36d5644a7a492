/** The largest news response body read (RSS feed or GDELT answer): 2 MB. */
export const NEWS_BODY_LIMIT_BYTES = 2 * 1024 * 1024;

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response larger than ${Math.round(limit / 1024)} KB`);
  }
}

/**
 * A response body as text, read at most `limit` bytes: a declared Content-Length over the limit
 * is refused before reading, and a stream that runs past it is cancelled (a feed cannot fill the
 * worker's memory).
 */
export async function cappedText(response: Response, limit: number = NEWS_BODY_LIMIT_BYTES): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limit);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** Only https:// news sources are fetched. */
export function isHttpsUrl(url: string): boolean {
  return URL.canParse(url) && new URL(url).protocol === 'https:';
}
