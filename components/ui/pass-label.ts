import { i18n } from '#i18n';
import type { PassLogRow, PassName } from '../../lib/core/model/rows/pass-log';

export function passLabel(pass: PassName): string {
  return i18n.t(`pass.names.${pass}`);
}

export function outcomeLabel(outcome: PassLogRow['outcome'] | undefined): string {
  return outcome ? i18n.t(`pass.outcomes.${outcome}`) : i18n.t('pass.neverRun');
}
