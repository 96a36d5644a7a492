interface MountableUi {
  shadowHost: HTMLElement;
  mount: () => void;
  remove: () => void;
}

/**
 * Keep the overlay attached to the current market title. The site re-renders its title (often
 * replacing the node in one go, which WXT's autoMount misses) and navigates client-side: after any
 * DOM change, if the title exists and our host is not inside it, mount again. Returns a stop function.
 */
export function keepMounted(ui: MountableUi, anchor: () => Element | null): () => void {
  let scheduled = false;
  const check = () => {
    scheduled = false;
    const target = anchor();
    if (!target) return;
    if (!ui.shadowHost.isConnected || ui.shadowHost.parentElement !== target) {
      ui.remove();
      ui.mount();
    }
  };
  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(check);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  check();
  return () => observer.disconnect();
}
