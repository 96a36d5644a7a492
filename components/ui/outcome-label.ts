import { i18n } from '#i18n';

/**
 * The name of a market's side as the UI shows it. The two sides of a binary market are the
 * product's own words, translated like every other word (YES / NO, OUI / NON): Polymarket's
 * "Yes" / "No" outcome names become them. Any other outcome name ("Up", a team) is Polymarket's
 * data and is shown as Polymarket writes it. Without a name, the side's own word.
 */
export function outcomeLabel(label: string | null | undefined, side?: 'yes' | 'no'): string {
  const word = label?.trim().toLowerCase();
  if (word === 'yes' || word === 'no') return i18n.t(`outcomeSides.${word}`);
  if (!label && side) return i18n.t(`outcomeSides.${side}`);
  return label ?? '—';
}
