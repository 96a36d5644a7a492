/**
 * A 48×48 PNG (green YES half, red NO half) as a data: URL. chrome.notifications requires an
 * iconUrl that loads; a data URL works without a packaged icon file.
 */
export const DEFAULT_NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAIAAADYYG7QAAAAQUlEQVR42u3OMQ0AMAgAMJwgAh+zNmtIwgThalIBjfxvRVetCCEhISEhISEhISEhISEhISEhISEhISEhISGhu9AAyvHhiEUcXAgAAAAASUVORK5CYII=';
