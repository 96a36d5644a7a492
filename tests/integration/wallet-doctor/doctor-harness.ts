import type { z } from 'zod';
import { createDoctorSources } from '../../../lib/adapters/wallet-doctor/doctor-sources';
import { createDoctorHandlers } from '../../../lib/app/wallet-doctor/wallet-doctor-handlers';
import { applySettingsPatch, type SettingsPatch } from '../../../lib/settings/parse-settings';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { startPolygonStub } from '../../fake-polygon/polygon-rpc-stub';
import { startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket';
import { HARDHAT_KEY, makeVault, PASSPHRASE } from '../../unit/vault/vault-harness';

/** Settings and runtime state in memory, with the repositories' get/set/update shapes. */
export function memoryStore(initial: Settings) {
  let settings = initial;
  const runtime = new Map<string, unknown>();
  return {
    runtime: {
      async get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined> {
        const parsed = schema.safeParse(runtime.get(key));
        return parsed.success ? parsed.data : undefined;
      },
      async set(key: string, value: unknown) {
        runtime.set(key, structuredClone(value));
      },
    },
    settings: {
      async get() {
        return settings;
      },
      async update(patch: SettingsPatch) {
        const result = applySettingsPatch(settings, patch);
        if (result.ok) settings = result.settings;
        return result;
      },
    },
    raw: runtime,
  };
}

/** Fake CLOB + Polygon/geoblock stub + an unlocked Hardhat #0 vault + the doctor's handlers. */
export async function doctorHarness(
  options: { unlock?: boolean; wallet?: Partial<Settings['wallet']> } = {},
) {
  const fake = await startFakePolymarket({ markets: 4 });
  const chain = await startPolygonStub();
  const { vault } = makeVault();
  await vault.importKey(HARDHAT_KEY, PASSPHRASE);
  if (options.unlock === false) await vault.lock();
  const store = memoryStore({
    ...DEFAULT_SETTINGS,
    wallet: { ...DEFAULT_SETTINGS.wallet, ...options.wallet },
    endpoints: {
      ...DEFAULT_SETTINGS.endpoints,
      clobUrl: fake.clobUrl,
      polygonRpcUrl: chain.rpcUrl,
      geoblockUrl: chain.geoblockUrl,
    },
  });
  const clock = { t: Date.UTC(2026, 5, 1), now: () => clock.t };
  const handlers = createDoctorHandlers({
    sources: createDoctorSources({ vault }),
    store,
    settings: () => store.settings.get(),
    clock,
  });
  const call = <T>(type: keyof typeof handlers, payload: unknown = {}): Promise<T> => {
    const handler = handlers[type] as ((p: unknown, s: unknown) => Promise<T>) | undefined;
    if (!handler) throw new Error(`no handler ${type}`);
    return handler(payload, { kind: 'extension-page', url: undefined });
  };
  return {
    fake,
    chain,
    vault,
    store,
    clock,
    call,
    close: async () => {
      await fake.close();
      await chain.close();
    },
  };
}
