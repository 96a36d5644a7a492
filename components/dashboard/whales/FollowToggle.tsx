import { i18n } from '#i18n';
import { useRequest } from '../../hooks/use-request';

/** Follow / Unfollow a wallet: the whale pass then fetches its positions. */
export function FollowToggle({
  walletAddress,
  tracked,
  name,
}: {
  walletAddress: string;
  tracked: boolean;
  name: string;
}) {
  const set = useRequest('whales.setTracked');
  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        aria-pressed={tracked}
        aria-busy={set.busy}
        disabled={set.busy}
        aria-label={i18n.t(tracked ? 'whaleDetail.unfollowLabel' : 'whaleDetail.followLabel', {
          wallet: name,
        })}
        onClick={() => void set.send({ walletAddress, tracked: !tracked })}
        className={`rounded-md px-3 py-1 text-xs font-semibold disabled:opacity-60 ${
          tracked
            ? 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-100'
            : 'bg-brand-600 text-white hover:bg-brand-500'
        }`}
      >
        {set.busy
          ? i18n.t('whaleDetail.saving')
          : i18n.t(tracked ? 'whaleDetail.unfollow' : 'whaleDetail.follow')}
      </button>
      {set.error && (
        <p role="alert" className="text-xs text-loss">
          {i18n.t('whaleDetail.followFailed', { error: set.error })}
        </p>
      )}
    </div>
  );
}
