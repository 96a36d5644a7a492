import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { NotifyTestButtons } from './NotifyTestButtons';

/** Firefox for Android may lack the notifications API: say so instead of failing quietly. */
const browserNotificationsAvailable = () =>
  typeof (browser as { notifications?: { create?: unknown } }).notifications?.create === 'function';

import { TelegramTokenField } from './TelegramTokenField';

/** Under the notification settings: the Telegram token (write-only) and a test per channel. */
export function NotificationsFooter() {
  return (
    <div className="mt-3 space-y-4 border-t border-slate-100 pt-3">
      {!browserNotificationsAvailable() && (
        <p role="note" className="text-sm text-warn">
          {i18n.t('notifyTest.noBrowserNotifications')}
        </p>
      )}
      <TelegramTokenField />
      <NotifyTestButtons />
    </div>
  );
}
