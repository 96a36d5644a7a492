/** What a response body tells a human, without ever dumping HTML into a message. */
export interface RemoteMessage {
  /** The exchange's own message (`{"error":"…"}` or a bare string), or an HTML page's <title>. */
  message: string | undefined;
  kind: 'json' | 'text' | 'html' | 'empty';
}

const MAX_LENGTH = 300;

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_LENGTH ? `${oneLine.slice(0, MAX_LENGTH)}…` : oneLine;
}

export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml|<)/i.test(text) && /<\/?[a-z][^>]*>/i.test(text);
}

function htmlTitle(html: string): string | undefined {
  const match = /<title[^>]*>([^<]*)<\/title>/i.exec(html);
  const title = match?.[1]?.trim();
  return title ? clip(title) : undefined;
}

function fromJson(value: unknown): string | undefined {
  if (typeof value === 'string') return clip(value);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const error = record.error ?? record.message ?? record.errorMsg;
    if (typeof error === 'string') return looksLikeHtml(error) ? htmlTitle(error) : clip(error);
  }
  return undefined;
}

export function readRemoteMessage(body: string): RemoteMessage {
  if (body.trim() === '') return { message: undefined, kind: 'empty' };
  if (looksLikeHtml(body)) return { message: htmlTitle(body), kind: 'html' };
  try {
    return { message: fromJson(JSON.parse(body)), kind: 'json' };
  } catch {
    return { message: clip(body), kind: 'text' };
  }
}
