import { useState } from 'react';
import type { SettingsIssue } from '../../lib/settings/parse-settings';
import type { Settings } from '../../lib/settings/schema';
import { useSettings } from '../hooks/use-live-data';
import { useRequest } from '../hooks/use-request';
import { ModeBadge } from '../ui/ModeBadge';
import { SettingField } from './SettingField';
import { settingsLayout } from './settings-layout';

const layout = settingsLayout();

/** Every setting of the schema, grouped, validated by the background on each change. */
export function OptionsApp() {
  const settings = useSettings();
  const update = useRequest('settings.update');
  const reset = useRequest('settings.reset');
  const [issues, setIssues] = useState<SettingsIssue[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  async function commit(group: string, key: string, value: unknown) {
    setSaved(null);
    const result = await update.send({ patch: { [group]: { [key]: value } } });
    if (!result) return;
    if (result.ok) {
      setIssues((current) => current.filter((i) => i.field !== `${group}.${key}`));
      setSaved('Saved.');
    } else {
      setIssues(result.issues);
    }
  }

  async function restoreDefaults() {
    if (!window.confirm('Restore every setting to its default value?')) return;
    const result = await reset.send({});
    if (result) {
      setIssues([]);
      setSaved('Defaults restored.');
    }
  }

  return (
    <main className="mx-auto max-w-3xl p-6 font-sans">
      <header className="mb-6 flex items-center justify-between">
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-bold">Equilibrage settings</h1>
          <ModeBadge mode={settings?.mode} />
        </div>
        <button
          type="button"
          onClick={() => void restoreDefaults()}
          className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100"
        >
          Restore defaults
        </button>
      </header>
      <p aria-live="polite" className="mb-4 h-5 text-sm text-gain">
        {saved}
        {update.error && <span className="text-loss">{update.error}</span>}
      </p>
      {!settings ? (
        <p className="text-slate-500">Loading settings…</p>
      ) : (
        <div className="space-y-5">
          {layout.map((group) => (
            <section
              key={group.group}
              aria-labelledby={`group-${group.group}`}
              className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
            >
              <h2
                id={`group-${group.group}`}
                className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500"
              >
                {group.title}
              </h2>
              {group.fields.map((field) => (
                <SettingField
                  key={field.key}
                  field={field}
                  value={(settings[group.group] as Record<string, unknown>)[field.key]}
                  error={issues.find((i) => i.field === `${group.group}.${field.key}`)?.message}
                  onCommit={(value) => void commit(group.group, field.key, value)}
                />
              ))}
            </section>
          ))}
        </div>
      )}
    </main>
  );
}

export type { Settings };
