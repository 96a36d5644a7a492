import { NotifyTestButtons } from './NotifyTestButtons';
import { TelegramTokenField } from './TelegramTokenField';

/** Under the notification settings: the Telegram token (write-only) and a test per channel. */
export function NotificationsFooter() {
  return (
    <div className="mt-3 space-y-4 border-t border-slate-100 pt-3">
      <TelegramTokenField />
      <NotifyTestButtons />
    </div>
  );
}
