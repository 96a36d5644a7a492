import type { ReactNode } from 'react';

/**
 * A box that scrolls sideways when its table is wider than the screen (phones). It takes keyboard
 * focus so a keyboard user can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion(props: { className?: string; testId?: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <div tabIndex={0} className={`overflow-x-auto ${props.className ?? ''}`} data-testid={props.testId}>
      {props.children}
    </div>
  );
}
