import { startFakePolymarket } from '../../fake-polymarket/start-fake-polymarket.ts';
import { prepareMarket } from '../../integration/trading/support/fake-books.ts';
import type { FakeChildOptions, FakeCommand, FakeReply } from './fake-protocol.ts';

/**
 * The fake Polymarket in its own process, so the bench process's CPU time is the extension code's
 * alone. Started by fake-process.ts with the options as argv[2] (JSON); answers commands over IPC.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as FakeChildOptions;
const fake = await startFakePolymarket(options);
const send = (reply: FakeReply) => process.send?.(reply);

process.on('message', (message: FakeCommand) => {
  const { id } = message;
  try {
    if (message.cmd === 'log')
      send({
        id,
        log: fake.requestLog.entries.map((e) => ({
          api: e.api,
          method: e.method,
          path: e.path,
          time: e.time,
          status: e.status,
        })),
      });
    else if (message.cmd === 'reset') {
      fake.requestLog.reset();
      send({ id, ok: true });
    } else if (message.cmd === 'latency') {
      fake.faults.setLatency(message.ms);
      send({ id, ok: true });
    } else if (message.cmd === 'prepare') {
      const ids: string[] = [];
      for (let i = 0; i < message.count; i++) ids.push(prepareMarket(fake, i).id);
      send({ id, ids });
    } else if (message.cmd === 'tokens') {
      const open = fake.state.markets.filter((m) => !m.closed);
      send({ id, ids: open.flatMap((m) => m.tokens.map((t) => t.tokenId)).slice(0, message.count) });
    } else {
      void fake.close().then(() => {
        send({ id, ok: true });
        process.exit(0);
      });
    }
  } catch (error) {
    send({ id, error: error instanceof Error ? error.message : String(error) });
  }
});

send({
  id: 0,
  ready: {
    gammaUrl: fake.gammaUrl,
    clobUrl: fake.clobUrl,
    dataUrl: fake.dataUrl,
    wsMarketUrl: fake.wsMarketUrl,
  },
});
