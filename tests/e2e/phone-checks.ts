import type { Page } from '@playwright/test';

/** What a phone user would hit on a page: horizontal scrolling, controls cut off, and small tap targets. */
export interface PhoneProblems {
  /** Pixels the page scrolls sideways (0 = none). */
  horizontalScroll: number;
  /** Visible controls that reach past the screen's right edge outside a scrollable table. */
  cutOff: string[];
  /** Controls whose tap target is under 44 × 44 px. */
  smallTargets: string[];
}

/**
 * Measure the page as rendered. A control's tap target is its own box, or its label's when a label
 * wraps it; links inside a sentence are exempt, as WCAG 2.5.8 exempts inline targets.
 */
export function phoneProblems(page: Page): Promise<PhoneProblems> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const name = (el: Element, r: DOMRect) =>
      `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth) return true;
      }
      return false;
    };
    const isInline = (el: Element) => {
      if (el.tagName !== 'A') return false;
      const parent = el.parentElement;
      return (
        parent !== null &&
        getComputedStyle(el).display === 'inline' &&
        (parent.textContent ?? '').trim().length > (el.textContent ?? '').trim().length + 10
      );
    };
    const controls = document.querySelectorAll(
      'button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="tab"], [role="switch"], [role="button"]',
    );
    const cutOff: string[] = [];
    const smallTargets: string[] = [];
    for (const el of controls) {
      const own = el.getBoundingClientRect();
      if (own.width === 0 || own.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (own.right > window.innerWidth + 1 && !inScroller(el)) cutOff.push(name(el, own));
      if (isInline(el)) continue;
      // Tapping a control's label works the control: its target is the union of both boxes.
      const boxes = [
        own,
        ...[...((el as HTMLInputElement).labels ?? [])].map((l) => l.getBoundingClientRect()),
      ];
      const wrapping = el.closest('label');
      if (wrapping) boxes.push(wrapping.getBoundingClientRect());
      const target = new DOMRect(
        Math.min(...boxes.map((b) => b.left)),
        Math.min(...boxes.map((b) => b.top)),
        Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left)),
        Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top)),
      );
      if (target.width < 44 || target.height < 44) smallTargets.push(name(el, target));
    }
    return { horizontalScroll: root.scrollWidth - root.clientWidth, cutOff, smallTargets };
  });
}
