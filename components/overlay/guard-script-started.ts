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
