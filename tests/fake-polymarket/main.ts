import { startFakePolymarket } from './start-fake-polymarket.ts';

/** CLI: npx tsx tests/fake-polymarket/main.ts --port 8555 --markets 2000 --scenario lively [--seed 42] [--latency 100] */
function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

const lively = flag('scenario', 'static') === 'lively';
const fake = await startFakePolymarket({
  port: Number(flag('port', '8555')),
  markets: Number(flag('markets', '2000')),
  seed: Number(flag('seed', '42')),
  latencyMs: Number(flag('latency', '0')),
  startTimeMs: Math.floor(Date.now() / 3_600_000) * 3_600_000,
  protocolV2Markets: 3,
  scriptedMarkets: lively ? 50 : 0,
});
console.info(
  `gamma ${fake.gammaUrl}\nclob  ${fake.clobUrl}\ndata  ${fake.dataUrl}\nws    ${fake.wsMarketUrl}`,
);
if (lively) {
  const timer = setInterval(() => fake.scenario.step(), 1000);
  process.on('SIGINT', () => {
    clearInterval(timer);
    void fake.close().then(() => process.exit(0));
  });
}
