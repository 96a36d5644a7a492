import type { Page } from '@playwright/test';

/** Send a protocol request from an extension page, exactly as the UI does, and return the reply. */
export async function sendFromPage<T = unknown>(page: Page, type: string, payload: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([t, p]) => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime;
      return runtime.sendMessage({ channel: 'equilibrage', type: t, payload: p });
    },
    [type, payload] as const,
  ) as Promise<T>;
}

/** Point the extension at the fake Polymarket through the settings, as a user would in Advanced endpoints. */
export async function useFakeEndpoints(
  page: Page,
  fake: { gammaUrl: string; clobUrl: string; dataUrl: string; wsMarketUrl?: string; wsUrl: string },
): Promise<void> {
  const reply = await sendFromPage<{ ok: boolean; data?: { ok: boolean } }>(page, 'settings.update', {
    patch: {
      endpoints: {
        gammaUrl: fake.gammaUrl,
        clobUrl: fake.clobUrl,
        dataUrl: fake.dataUrl,
        clobWsUrl: fake.wsMarketUrl ?? `${fake.wsUrl}/ws/market`,
      },
    },
  });
  if (!reply.ok || !reply.data?.ok) throw new Error(`could not set endpoints: ${JSON.stringify(reply)}`);
}

/** Turn Kalshi on and point its demo environment (the default) at the fake Kalshi, as Options → Kalshi does. */
export async function useFakeKalshi(
  page: Page,
  kalshi: { restUrl: string; wsUrl: string },
  options: { enabled?: boolean } = {},
): Promise<void> {
  const reply = await sendFromPage<{ ok: boolean; data?: { ok: boolean } }>(page, 'settings.update', {
    patch: {
      kalshi: { enabled: options.enabled ?? true, demoRestUrl: kalshi.restUrl, demoWsUrl: kalshi.wsUrl },
    },
  });
  if (!reply.ok || !reply.data?.ok)
    throw new Error(`could not set Kalshi endpoints: ${JSON.stringify(reply)}`);
}
