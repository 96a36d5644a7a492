import { expect, test } from './extension-fixture';
import { seedStore } from './seed';

test('the popup and the dashboard work from the keyboard, with a visible focus ring', async ({
  context,
  extensionId,
}) => {
  await seedStore(context, extensionId);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const killSwitch = popup.getByRole('switch', { name: 'Kill switch' });
  await expect(killSwitch).toBeVisible();
  for (let i = 0; i < 5 && !(await killSwitch.evaluate((el) => el === document.activeElement)); i++) {
    await popup.keyboard.press('Tab');
  }
  await expect(killSwitch).toBeFocused();
  const outline = await killSwitch.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await popup.keyboard.press('Space');
  await expect(killSwitch).toHaveAttribute('aria-checked', 'true');

  // Close position: the dialog opens from the keyboard and Escape cancels it.
  await popup.getByRole('button', { name: 'Close position' }).first().focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByRole('dialog', { name: 'Close this position?' })).toBeVisible();
  await popup.keyboard.press('Escape');
  await expect(popup.getByRole('dialog', { name: 'Close this position?' })).toBeHidden();

  const dash = await context.newPage();
  await dash.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await dash.getByRole('tab', { name: 'Scanner' }).focus();
  await dash.keyboard.press('ArrowRight');
  await expect(dash.getByRole('tab', { name: 'History' })).toBeFocused();
  await expect(dash.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
  await expect(dash.getByRole('button', { name: 'Export CSV' })).toBeVisible();
});
