import { z } from 'zod';
import { type ChainIntent, type IntentStore, isTerminal } from '../../core/ctf/chain-intent';

/**
 * The on-chain intent journal, persisted as one runtime-state value (no new Dexie table). Holds every
 * open entry and the most recent settled ones; writes are serialised so two saves never lose each
 * other. Entries hold signed transaction bytes (public once broadcast), never a key.
 */
export const CHAIN_INTENTS_KEY = 'ctf.chainIntents';
const KEEP_SETTLED = 50;

export const chainIntentSchema: z.ZodType<ChainIntent> = z.object({
  id: z.string(),
  op: z.enum(['split', 'merge', 'redeem', 'convert', 'approve-pusd', 'approve-ctf']),
  conditionId: z.string(),
  amount: z.number().int().nonnegative(),
  from: z.string(),
  status: z.enum(['intent', 'signed', 'sent', 'mined', 'reverted', 'dropped']),
  createdAt: z.number(),
  nonce: z.number().int().nullable(),
  hash: z.string().nullable(),
  rawTx: z.string().nullable(),
  signedAt: z.number().nullable(),
  sentAt: z.number().nullable(),
  broadcasts: z.number().int(),
  blockNumber: z.number().int().nullable(),
  revertReason: z.string().nullable(),
  supersedes: z.string().nullable(),
  call: z.object({ to: z.string(), data: z.string() }).nullable(),
  relayerTxId: z.string().nullable().optional(),
  context: z
    .object({
      positionId: z.string(),
      negRisk: z.boolean(),
      before: z.object({ collateral: z.number().int(), yes: z.number().int(), no: z.number().int() }),
      done: z
        .object({
          collateral: z.number().int(),
          yesShares: z.number().int(),
          noShares: z.number().int(),
          gasPaid: z.number().int(),
        })
        .optional(),
    })
    .nullable()
    .optional(),
  reportedAt: z.number().nullable().optional(),
});

const journalSchema = z.array(chainIntentSchema);

export interface JournalRuntime {
  runtime: {
    get<S extends z.ZodType>(key: string, schema: S): Promise<z.output<S> | undefined>;
    set(key: string, value: unknown): Promise<void>;
  };
}

export class ChainIntentJournal implements IntentStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: JournalRuntime) {}

  /** Every kept entry, oldest first. */
  async list(): Promise<ChainIntent[]> {
    await this.queue.catch(() => undefined);
    return (await this.store.runtime.get(CHAIN_INTENTS_KEY, journalSchema)) ?? [];
  }

  /** Entries that may still reach the chain: resume each after a restart. */
  async open(): Promise<ChainIntent[]> {
    return (await this.list()).filter((e) => !isTerminal(e));
  }

  save(entry: ChainIntent): Promise<void> {
    const write = this.queue
      .catch(() => undefined)
      .then(async () => {
        const all = (await this.store.runtime.get(CHAIN_INTENTS_KEY, journalSchema)) ?? [];
        const at = all.findIndex((e) => e.id === entry.id);
        if (at >= 0) all[at] = entry;
        else all.push(entry);
        const settled = all.filter(isTerminal);
        const drop = new Set(settled.slice(0, Math.max(0, settled.length - KEEP_SETTLED)).map((e) => e.id));
        await this.store.runtime.set(
          CHAIN_INTENTS_KEY,
          all.filter((e) => !drop.has(e.id)),
        );
      });
    this.queue = write;
    return write;
  }
}
