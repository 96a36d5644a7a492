import '../../components/overlay/overlay.css';
import { createRoot, type Root } from 'react-dom/client';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { slugsFromPath } from '../../components/overlay/market-slug';
import { OverlayBadge } from '../../components/overlay/OverlayBadge';

export default defineContentScript({
  matches: ['https://polymarket.com/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    let root: Root | undefined;
    const ui = await createShadowRootUi<Root>(ctx, {
      name: 'equilibrage-overlay',
      position: 'inline',
      anchor: 'h1',
      append: 'last',
      onMount(container) {
        root = createRoot(container);
        root.render(<OverlayBadge slugs={slugsFromPath(window.location.pathname)} />);
        return root;
      },
      onRemove(mounted) {
        mounted?.unmount();
      },
    });
    // Follows the page's own re-renders (the title node replaced) and client-side navigation.
    ui.autoMount();
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      root?.render(<OverlayBadge slugs={slugsFromPath(window.location.pathname)} />);
    });
  },
});
