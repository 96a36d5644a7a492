import { browser } from 'wxt/browser';
import { type BadgeFacts, badgeView } from '../../core/notify/badge-view';

/**
 * The action badge: number of open positions, "!" in red when the last pass failed or an error is
 * active, cleared when there is nothing to say. Call it after every pass and position change.
 */
export async function updateBadge(facts: BadgeFacts): Promise<void> {
  const view = badgeView(facts);
  await browser.action.setBadgeText({ text: view.text });
  if (view.text !== '') await browser.action.setBadgeBackgroundColor({ color: view.color });
}
