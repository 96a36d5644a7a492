import { type RefObject, useLayoutEffect, useState } from 'react';

export interface Fit {
  /** Drop the "Equilibrage" label. */
  compact: boolean;
  /** CSS transform that places the badge. */
  transform: string;
}

const INLINE: Fit = { compact: false, transform: 'translateY(-50%)' };

/**
 * Keep the badge inside its anchor's box (the title's column), so it never reaches the site's trade
 * panel and never covers the title: beside the title's end when it fits (compact if need be),
 * otherwise just above the title's top-right corner.
 */
export function useFitInAnchor(ref: RefObject<HTMLElement | null>, contentKey: string): Fit {
  const [fit, setFit] = useState<Fit>(INLINE);
  // biome-ignore lint/correctness/useExhaustiveDependencies: contentKey re-measures when the badge's content changes
  useLayoutEffect(() => {
    const el = ref.current;
    const root = el?.getRootNode();
    const host = root instanceof ShadowRoot ? (root.host as HTMLElement) : null;
    const anchor = host?.parentElement;
    if (!el || !host || !anchor) return;
    const measure = () => {
      const box = anchor.getBoundingClientRect();
      const at = host.getBoundingClientRect();
      const room = box.right - at.left;
      const full = el.offsetWidth + 8;
      // The label is ~80 px: estimate the compact width from the current one.
      const compactWidth = fit.compact ? full : full - 80;
      let next: Fit;
      if (room >= (fit.compact ? full + 80 : full)) next = INLINE;
      else if (room >= compactWidth) next = { compact: true, transform: 'translateY(-50%)' };
      else {
        const x = Math.round(box.right - at.left - compactWidth);
        const y = Math.round(box.top - at.top - el.offsetHeight - 4);
        next = { compact: true, transform: `translate(${x}px, ${y}px)` };
      }
      setFit((f) => (f.compact === next.compact && f.transform === next.transform ? f : next));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, contentKey, fit.compact]);
  return fit;
}
