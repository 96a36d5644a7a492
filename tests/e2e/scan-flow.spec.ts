import { sendFromPage, useFakeEndpoints } from './extension-messages';
import { expect, test } from './fake-polymarket-fixture';

test('a scan in the real worker fills the scanner from the fake Polymarket', async ({
  context,
  extensionId,
  fake,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await useFakeEndpoints(page, fake);
  fake.requestLog.reset();

  const reply = await sendFromPage<{
    ok: boolean;
    data: { ran: boolean; row: { outcome: string; summary: string; requestCount: number } };
  }>(page, 'pass.run', { pass: 'scan' });
  expect(reply.ok).toBe(true);
  expect(reply.data.ran).toBe(true);
  expect(['ok', 'degraded']).toContain(reply.data.row.outcome);
  expect(reply.data.row.requestCount).toBe(fake.requestLog.entries.length);
  // Books were fetched in batches only, never one by one.
  expect(fake.requestLog.find('GET', '/book')).toHaveLength(0);
  expect(fake.requestLog.find('POST', '/books').length).toBeGreaterThan(0);

  await expect(page.getByRole('table').first()).toBeVisible();
  await expect(page.getByRole('table').first().getByRole('row')).not.toHaveCount(0);
  console.info(`Scan summary: ${reply.data.row.summary}`);
});
