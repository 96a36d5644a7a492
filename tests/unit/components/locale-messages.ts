import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MessageLookup } from '../../../components/ui/coded-text';

/**
 * The messages of locales/<lang>.yml as dotted keys → text (the file's simple shape: nested keys,
 * quoted values; a plural map as one message with its forms joined by " | "), and a lookup like the
 * browser's for the coded-text renderer.
 */
export function localeMessages(lang: 'en' | 'fr'): Map<string, string> {
  const file = path.resolve(__dirname, `../../../locales/${lang}.yml`);
  const out = new Map<string, string>();
  const stack: { indent: number; key: string }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^(\s*)([A-Za-z0-9_]+):\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, spaces = '', key = '', raw = ''] = match;
    while (stack.length > 0 && (stack.at(-1)?.indent ?? 0) >= spaces.length) stack.pop();
    if (raw === '') {
      stack.push({ indent: spaces.length, key });
      continue;
    }
    const value = raw.startsWith('"')
      ? (JSON.parse(raw) as string)
      : raw.startsWith("'")
        ? raw.slice(1, -1).replaceAll("''", "'")
        : raw;
    out.set([...stack.map((s) => s.key), key].join('.'), value);
  }
  return joinPlurals(out);
}

/** A plural map (`1:` / `n:`, or `0:` / `1:` / `n:`) becomes one message, its forms joined as the build joins them. */
function joinPlurals(flat: Map<string, string>): Map<string, string> {
  const forms = new Map<string, Map<string, string>>();
  const out = new Map<string, string>();
  for (const [key, value] of flat) {
    const cut = key.lastIndexOf('.');
    const last = key.slice(cut + 1);
    if (cut > 0 && (last === 'n' || /^\d+$/.test(last))) {
      const parent = key.slice(0, cut);
      forms.set(parent, (forms.get(parent) ?? new Map()).set(last, value));
    } else out.set(key, value);
  }
  for (const [parent, byCount] of forms) {
    const order = [...byCount.keys()].sort((a, b) =>
      a === 'n' ? 1 : b === 'n' ? -1 : Number(a) - Number(b),
    );
    out.set(parent, order.map((k) => byCount.get(k)).join(' | '));
  }
  return out;
}

export function lookupIn(messages: Map<string, string>): MessageLookup {
  return (key) => messages.get(key) ?? '';
}
