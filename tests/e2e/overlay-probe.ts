import type { CDPSession, Page } from '@playwright/test';
import { expect } from './extension-fixture';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

/**
 * The extension's content-script world on a page (Chromium's isolated world for the extension),
 * reached over CDP: what a compromised or curious content script could do, and the only way to
 * look inside the overlay's closed shadow root (chrome.dom.openOrClosedShadowRoot).
 */
export class ContentScriptWorld {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly contexts: ExecutionContext[],
    private readonly extensionId: string,
  ) {}

  static async attach(page: Page, extensionId: string): Promise<ContentScriptWorld> {
    const cdp = await page.context().newCDPSession(page);
    const contexts: ExecutionContext[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) => contexts.push(e.context));
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => {
      const at = contexts.findIndex((c) => c.id === e.executionContextId);
      if (at >= 0) contexts.splice(at, 1);
    });
    await cdp.send('Runtime.enable');
    const world = new ContentScriptWorld(cdp, contexts, extensionId);
    await expect.poll(() => world.contextId() !== undefined, { timeout: 15_000 }).toBe(true);
    return world;
  }

  private contextId(): number | undefined {
    return this.contexts.findLast(
      (c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${this.extensionId}`,
    )?.id;
  }

  /** Evaluates an expression (awaited, returned by value) in the content script's world. */
  async evaluate<T>(expression: string): Promise<T> {
    const contextId = this.contextId();
    if (contextId === undefined) throw new Error('no content-script world on this page');
    const reply = (await this.cdp.send('Runtime.evaluate', {
      expression,
      contextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value?: unknown }; exceptionDetails?: { exception?: { description?: string } } };
    if (reply.exceptionDetails)
      throw new Error(reply.exceptionDetails.exception?.description ?? 'evaluation failed');
    return reply.result.value as T;
  }

  /** Sends a protocol request as the content script does; resolves to the background's reply. */
  send<T = { ok: boolean; data?: unknown; error?: { code: string; message: string } }>(
    type: string,
    payload: unknown = {},
  ): Promise<T> {
    return this.evaluate<T>(
      `chrome.runtime.sendMessage(${JSON.stringify({ channel: 'equilibrage', type, payload })})`,
    );
  }

  /** The text inside the overlay's closed shadow root ('' when the overlay is not on the page). */
  overlayText(selector = ':host > *'): Promise<string> {
    return this.evaluate<string>(`(() => {
      const host = document.querySelector('equilibrage-overlay');
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      if (!root) return '';
      const el = ${JSON.stringify(selector)} === ':host > *' ? root : root.querySelector(${JSON.stringify(selector)});
      return el ? el.textContent : '';
    })()`);
  }

  /** The centre of an element inside the overlay, in page coordinates (null when absent). */
  overlayPoint(selector: string): Promise<{ x: number; y: number } | null> {
    return this.evaluate(`(() => {
      const host = document.querySelector('equilibrage-overlay');
      const root = host && chrome.dom.openOrClosedShadowRoot(host);
      const el = root && root.querySelector(${JSON.stringify(selector)});
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    })()`);
  }
}

/** A real (trusted) click on an element inside the overlay's closed shadow root. */
export async function clickInOverlay(page: Page, world: ContentScriptWorld, selector: string): Promise<void> {
  await expect.poll(() => world.overlayPoint(selector).then((p) => p !== null)).toBe(true);
  const point = await world.overlayPoint(selector);
  if (!point) throw new Error(`${selector} not in the overlay`);
  await page.mouse.click(point.x, point.y);
}
