import { localeNumbers } from './locale-numbers';
import type { ErrorEvent, TradingMode } from './notification-event';
import type { NotificationWords } from './notification-words';

const n = localeNumbers('fr-FR');
const SIDE = { yes: 'OUI', no: 'NON' } as const;
const MODE: Record<TradingMode, string> = { paper: 'papier', live: 'réel' };
/** The UI's French words for close reasons and passes (locales/fr.yml), and for channels. */
const CLOSE_REASON: Readonly<Record<string, string>> = {
  take_profit: 'Prise de bénéfice',
  stop_loss: 'Stop-loss',
  resolution: 'Résolution',
  manual: 'Fermée par vous',
  entry_failed: 'Entrée échouée (dénouée)',
  kill_switch: 'Arrêt d’urgence',
};
const SCOPE: Readonly<Record<string, string>> = {
  scan: 'Analyse',
  monitor: 'Suivi',
  whales: 'Baleines',
  reconcile: 'Réconciliation',
  trading: 'Trading',
  test: 'Test',
};
const LIVE_STOP_REASON = {
  wallet_removed: 'Le portefeuille a été supprimé.',
  wallet_replaced: 'Le portefeuille a été remplacé par une autre clé.',
  signature_type_changed: 'Le type de signature a changé.',
  funder_changed: 'L’adresse de financement a changé.',
  endpoint_changed: 'Un point d’accès de l’API a changé.',
  signer_changed: 'Le portefeuille qui signe les ordres n’est pas celui que le diagnostic a validé.',
} as const;
const CHANNEL: Readonly<Record<string, string>> = {
  browser: 'le navigateur',
  telegram: 'Telegram',
  webhook: 'le webhook',
};

/** "45 s", "10 min", "1,5 h", "3 jours". */
function duration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  if (hours < 48) return `${n.number(hours, 1)} h`;
  return `${n.number(Math.round(hours / 24))} jours`;
}

function legs(event: { priceYes: number; priceNo: number }): string {
  const bought = [
    event.priceYes > 0 ? `OUI ${n.cents(event.priceYes)}` : '',
    event.priceNo > 0 ? `NON ${n.cents(event.priceNo)}` : '',
  ].filter((l) => l !== '');
  return bought.length === 1 ? `${bought[0]} seulement` : bought.join(' + ');
}

/** The French sentence of the errors the bot itself words; any other keeps its English message. */
function errorMessage(event: ErrorEvent): string {
  const facts = event.facts ?? {};
  if (event.code === 'entry_failed' && facts.marketName !== undefined) {
    return `L’entrée sur « ${facts.marketName} » a échoué d’un côté ; le côté exécuté a été revendu.`;
  }
  if (event.code === 'pass_failed' && facts.reason !== undefined) {
    return `La tâche ${SCOPE[event.scope] ?? event.scope} a échoué : ${facts.reason}`;
  }
  return event.message;
}

/** French, numbers in the French format. */
export const FRENCH_WORDS: NotificationWords = {
  language: 'fr',
  entry: (event) => ({
    title: 'Position ouverte',
    lines: [event.marketName, `${legs(event)}, coût ${n.usd(event.cost)} · ${MODE[event.mode]}`],
  }),
  liquidation: (event) => ({
    title: 'Côté liquidé',
    lines: [
      event.marketName,
      `${SIDE[event.side]} vendu à ${n.cents(event.price)} pour ${n.usd(event.proceeds)}, P&L ${n.signedUsd(event.pnl)} · ${MODE[event.mode]}`,
    ],
  }),
  close: (event) => ({
    title: 'Position fermée',
    lines: [
      event.marketName,
      `${CLOSE_REASON[event.reason] ?? event.reason.replace(/_/g, ' ')}, P&L ${n.signedUsd(event.pnl)} · ${MODE[event.mode]}`,
    ],
  }),
  error: (event) => ({
    title: `Erreur : ${SCOPE[event.scope] ?? event.scope}`,
    lines: [`${errorMessage(event)} (${event.code})${event.mode ? ` · ${MODE[event.mode]}` : ''}`],
  }),
  dailyLossBreaker: (event) => ({
    title: 'Limite de perte journalière atteinte',
    lines: [
      `Perte du jour ${n.usd(event.loss)}, limite ${n.usd(event.limit)}. Les nouvelles entrées sont suspendues jusqu’à demain · ${MODE[event.mode]}`,
    ],
  }),
  liveStopped: (event) => ({
    title: 'Trading réel arrêté : retour au papier',
    lines: [
      `${LIVE_STOP_REASON[event.reason]} Relancez le diagnostic du portefeuille avant de réactiver le trading réel. Les positions réelles ouvertes restent gérées avec votre portefeuille.`,
    ],
  }),
  test: (event) => ({
    title: 'Notification de test',
    lines: [`Polymarket Equilibrage peut vous joindre par ${CHANNEL[event.channel] ?? event.channel}.`],
  }),
  repeats: (event, repeats) => {
    const one = repeats.count === 1;
    const noun =
      event.type === 'error' ? (one ? 'erreur' : 'erreurs') : one ? 'notification' : 'notifications';
    const more = one ? 'autre' : 'autres';
    return `(et ${n.number(repeats.count)} ${more} ${noun} en ${duration(repeats.sinceMs)})`;
  },
};
