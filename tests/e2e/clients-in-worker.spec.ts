import { sendFromPage, useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';

test('the Polymarket clients run inside the service worker against the fake', async ({
  context,
  extensionId,
  fake,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await useFakeEndpoints(page, fake);
  fake.requestLog.reset();

  const reply = await sendFromPage<{ ok: boolean; data: { name: string; ok: boolean; detail: string }[] }>(
    page,
    'endpoints.check',
  );
  expect(reply.ok).toBe(true);
  expect(reply.data.map((c) => [c.name, c.ok])).toEqual([
    ['gamma', true],
    ['clob', true],
    ['data', true],
  ]);
  expect(reply.data[0]?.detail).toMatch(/5 markets listed/);
  expect(fake.requestLog.find('GET', '/markets').length).toBeGreaterThan(0);
  expect(fake.requestLog.find('GET', '/book').length).toBe(1);
});
