import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getContractConfig } from '@polymarket/clob-client-v2';
import { describe, expect, it } from 'vitest';
import { POLYGON_CONTRACTS } from '../../../lib/core/model/polygon-contracts';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('Polygon contract addresses', () => {
  it('match the newest official client’s config (clob-client-v2 1.1.0, chain 137)', () => {
    const official = getContractConfig(137);
    expect(POLYGON_CONTRACTS.exchange).toBe(official.exchangeV2);
    expect(POLYGON_CONTRACTS.negRiskExchange).toBe(official.negRiskExchangeV2);
    expect(POLYGON_CONTRACTS.exchangeV3).toBe(official.exchangeV3);
    expect(POLYGON_CONTRACTS.pusd).toBe(official.collateral);
    expect(POLYGON_CONTRACTS.conditionalTokens).toBe(official.conditionalTokens);
    expect(POLYGON_CONTRACTS.negRiskAdapter).toBe(official.negRiskAdapter);
  });

  it('the collateral adapters are the 2026 redeploys, not the superseded April ones', () => {
    expect(POLYGON_CONTRACTS.ctfCollateralAdapter).toBe('0xAdA100Db00Ca00073811820692005400218FcE1f');
    expect(POLYGON_CONTRACTS.negRiskCtfCollateralAdapter).toBe('0xadA2005600Dec949baf300f4C6120000bDB6eAab');
  });

  it('live in one module: no other product file spells an exchange, token or adapter address', () => {
    const addresses = Object.entries(POLYGON_CONTRACTS)
      .filter(([name]) => name !== 'multicall3')
      .map(([, address]) => address.toLowerCase());
    const offenders = ['lib', 'components', 'entrypoints']
      .flatMap(sources)
      .filter((file) => !file.endsWith('polygon-contracts.ts'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8').toLowerCase();
        return addresses.some((address) => text.includes(address));
      });
    expect(offenders).toEqual([]);
  });
});
