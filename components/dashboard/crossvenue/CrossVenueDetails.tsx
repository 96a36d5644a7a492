import type { CrossVenueMatchView } from '../../../lib/messaging/cross-venue-protocol';
import { MatchCard } from './MatchCard';
import { type KalshiChoice, PairByHand } from './PairByHand';
import type { CrossVenueState } from './use-cross-venue';

/**
 * In a scanner row's details: the market's matches on the other venue (prices side by side, gap
 * after fees, confidence, verdict) and, for a Polymarket market, a way to pair it by hand.
 */
export function CrossVenueDetails(props: {
  marketId: string;
  isPolymarket: boolean;
  matches: readonly CrossVenueMatchView[];
  state: CrossVenueState;
  kalshiChoices: readonly KalshiChoice[];
  now: number;
}) {
  const { state } = props;
  if (!state.view?.kalshiEnabled) return null;
  return (
    <div className="mt-3 space-y-2" data-testid="cross-venue-details">
      {props.matches.map((m) => (
        <MatchCard
          key={m.id}
          match={m}
          stake={state.view?.stake ?? 0}
          now={props.now}
          busy={state.deciding}
          bothQuestions={false}
          onVerdict={(id, v) => void state.setVerdict(id, v)}
        />
      ))}
      {props.isPolymarket && (
        <PairByHand
          polymarketId={props.marketId}
          choices={props.kalshiChoices}
          busy={state.pairingBusy}
          onPair={state.pair}
        />
      )}
      {state.error && (
        <p role="alert" className="text-xs text-loss">
          {state.error}
        </p>
      )}
    </div>
  );
}
