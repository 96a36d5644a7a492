/**
 * The form of a plural message for `count`, chosen as `@wxt-dev/i18n`'s `i18n.t(key, count)` does:
 * the build joins a YAML plural map (`1:` / `n:`, or `0:` / `1:` / `n:`) with " | "; two forms are
 * singular for 1, three forms are 0, 1 and more. Messages read outside `i18n.t` (coded texts from
 * the background, by `browser.i18n.getMessage`) go through here so both paths agree.
 */
export function pluralForm(message: string, count: number): string {
  const forms = message.split(' | ');
  if (forms.length === 2) return (count === 1 ? forms[0] : forms[1]) ?? message;
  if (forms.length === 3) return (count === 0 || count === 1 ? forms[count] : forms[2]) ?? message;
  return message;
}
