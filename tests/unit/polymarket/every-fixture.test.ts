import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { clobBookSchema } from '../../../lib/adapters/polymarket/schemas/clob-book';
import {
  clobLastTradeSchema,
  clobMidpointSchema,
} from '../../../lib/adapters/polymarket/schemas/clob-prices';
import { clobPricesHistorySchema } from '../../../lib/adapters/polymarket/schemas/clob-prices-history';
import { dataActivitySchema } from '../../../lib/adapters/polymarket/schemas/data-activity';
import { dataPositionSchema } from '../../../lib/adapters/polymarket/schemas/data-position';
import { dataTradeSchema } from '../../../lib/adapters/polymarket/schemas/data-trade';
import { parseGammaEvent } from '../../../lib/adapters/polymarket/schemas/gamma-event';
import { gammaSearchSchema } from '../../../lib/adapters/polymarket/schemas/gamma-pages';
import { parseGammaMarket } from '../../../lib/adapters/polymarket/schemas/parse-gamma-market';
import { parseRows } from '../../../lib/adapters/polymarket/schemas/parse-rows';
import { fixture, recordedFixtureNames } from './fixtures';

/** Each recorded fixture's name prefix → a check that it parses in full. */
const parsers: Array<[RegExp, (raw: unknown) => void]> = [
  [/^gamma-market\./, (raw) => expectOk([parseGammaMarket(raw)])],
  [/^gamma-markets-list\./, (raw) => expectOk((raw as unknown[]).map((m) => parseGammaMarket(m)))],
  [
    /^gamma-public-search\./,
    (raw) => {
      for (const e of gammaSearchSchema.parse(raw).events ?? []) {
        const event = parseGammaEvent(e);
        if (!event.ok) throw new Error(event.reason);
        expectOk(event.event.markets);
      }
    },
  ],
  [/^clob-book\./, (raw) => clobBookSchema.parse(raw)],
  [/^clob-midpoint\./, (raw) => clobMidpointSchema.parse(raw)],
  [/^clob-last-trade-price\./, (raw) => clobLastTradeSchema.parse(raw)],
  [/^clob-prices-history\./, (raw) => clobPricesHistorySchema.parse(raw)],
  [/^data-api-trades\./, (raw) => expectAllRows(dataTradeSchema, raw)],
  [/^data-api-positions\./, (raw) => expectAllRows(dataPositionSchema, raw)],
  [/^data-api-activity\./, (raw) => expectAllRows(dataActivitySchema, raw)],
];

function expectOk(results: Array<{ ok: boolean; reason?: string }>): void {
  expect(results.length).toBeGreaterThan(0);
  for (const r of results) expect(r.reason).toBeUndefined();
}

function expectAllRows(schema: z.ZodType, raw: unknown): void {
  const parsed = parseRows(schema, raw);
  expect(parsed?.rejected).toEqual([]);
  expect(parsed?.rows.length).toBeGreaterThan(0);
}

describe('every recorded Polymarket fixture', () => {
  const names = recordedFixtureNames();

  it('is found', () => {
    expect(names.length).toBeGreaterThanOrEqual(14);
  });

  it.each(names)('%s has a parser and parses cleanly', (name) => {
    const entry = parsers.find(([pattern]) => pattern.test(name));
    expect(entry, `no parser registered for ${name}`).toBeDefined();
    entry?.[1](fixture(name));
  });
});
