import type { BrowserContext, Page } from '@playwright/test';

interface VersionInfo {
  versionId: string;
  scriptURL: string;
  runningStatus: string;
}

/**
 * Stop the extension's service worker through CDP, as Chrome does when it evicts an idle worker:
 * module state is lost; committed IndexedDB rows stay. Resolves once it is stopped.
 */
export async function stopServiceWorker(
  context: BrowserContext,
  page: Page,
  extensionId: string,
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const versions = new Map<string, VersionInfo>();
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: VersionInfo[] }) => {
    for (const v of event.versions) versions.set(v.versionId, v);
  });
  await cdp.send('ServiceWorker.enable');
  await page.waitForTimeout(100);
  const ours = () =>
    [...versions.values()].filter((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
  for (const v of ours()) {
    if (v.runningStatus !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
  }
  const deadline = Date.now() + 5_000;
  while (ours().some((v) => v.runningStatus !== 'stopped')) {
    if (Date.now() > deadline) throw new Error('the service worker did not stop');
    await page.waitForTimeout(20);
  }
  await cdp.detach();
}
