import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT invalidates an older copy of this content script when a newer one announces itself with a
 * "content script started" event on the document. The page can dispatch that event too (its name
 * is the extension's public id plus the entry point's name), and nothing tells the two apart:
 * both are untrusted events. A copy whose extension is still alive is never the "older" one (after
 * an update or reload its runtime is gone), so while ours is alive the event is stopped before
 * WXT's listener sees it. Listens on window, capture phase: before any listener on the document.
 */
export function guardScriptStarted(signal: AbortSignal): void {
  // WXT's own event name (typed private, public at run time).
  const { SCRIPT_STARTED_MESSAGE_TYPE } = ContentScriptContext as unknown as {
    SCRIPT_STARTED_MESSAGE_TYPE: string;
  };
  window.addEventListener(
    SCRIPT_STARTED_MESSAGE_TYPE,
    (event) => {
      if (browser.runtime?.id != null) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}

/**
 * WXT (0.21.0, the last release that supports Node 20) also announces a new content script with
 * `window.postMessage`, which every page script receives, and the message's type carries the
 * extension's id. Newer WXT has `noScriptStartedPostMessage` for this; here our copy drops that one
 * message. Content scripts have their own view of `window` (an isolated world in Chromium, an Xray
 * wrapper in Firefox), so the page's own postMessage is untouched. Call it before WXT builds the
 * content-script context (at module load).
 */
export function muteScriptStartedPostMessage(): void {
  // WXT also loads this module at build time to read its options: no window there.
  if (typeof window === 'undefined' || typeof window.postMessage !== 'function') return;
  const { SCRIPT_STARTED_MESSAGE_TYPE } = ContentScriptContext as unknown as {
    SCRIPT_STARTED_MESSAGE_TYPE: string;
  };
  const post = window.postMessage.bind(window);
  window.postMessage = ((message: unknown, ...rest: [string, Transferable[]?]) => {
    const type = typeof message === 'object' && message !== null ? Reflect.get(message, 'type') : undefined;
    if (type === SCRIPT_STARTED_MESSAGE_TYPE) return;
    post(message, ...rest);
  }) as typeof window.postMessage;
}
