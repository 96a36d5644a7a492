import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeChildOptions, FakeCommand, FakeReply, LoggedCall } from './fake-protocol.ts';

type Command = FakeCommand extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never;

export interface FakeProcess {
  gammaUrl: string;
  clobUrl: string;
  dataUrl: string;
  wsMarketUrl: string;
  log(): Promise<LoggedCall[]>;
  reset(): Promise<void>;
  setLatency(ms: number): Promise<void>;
  /** Prepares `count` open 0.01-tick markets with 50/50 books (fake-books.ts); their ids. */
  prepare(count: number): Promise<string[]>;
  /** The first `count` token ids of open markets. */
  tokens(count: number): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts tests/bench/support/fake-child.ts in a child process (tsx's loader is inherited). */
export async function startFakeProcess(options: FakeChildOptions): Promise<FakeProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./fake-child.ts', import.meta.url)), [
    JSON.stringify(options),
  ]);
  const waiting = new Map<number, (reply: FakeReply) => void>();
  let ready: ((reply: FakeReply) => void) | undefined;
  child.on('message', (reply: FakeReply) => {
    if (reply.id === 0) ready?.(reply);
    else waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const first = await new Promise<FakeReply>((resolve, reject) => {
    ready = resolve;
    child.once('exit', (code) => reject(new Error(`fake child exited (${code})`)));
  });
  if (!('ready' in first)) throw new Error('fake child did not start');
  let next = 1;
  const ask = (command: Command): Promise<FakeReply> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, (reply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply)));
      child.send({ ...command, id });
    });
  const ids = async (command: Command) => {
    const reply = await ask(command);
    return 'ids' in reply ? reply.ids : [];
  };
  return {
    ...first.ready,
    log: async () => {
      const reply = await ask({ cmd: 'log' });
      return 'log' in reply ? reply.log : [];
    },
    reset: async () => void (await ask({ cmd: 'reset' })),
    setLatency: async (ms) => void (await ask({ cmd: 'latency', ms })),
    prepare: (count) => ids({ cmd: 'prepare', count }),
    tokens: (count) => ids({ cmd: 'tokens', count }),
    close: async () => {
      child.removeAllListeners('exit');
      await ask({ cmd: 'close' });
    },
  };
}
