import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import type { SettingsIssue } from '../../lib/settings/parse-settings';
import type { Settings } from '../../lib/settings/schema';
import { SettingField } from './SettingField';
import { issueText } from './setting-text';
import { type FieldView, type GroupView, readField } from './settings-layout';

/** The fields of one settings group. `bare` leaves out the card and title (embedded in another section). */
export function SettingsFields(props: {
  group: GroupView;
  settings: Settings;
  issues: SettingsIssue[];
  onCommit: (field: FieldView, value: unknown) => void;
}) {
  return (
    <>
      {props.group.fields.map((field) => {
        const issue = props.issues.find((i) => i.field === `${field.group}.${field.key}`);
        return (
          <SettingField
            key={field.key}
            field={field}
            value={readField(props.settings, field)}
            error={issue && issueText(field, issue)}
            onCommit={(value) => props.onCommit(field, value)}
          />
        );
      })}
    </>
  );
}

export function SettingsGroupSection(props: {
  group: GroupView;
  settings: Settings;
  issues: SettingsIssue[];
  onCommit: (field: FieldView, value: unknown) => void;
  footer?: ReactNode;
}) {
  const id = `group-${props.group.group}`;
  return (
    <section aria-labelledby={id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={id} className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600">
        {i18n.t(`options.groups.${props.group.group}`)}
      </h2>
      <SettingsFields {...props} />
      {props.footer}
    </section>
  );
}
