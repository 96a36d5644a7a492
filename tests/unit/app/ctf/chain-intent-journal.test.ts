import { afterEach, describe, expect, it } from 'vitest';
import { EquilibrageDatabase } from '../../../../lib/adapters/storage/database';
import { RuntimeStateRepository } from '../../../../lib/adapters/storage/repositories/runtime-state-repository';
import { ChainIntentJournal } from '../../../../lib/app/ctf/chain-intent-journal';
import { createIntent, markMined, markSigned } from '../../../../lib/core/ctf/chain-intent';

const NAME = 'chain-intent-journal-test';
let db: EquilibrageDatabase | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

const intent = (id: string) =>
  createIntent({ id, op: 'split', conditionId: '0xc0', amount: 1_000_000, from: '0xabc', at: 0 });

async function journal() {
  db = new EquilibrageDatabase(NAME);
  return { journal: new ChainIntentJournal({ runtime: new RuntimeStateRepository(db, () => 1) }), db };
}

describe('the chain intent journal in IndexedDB', () => {
  it('keeps each step of an entry across a reopen (a restart), open entries listed for resuming', async () => {
    const { journal: j } = await journal();
    await j.save(intent('a'));
    await j.save(markSigned(intent('a'), { nonce: 3, hash: '0xh', rawTx: '0xraw', at: 2 }));
    await j.save(intent('b'));
    const reopened = new ChainIntentJournal({
      runtime: new RuntimeStateRepository(db as EquilibrageDatabase, () => 1),
    });
    const open = await reopened.open();
    expect(open.map((e) => [e.id, e.status, e.rawTx])).toEqual([
      ['a', 'signed', '0xraw'],
      ['b', 'intent', null],
    ]);
  });

  it('never loses a save when two run at once', async () => {
    const { journal: j } = await journal();
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => j.save(intent(id))));
    expect((await j.list()).map((e) => e.id).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps every open entry and only the 50 latest settled ones', async () => {
    const { journal: j } = await journal();
    await j.save(intent('open'));
    for (let i = 0; i < 55; i++) {
      const signed = markSigned(intent(`s${i}`), { nonce: i, hash: `0x${i}`, rawTx: '0x', at: i });
      await j.save(markMined(signed, i));
    }
    const all = await j.list();
    expect(all).toHaveLength(51);
    expect(all[0]?.id).toBe('open');
    expect(all[1]?.id).toBe('s5');
  });
});
