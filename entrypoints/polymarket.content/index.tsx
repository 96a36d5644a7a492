import '../../components/overlay/overlay.css';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardScriptStarted } from '../../components/overlay/guard-script-started';
import { keepMounted } from '../../components/overlay/keep-mounted';
import { slugsFromPath } from '../../components/overlay/market-slug';
import { muteScriptStartedPostMessage } from '../../components/overlay/mute-script-started-post';
import { OverlayBadge } from '../../components/overlay/OverlayBadge';
import { pinZeroSize } from '../../components/overlay/pin-zero-size';

// No window.postMessage at start: it would tell every page script the extension's id.
muteScriptStartedPostMessage();

export default defineContentScript({
  matches: ['https://polymarket.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    // A page cannot remove the overlay by forging WXT's "newer content script started" event.
    guardScriptStarted(ctx.signal);
    let root: Root | undefined;
    const render = () => root?.render(<OverlayBadge slugs={slugsFromPath(window.location.pathname)} />);
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'equilibrage-overlay',
      // Closed: page scripts cannot reach into the overlay (host.shadowRoot is null for them).
      mode: 'closed',
      position: 'overlay',
      // Our own :host reset (overlay.css) is not !important, so the host can stay a zero-size inline box.
      inheritStyles: true,
      anchor: 'h1',
      append: 'last',
      onMount(container, _shadow, host) {
        pinZeroSize(host);
        root = createRoot(container);
        render();
        return root;
      },
      onRemove(mounted) {
        mounted?.unmount();
      },
    });
    // Follows the page's own re-renders (the title node replaced) and client-side navigation.
    ctx.onInvalidated(keepMounted(ui, () => document.querySelector('h1')));
    ctx.addEventListener(window, 'wxt:locationchange', render);
  },
});
