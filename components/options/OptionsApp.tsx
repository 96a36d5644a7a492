import { useState } from 'react';
import { i18n } from '#i18n';
import type { SettingsIssue } from '../../lib/settings/parse-settings';
import { useSettings } from '../hooks/use-live-data';
import { useRequest } from '../hooks/use-request';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ModeBadge } from '../ui/ModeBadge';
import { EndpointsCheck } from './EndpointsCheck';
import { HostAccessSection } from './HostAccessSection';
import { KalshiKeyField } from './kalshi/KalshiKeyField';
import { NotificationsFooter } from './notify/NotificationsFooter';
import { PaperReset } from './PaperReset';
import { SettingsFields, SettingsGroupSection } from './SettingsGroupSection';
import { type FieldView, patchFor, settingsLayout } from './settings-layout';
import { TradingModeSection } from './TradingModeSection';
import { AccountKindGuide } from './wallet/AccountKindGuide';
import { RelayerKeyField } from './wallet/RelayerKeyField';
import { WalletSection } from './wallet/WalletSection';

const layout = settingsLayout();

/** Every setting of the schema, grouped, validated by the background on each change. */
export function OptionsApp() {
  const settings = useSettings();
  const update = useRequest('settings.update');
  const reset = useRequest('settings.reset');
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  async function commit(field: FieldView, value: unknown) {
    if (!settings) return;
    setSaved(null);
    const result = await update.send({ patch: patchFor(settings, field, value) });
    if (!result) return;
    if (result.ok) {
      setIssues((current) => current.filter((i) => !i.field.startsWith(`${field.group}.${field.key}`)));
      setSaved(i18n.t('options.saved'));
    } else {
      setIssues(result.issues);
    }
  }

  async function restoreDefaults() {
    const result = await reset.send({});
    if (result) {
      setIssues([]);
      setSaved(i18n.t('options.defaultsRestored'));
      setConfirmReset(false);
    }
  }

  const groupProps = (group: (typeof layout)[number]) => ({
    group,
    settings: settings!,
    issues,
    onCommit: (f: FieldView, v: unknown) => void commit(f, v),
  });

  return (
    <main className="mx-auto max-w-3xl p-3 font-sans sm:p-6">
      <header className="sticky top-0 z-10 -mx-3 mb-4 flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 bg-slate-50 px-3 py-3 sm:-mx-6 sm:px-6">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-bold">{i18n.t('options.title')}</h1>
          <ModeBadge mode={settings?.mode} />
        </div>
        <button
          type="button"
          onClick={() => setConfirmReset(true)}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          {i18n.t('options.restoreDefaults')}
        </button>
      </header>
      <p aria-live="polite" className="mb-4 min-h-5 text-sm text-gain">
        {saved}
        {update.error && <span className="text-loss">{update.error}</span>}
      </p>
      {!settings ? (
        <p className="text-slate-600">{i18n.t('common.loading')}</p>
      ) : (
        <div className="space-y-5">
          <TradingModeSection settings={settings} />
          <HostAccessSection settings={settings} />
          {layout.map((group) =>
            group.group === 'wallet' ? (
              <WalletSection key="wallet">
                <SettingsFields {...groupProps(group)} />
                <AccountKindGuide signatureType={settings.wallet.signatureType} />
                <RelayerKeyField signatureType={settings.wallet.signatureType} />
              </WalletSection>
            ) : (
              <SettingsGroupSection
                key={group.group}
                {...groupProps(group)}
                footer={
                  group.group === 'paper' ? (
                    <PaperReset />
                  ) : group.group === 'endpoints' ? (
                    <EndpointsCheck />
                  ) : group.group === 'notifications' ? (
                    <NotificationsFooter />
                  ) : group.group === 'kalshi' ? (
                    <KalshiKeyField />
                  ) : undefined
                }
              />
            ),
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirmReset}
        title={i18n.t('options.restoreDefaultsTitle')}
        confirmLabel={i18n.t('options.restoreDefaults')}
        busyLabel={i18n.t('options.switching')}
        cancelLabel={i18n.t('common.cancel')}
        busy={reset.busy}
        onClose={() => setConfirmReset(false)}
        onConfirm={() => void restoreDefaults()}
      >
        <p>{i18n.t('options.restoreDefaultsBody')}</p>
      </ConfirmDialog>
    </main>
  );
}
