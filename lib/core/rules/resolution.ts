import { type Micros, mulMicros } from '../model/money';
import type { Position } from '../model/position';

/** What the held shares pay when the market resolves: 1 per winning share, 0 per losing share. */
export interface ResolutionPayout {
  winner: 0 | 1;
  yes: Micros;
  no: Micros;
  total: Micros;
}

const ONE: Micros = 1_000_000;

export function resolutionPayout(position: Position, winner: 0 | 1): ResolutionPayout {
  const yes = mulMicros(position.sharesYes, winner === 0 ? ONE : 0);
  const no = mulMicros(position.sharesNo, winner === 1 ? ONE : 0);
  return { winner, yes, no, total: yes + no };
}
