import { type ReactNode, useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';

/** What the background says of a sealed secret; the secret itself never comes back. */
export type SealedSecretStatus = 'ok' | 'missing' | 'locked' | 'stale';

/** One of the background requests a sealed secret uses (the shape `useRequest` returns). */
export interface SealedSecretRequest<P> {
  send: (payload: P) => Promise<SealedSecretStatus | undefined>;
  busy: boolean;
  error: string | null;
}

/** The locale sections that word a sealed secret: save, saving, remove, statusLabel, savedNote, removedNote, status.*. */
export type SealedSecretWords = 'kalshiKey' | 'relayerKey' | 'telegramToken';

const statusColour: Record<SealedSecretStatus, string> = {
  ok: 'text-gain',
  missing: 'text-slate-600',
  locked: 'text-warn',
  stale: 'text-warn',
};

type NoPayload = Record<string, never>;

interface SealedSecretFieldProps<P> {
  /** Test id of the block; its status line is `${testId}-status`. */
  testId: string;
  className: string;
  words: SealedSecretWords;
  load: SealedSecretRequest<NoPayload>;
  save: SealedSecretRequest<P>;
  remove: SealedSecretRequest<NoPayload>;
  /** What the user typed, sent as is when they press Save. */
  payload: P;
  /** Every input is filled: Save can be pressed. */
  filled: boolean;
  /** Empties the inputs once the background has sealed them. */
  onSealed: () => void;
  /** Title, help and the inputs, above the buttons. */
  children: ReactNode;
  /** Put in the buttons' row before Save (an inline input, a file chooser). */
  rowStart?: ReactNode;
  /** Shown under the status line, above an error. */
  afterStatus?: ReactNode;
}

/**
 * A write-only secret field: what the user types goes to the background, is sealed in the vault
 * and the inputs are cleared; only a status ('Saved', 'Not set', 'Wallet locked'…) ever comes back.
 */
export function SealedSecretField<P>(props: SealedSecretFieldProps<P>) {
  const { load, save, remove, words } = props;
  const [status, setStatus] = useState<SealedSecretStatus | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const loadStatus = load.send;

  useEffect(() => {
    void loadStatus({}).then((s) => s && setStatus(s));
  }, [loadStatus]);

  async function onSave() {
    setNote(null);
    const next = await save.send(props.payload);
    if (next === undefined) return;
    props.onSealed();
    setStatus(next);
    setNote(i18n.t(`${words}.savedNote`));
  }

  async function onRemove() {
    setNote(null);
    const next = await remove.send({});
    if (next === undefined) return;
    setStatus(next);
    setNote(i18n.t(`${words}.removedNote`));
  }

  const busy = save.busy || remove.busy;
  const error = save.error ?? remove.error ?? load.error;
  return (
    <div className={props.className} data-testid={props.testId}>
      {props.children}
      <div className="flex flex-wrap items-center gap-2">
        {props.rowStart}
        <button
          type="button"
          disabled={busy || !props.filled}
          aria-busy={save.busy}
          onClick={() => void onSave()}
          className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-500 disabled:opacity-60"
        >
          {save.busy ? i18n.t(`${words}.saving`) : i18n.t(`${words}.save`)}
        </button>
        <button
          type="button"
          disabled={busy || status === 'missing'}
          aria-busy={remove.busy}
          onClick={() => void onRemove()}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold hover:bg-slate-100 disabled:opacity-60"
        >
          {i18n.t(`${words}.remove`)}
        </button>
      </div>
      <p aria-live="polite" className="text-sm" data-testid={`${props.testId}-status`}>
        <span className="text-slate-700">{i18n.t(`${words}.statusLabel`)} </span>
        <span className={`font-medium ${status ? statusColour[status] : 'text-slate-600'}`}>
          {status === null ? i18n.t('common.loading') : i18n.t(`${words}.status.${status}`)}
        </span>
        {note && <span className="ml-2 text-gain">· {note}</span>}
      </p>
      {props.afterStatus}
      {error && (
        <p role="alert" className="text-sm text-loss">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled one-line input of a sealed secret (never autocompleted nor spell-checked). */
export function SecretInput(props: {
  label: string;
  type: 'text' | 'password';
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id} className="block text-sm text-slate-800">
        {props.label}
      </label>
      <input
        id={id}
        type={props.type}
        autoComplete="off"
        spellCheck={false}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        placeholder={props.placeholder}
        className="w-full rounded-md border border-slate-300 px-2 py-1.5 font-mono text-sm"
      />
    </>
  );
}
