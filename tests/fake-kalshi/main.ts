import { readFileSync } from 'node:fs';
import { startFakeKalshi } from './start-fake-kalshi.ts';

/**
 * CLI: npx tsx tests/fake-kalshi/main.ts --port 8565 --markets 60 [--seed 7] [--latency 100]
 *   [--key-id <uuid> --public-key <spki.pem>]   (registers an API key for signed calls)
 */
function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : (process.argv[index + 1] ?? fallback);
}

const fake = await startFakeKalshi({
  port: Number(flag('port', '8565')),
  markets: Number(flag('markets', '60')),
  seed: Number(flag('seed', '7')),
  latencyMs: Number(flag('latency', '0')),
  startTimeMs: Math.floor(Date.now() / 3_600_000) * 3_600_000,
});
const keyId = flag('key-id', '');
const publicKey = flag('public-key', '');
if (keyId && publicKey) fake.keys.register(keyId, readFileSync(publicKey, 'utf8'));
console.info(`rest ${fake.restUrl}\nws   ${fake.wsUrl}`);
process.on('SIGINT', () => void fake.close().then(() => process.exit(0)));
