import type { SeededRandom } from './seeded-random.ts';

export interface MarketText {
  category: string;
  question: string;
  outcomes: [string, string];
  description: string;
}

const COINS = ['Bitcoin', 'Ethereum', 'Solana', 'XRP', 'Dogecoin'];
const TEAMS = ['Lakers', 'Celtics', 'Arsenal', 'Real Madrid', 'Yankees', 'Chiefs', 'PSG', 'Bayern'];
const PEOPLE = ['Alice Martin', 'Bruno Costa', 'Chen Wei', 'Dana Novak', 'Emil Larsen', 'Fatima Diallo'];
const INDICATORS = ['CPI', 'unemployment', 'GDP growth', 'the Fed funds rate'];

/** Question texts per category (crypto, sports, politics, economics). */
export function marketText(rng: SeededRandom, serial: number, endLabel: string): MarketText {
  const kind = serial % 4;
  if (kind === 0) {
    const coin = rng.pick(COINS);
    const level = rng.int(1, 200) * 1000;
    return text('crypto', `Will ${coin} be above $${level} on ${endLabel}? #${serial}`, ['Yes', 'No']);
  }
  if (kind === 1) {
    const home = rng.pick(TEAMS);
    const away = rng.pick(TEAMS.filter((team) => team !== home));
    return text('sports', `${home} vs. ${away} (${endLabel}) #${serial}`, [home, away]);
  }
  if (kind === 2) {
    const person = rng.pick(PEOPLE);
    return text('politics', `Will ${person} win the election by ${endLabel}? #${serial}`, ['Yes', 'No']);
  }
  const indicator = rng.pick(INDICATORS);
  return text('economics', `Will ${indicator} come in above expectations on ${endLabel}? #${serial}`, [
    'Yes',
    'No',
  ]);
}

function text(category: string, question: string, outcomes: [string, string]): MarketText {
  const description = `This market will resolve to "${outcomes[0]}" if the stated outcome happens by the end date. Otherwise, it will resolve to "${outcomes[1]}".`;
  return { category, question, outcomes, description };
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
