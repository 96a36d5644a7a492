import { ENGLISH_WORDS } from './english-words';
import { FRENCH_WORDS } from './french-words';
import type { NotificationWords } from './notification-words';

/** The words of a BCP 47 language tag ('fr', 'fr-CA' → French); English for any other. */
export function notificationWordsFor(language: string | null | undefined): NotificationWords {
  return /^fr\b/i.test(language ?? '') ? FRENCH_WORDS : ENGLISH_WORDS;
}
