import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { OverlayPopover } from './OverlayPopover';
import { useFitInAnchor } from './use-fit-in-anchor';
import { useOverlayData } from './use-overlay-data';
import { useSiteTheme } from './use-site-theme';

function scoreColour(score: number): string {
  if (score >= 8) return 'bg-green-700';
  if (score >= 6) return 'bg-amber-700';
  return 'bg-slate-500';
}

/** What the badge shows, in its order: its accessible name starts with it (label in name). */
function badgeText(data: ReturnType<typeof useOverlayData>): string {
  const mode = data.status
    ? i18n.t(data.status.mode === 'live' ? 'mode.badgeLive' : 'mode.badgePaper')
    : null;
  const score = data.error
    ? i18n.t('overlay.unavailable')
    : data.score === undefined
      ? null
      : data.score === null
        ? i18n.t('overlay.notScored')
        : `${data.score.score}/10`;
  const held = data.position ? i18n.t('overlay.held') : null;
  return ['Equilibrage', mode, score, held].filter(Boolean).join(' ');
}

/**
 * A quiet badge beside a market title: the bot's mode and the market's score; a click (or Enter)
 * opens the factor breakdown, whale activity and the user's position. It only reads from the
 * background; entering opens the extension's own page.
 */
export function OverlayBadge({ slugs }: { slugs: string[] }) {
  const data = useOverlayData(slugs);
  const theme = useSiteTheme();
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const root = useRef<HTMLSpanElement>(null);
  const live = data.status?.mode === 'live';
  const fit = useFitInAnchor(
    root,
    `${data.status?.mode}|${data.score?.score}|${data.position?.status}|${data.error ?? ''}`,
  );

  useEffect(() => {
    if (!open) return;
    // Only the user's own input counts: a page script's dispatched events do nothing.
    // The shadow root is closed: seen from the document, a click inside it stops at the host.
    const host = (root.current?.getRootNode() as ShadowRoot | Document | undefined) ?? document;
    const inside = 'host' in host ? host.host : root.current;
    const close = (e: Event) => {
      if (e.isTrusted && !e.composedPath().includes(inside as EventTarget)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => e.isTrusted && e.key === 'Escape' && setOpen(false);
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <span
      ref={root}
      style={{ transform: fit.transform }}
      className={`${theme === 'dark' ? 'dark' : ''} relative ml-2 inline-block font-sans leading-none`}
    >
      <button
        type="button"
        data-testid="equilibrage-overlay"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-label={i18n.t('overlay.badgeLabel', { shown: badgeText(data) })}
        onClick={(e) => e.nativeEvent.isTrusted && setOpen((v) => !v)}
        className="inline-flex items-center gap-1.5 rounded-lg border border-slate-200 bg-white px-2 py-0.5 align-middle text-xs font-normal whitespace-nowrap text-slate-700 shadow-sm hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700"
      >
        {!fit.compact && <span className="font-semibold">Equilibrage</span>}
        {data.status && (
          <span className={`rounded px-1.5 font-bold text-white ${live ? 'bg-live' : 'bg-paper'}`}>
            {live ? i18n.t('mode.badgeLive') : i18n.t('mode.badgePaper')}
          </span>
        )}
        {data.error ? (
          <span className="text-red-700 dark:text-red-400">{i18n.t('overlay.unavailable')}</span>
        ) : data.score === undefined ? (
          <span className="text-slate-500">…</span>
        ) : data.score === null ? (
          <span className="text-slate-600 dark:text-slate-300">{i18n.t('overlay.notScored')}</span>
        ) : (
          <span className={`tabular rounded px-1.5 font-bold text-white ${scoreColour(data.score.score)}`}>
            {data.score.score}/10
          </span>
        )}
        {data.position && (
          <span className="rounded bg-slate-100 px-1 text-slate-800 dark:bg-slate-700 dark:text-slate-100">
            {i18n.t('overlay.held')}
          </span>
        )}
      </button>
      {open && (
        <OverlayPopover
          id={popoverId}
          slug={slugs[0] ?? ''}
          score={data.score ?? null}
          position={data.position ?? null}
          crossVenue={data.crossVenue}
        />
      )}
    </span>
  );
}
