import type { FakePolymarketOptions } from '../../fake-polymarket/start-fake-polymarket.ts';

/** A request the fake served, as the bench needs it (the child keeps the full log). */
export interface LoggedCall {
  api: string;
  method: string;
  path: string;
  time: number;
  status: number;
}

export type FakeCommand =
  | { id: number; cmd: 'log' }
  | { id: number; cmd: 'reset' }
  | { id: number; cmd: 'latency'; ms: number }
  | { id: number; cmd: 'prepare'; count: number }
  | { id: number; cmd: 'tokens'; count: number }
  | { id: number; cmd: 'close' };

export type FakeReply =
  | { id: 0; ready: { gammaUrl: string; clobUrl: string; dataUrl: string; wsMarketUrl: string } }
  | { id: number; log: LoggedCall[] }
  | { id: number; ids: string[] }
  | { id: number; ok: true }
  | { id: number; error: string };

export type FakeChildOptions = FakePolymarketOptions;
