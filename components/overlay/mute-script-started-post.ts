/** The end of the type of WXT's "content script started" message (its start is the extension's id). */
const SCRIPT_STARTED_SUFFIX = ':wxt:content-script-started';

/**
 * WXT (0.21.0, the last release that supports Node 20) announces a new content script with
 * `window.postMessage`, which every page script receives, and the message's type starts with the
 * extension's id. Newer WXT has `noScriptStartedPostMessage` for this; here our copy drops that one
 * message. Content scripts have their own view of `window` (an isolated world in Chromium, an Xray
 * wrapper in Firefox), so the page's own postMessage is untouched. Call it at module load, before
 * WXT builds the content-script context. It imports nothing of WXT's: WXT also loads the entry
 * point at build time, where its content-script context cannot be built.
 */
export function muteScriptStartedPostMessage(): void {
  if (typeof window === 'undefined' || typeof window.postMessage !== 'function') return;
  const post = window.postMessage.bind(window);
  window.postMessage = ((message: unknown, ...rest: [string, Transferable[]?]) => {
    const type = typeof message === 'object' && message !== null ? Reflect.get(message, 'type') : undefined;
    if (typeof type === 'string' && type.endsWith(SCRIPT_STARTED_SUFFIX)) return;
    post(message, ...rest);
  }) as typeof window.postMessage;
}
