import { useState } from 'react';
import { i18n } from '#i18n';
import type { PlannedApproval } from '../../../lib/app/wallet-doctor/doctor-ports';
import { request } from '../../../lib/messaging/client';
import { useAction } from '../../hooks/use-action';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatNumber } from '../../ui/format';
import { translate } from './doctor-text';

/** What the dialog says before a transaction is signed: from, call, token, spender, gas. */
function ApprovalDescription({ approval }: { approval: PlannedApproval }) {
  return (
    <div className="space-y-2 break-words">
      <p>
        {translate('doctor.ui.approveBody', {
          from: approval.from,
          call: approval.call,
          token: translate(`doctor.tokens.${approval.kind}`),
          spender: translate(`doctor.spenders.${approval.spender}`),
          spenderAddress: approval.spenderAddress,
        })}
      </p>
      <p className={approval.costPol ? 'text-slate-700' : 'text-loss'}>
        {approval.gas && approval.costPol
          ? translate('doctor.ui.approveGas', {
              gas: formatNumber(Number(approval.gas)),
              cost: approval.costPol,
            })
          : translate('doctor.ui.approveGasUnknown', { reason: approval.estimateError ?? '?' })}
      </p>
    </div>
  );
}

/** The approvals an EOA is missing, each sent only after its own confirmation. */
export function DoctorApprovals({ onSent }: { onSent: () => void }) {
  const [chosen, setChosen] = useState<PlannedApproval | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const plan = useAction(() => request('doctor.approvals', {}));
  const send = useAction(async () => {
    if (!chosen) return null;
    const { hash } = await request('doctor.approve', { id: chosen.id });
    setSent(hash);
    setChosen(null);
    await plan.run();
    onSent();
    return hash;
  });
  const list = plan.result;

  return (
    <section aria-labelledby="doctor-approvals" className="mt-3 border-t border-slate-100 pt-3">
      <h3 id="doctor-approvals" className="text-sm font-semibold">
        {i18n.t('doctor.ui.approvals')}
      </h3>
      <button
        type="button"
        onClick={() => void plan.run()}
        disabled={plan.busy}
        aria-busy={plan.busy}
        className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-1 text-sm hover:bg-slate-100 disabled:opacity-60"
      >
        {plan.busy ? i18n.t('doctor.ui.approvalsLoading') : i18n.t('doctor.ui.approvalsShow')}
      </button>
      {plan.error && (
        <p role="alert" className="mt-1 text-sm text-loss">
          {plan.error}
        </p>
      )}
      {list && list.length === 0 && (
        <p className="mt-1 text-sm text-slate-600">{i18n.t('doctor.ui.approvalsNone')}</p>
      )}
      {list && list.length > 0 && (
        <ul className="mt-2 divide-y divide-slate-100 text-sm" aria-label={i18n.t('doctor.ui.approvals')}>
          {list.map((a) => (
            <li key={a.id} className="flex items-center justify-between gap-3 py-1.5">
              <span>
                <span className="font-medium">{translate(`doctor.tokens.${a.kind}`)}</span> · {a.call} ·{' '}
                {translate(`doctor.spenders.${a.spender}`)}
                {a.costPol && <span className="text-slate-600"> · ≈ {a.costPol} POL</span>}
              </span>
              <button
                type="button"
                onClick={() => setChosen(a)}
                aria-label={`${i18n.t('doctor.ui.approve')} ${translate(`doctor.tokens.${a.kind}`)} — ${a.spender}`}
                className="shrink-0 rounded-md bg-brand-600 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-500"
              >
                {i18n.t('doctor.ui.approve')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {sent && (
        <p role="status" className="mt-1 break-all text-sm text-gain">
          {translate('doctor.ui.sent', { hash: sent })}
        </p>
      )}
      {send.error && (
        <p role="alert" className="mt-1 text-sm text-loss">
          {send.error}
        </p>
      )}
      <ConfirmDialog
        open={chosen !== null}
        title={i18n.t('doctor.ui.approveTitle')}
        confirmLabel={i18n.t('doctor.ui.approveConfirm')}
        busyLabel={i18n.t('doctor.ui.sending')}
        cancelLabel={i18n.t('doctor.ui.cancel')}
        busy={send.busy}
        danger
        onClose={() => setChosen(null)}
        onConfirm={() => void send.run()}
      >
        {chosen && <ApprovalDescription approval={chosen} />}
      </ConfirmDialog>
    </section>
  );
}
