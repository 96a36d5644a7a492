import type { Address, Hex } from 'viem';
import type { z } from 'zod';
import { approvalsFor, missingApprovalCalls } from '../../../lib/adapters/chain/ctf-calls';
import { LiveCtfOperations } from '../../../lib/adapters/chain/live-ctf-operations';
import { RelayerClient } from '../../../lib/adapters/chain/relayer-client';
import { proxyWalletOf, safeWalletOf } from '../../../lib/adapters/wallet-doctor/account-addresses';
import { ChainIntentJournal } from '../../../lib/app/ctf/chain-intent-journal';
import type { ChainIntent } from '../../../lib/core/ctf/chain-intent';
import type { Market } from '../../../lib/core/model/market';
import { startRelayerStub } from '../../fake-relayer/relayer-stub';
import vectors from '../../fixtures/ctf/token-id-vectors.json';
import { makeMarket } from '../../unit/core/support/markets';
import { NEG_RISK, STANDARD, startCtfHarness } from './ctf-harness';

export const STANDARD_MARKET: Market = makeMarket();
export const NEG_RISK_MARKET: Market = makeMarket({
  id: 'neg-risk-1',
  conditionId: NEG_RISK.conditionId,
  negRisk: true,
  yes: { tokenId: vectors.negRisk.yes, label: 'Yes', price: 500_000 },
  no: { tokenId: vectors.negRisk.no, label: 'No', price: 500_000 },
});
export { NEG_RISK, STANDARD };

export type AccountKind = 'eoa' | 'proxy' | 'safe' | 'wallet';
const SIGNATURE_TYPE = { eoa: 0, proxy: 1, safe: 2, wallet: 3 } as const;
const AUTH = { apiKey: 'test-relayer-key-0001', address: '0x00000000000000000000000000000000000a11ce' };
const DEPOSIT_WALLET: Address = '0xd3b0517000000000000000000000000000001234';

/** Thrown by the store to stop the "worker" right after a journal entry matching a condition was saved. */
export class WorkerKilled extends Error {}

/**
 * Live CTF operations against the fake Polygon (and the fake relayer for types 1–3), with the journal
 * persisted as JSON in a map that outlives the operations object: `restart()` drops every in-memory
 * object and rebuilds from what was persisted, as a killed service worker would.
 */
export async function startLiveCtf(kind: AccountKind, funds = 100_000_000n) {
  const h = await startCtfHarness(kind === 'eoa' ? funds : 0n);
  const stub = kind === 'eoa' ? null : await startRelayerStub(h.chain, { ...AUTH });
  const signer = h.account.address;
  const holder: Address =
    kind === 'eoa'
      ? signer
      : kind === 'proxy'
        ? proxyWalletOf(signer)
        : kind === 'safe'
          ? safeWalletOf(signer)
          : DEPOSIT_WALLET;
  if (stub) {
    stub.relayer.depositWallets.set(signer.toLowerCase(), DEPOSIT_WALLET);
    h.chain.ledger.fund(holder, funds);
  }
  const persisted = new Map<string, string>();
  let killWhen: ((entry: ChainIntent) => boolean) | null = null;
  const runtime = {
    async get<S extends z.ZodType>(key: string, schema: S) {
      const raw = persisted.get(key);
      return raw === undefined ? undefined : (schema.parse(JSON.parse(raw)) as z.output<S>);
    },
    async set(key: string, value: unknown) {
      persisted.set(key, JSON.stringify(value));
      const entries = value as ChainIntent[];
      const hit = killWhen && entries.find((e) => killWhen?.(e));
      if (hit) {
        killWhen = null;
        throw new WorkerKilled(`killed after saving ${hit.id} as ${hit.status}`);
      }
    },
  };
  let seq = 0;
  const build = () =>
    new LiveCtfOperations({
      client: h.client,
      account: h.account,
      signatureType: SIGNATURE_TYPE[kind],
      wallet: kind === 'eoa' ? null : holder,
      journal: new ChainIntentJournal({ runtime }),
      eoa: h.wallet,
      ...(stub ? { relayer: new RelayerClient({ baseUrl: stub.url, auth: AUTH }) } : {}),
      now: () => Date.now(),
      newId: () => `intent-${kind}-${++seq}`,
      polPriceMicros: 250_000,
      wait: { pollMs: 5, polls: 30 },
    });

  /** Grant what an operation needs: sent by the EOA itself, or set on chain as polymarket.com does for wallets. */
  const grant = async (op: 'split' | 'merge' | 'redeem', negRisk: boolean, amount = 0) => {
    const nothing = { pusdAllowance: 0n, ctfOperator: false };
    for (const call of missingApprovalCalls(approvalsFor(op, negRisk, amount), nothing)) {
      if (kind === 'eoa') await h.send(call);
      else h.chain.ledger.execute(holder, call.to, call.data);
    }
  };
  const balances = (market: { conditionId: string; negRisk: boolean }) => {
    const [yes, no] = h.chain.ledger.idsFor(
      market.negRisk
        ? '0xadA2005600Dec949baf300f4C6120000bDB6eAab'
        : '0xAdA100Db00Ca00073811820692005400218FcE1f',
      market.conditionId as Hex,
    );
    const l = h.chain.ledger;
    return { pusd: l.pusdOf(holder), yes: l.positionOf(holder, yes), no: l.positionOf(holder, no) };
  };
  const journal = () => new ChainIntentJournal({ runtime }).list();
  return {
    h,
    relayer: stub?.relayer ?? null,
    holder,
    ops: build(),
    restart: build,
    grant,
    balances,
    journal,
    killAfter: (when: (entry: ChainIntent) => boolean) => {
      killWhen = when;
    },
    close: async () => {
      await stub?.close();
      await h.close();
    },
  };
}
