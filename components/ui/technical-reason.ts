import { formatNumber } from './format';

/** A message of the current locale by its dotted key, or '' when there is none. */
type Lookup = (key: string) => string;

/**
 * What browsers and libraries say when a request never got an answer: Chromium's "Failed to fetch",
 * Firefox's "NetworkError when attempting to fetch resource.", Safari's "Load failed", Node's
 * "fetch failed", viem's "HTTP request failed." (the first line the doctor keeps).
 */
const UNREACHABLE =
  /^(TypeError: )?(Failed to fetch|fetch failed|Load failed|NetworkError when attempting to fetch resource\.?|HTTP request failed\.?)$|net::ERR_|ECONNREFUSED|ENOTFOUND/i;
/** settleFact's time limit ("no answer within 10 s"). */
const NO_ANSWER = /^no answer within (\d+) s$/;

/**
 * A raw technical reason (a network failure, a time-out) in the UI's words, or null when it is not
 * one of those: these come from the browser or a library, never with a coded form.
 */
export function technicalReason(reason: string, lookup: Lookup, locale?: string): string | null {
  const text = reason.trim();
  if (UNREACHABLE.test(text)) return lookup('errors.unreachable') || null;
  const seconds = NO_ANSWER.exec(text)?.[1];
  if (seconds !== undefined) {
    const template = lookup('errors.no_answer');
    return template ? template.replace('{seconds}', formatNumber(Number(seconds), locale)) : null;
  }
  return null;
}
