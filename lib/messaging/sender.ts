/** Who sent a runtime message, as far as the browser tells us. */
export type SenderKind = 'extension-page' | 'content-script' | 'external';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Classify a sender. Only a page of this very extension (its own origin, same extension id) is an
 * extension page; a content script carries our id but a web page's URL; anything else is external.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== runtimeId) return 'external';
  const origin = extensionOrigin.replace(/\/+$/, '');
  if (sender.url && (sender.url === origin || sender.url.startsWith(`${origin}/`))) return 'extension-page';
  return 'content-script';
}
