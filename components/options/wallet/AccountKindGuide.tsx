import { i18n } from '#i18n';
import { translate } from './doctor-text';

const KINDS = ['0', '1', '2', '3'] as const;

/**
 * What to paste for the chosen account kind: which key, which Polymarket wallet address and where
 * polymarket.com shows it. Shown under the account-kind choice; the wallet doctor checks it.
 */
export function AccountKindGuide({ signatureType }: { signatureType: number }) {
  const kind = KINDS.find((k) => k === String(signatureType)) ?? '0';
  return (
    <div
      className={`mt-2 rounded-lg border p-3 text-sm ${kind === '3' ? 'border-amber-300 bg-amber-50' : 'border-slate-200 bg-slate-50'}`}
      data-testid="account-kind-guide"
      aria-live="polite"
    >
      <p className="font-semibold">{translate(`accountKinds.k${kind}.title`)}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-800">
        <li>
          <span className="font-medium">{i18n.t('accountKinds.key')}</span>{' '}
          {translate(`accountKinds.k${kind}.key`)}
        </li>
        <li>
          <span className="font-medium">{i18n.t('accountKinds.funder')}</span>{' '}
          {translate(`accountKinds.k${kind}.funder`)}
        </li>
        <li>
          <span className="font-medium">{i18n.t('accountKinds.approvals')}</span>{' '}
          {translate(`accountKinds.k${kind}.approvals`)}
        </li>
      </ul>
    </div>
  );
}
