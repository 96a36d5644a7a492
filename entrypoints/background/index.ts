import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createContainer } from './container';

export default defineBackground({
  type: 'module',
  main() {
    const app = createContainer();
    // Listeners are registered synchronously so an event that woke the worker is not missed.
    browser.alarms.onAlarm.addListener((alarm) => app.onAlarm(alarm.name));
    browser.runtime.onMessage.addListener((message, sender) => app.router(message, sender));
    app.start().catch((error: unknown) => console.error('Background start failed', error));
  },
});
