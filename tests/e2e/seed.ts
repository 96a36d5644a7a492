import type { BrowserContext } from '@playwright/test';
import { seedRows } from './seed-data';

/**
 * Write rows straight into the extension's IndexedDB from one of its pages (the worker can import
 * nothing at runtime). Dexie live queries do not see raw writes: reload the pages afterwards.
 */
export async function seedStore(
  context: BrowserContext,
  extensionId: string,
  extra: Record<string, unknown[]> = {},
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.waitForSelector('main');
  const tables: Record<string, unknown[]> = { ...seedRows(Date.now()), ...extra };
  await page.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('equilibrage');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const names = Object.keys(rows).filter((n) => db.objectStoreNames.contains(n));
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(names, 'readwrite');
      for (const name of names) for (const row of rows[name] ?? []) tx.objectStore(name).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, tables);
  await page.close();
}
