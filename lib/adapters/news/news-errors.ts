import { temporaryError, validationError } from '../../errors/app-error';

/** GDELT's plain-text answers (other-apis.md §1): rate limiting and rejected queries. */
export const GDELT_RATE_LIMIT_TEXT = 'Please limit requests';

export function newsRateLimited(source: string) {
  return temporaryError(`${source} asks us to slow down; news will refresh later.`, {
    code: 'rate_limited',
    details: { source },
  });
}

export function newsQueryRejected(source: string, remote: string) {
  return validationError(`${source} rejected the news query: ${remote.slice(0, 120)}`, {
    code: 'news_query_rejected',
    remoteMessage: remote.slice(0, 300),
    details: { source },
  });
}

export function newsUnavailable(source: string, reason: string, status?: number) {
  return temporaryError(`${source} is unavailable (${reason}).`, {
    code: 'news_unavailable',
    status,
    details: { source },
  });
}
