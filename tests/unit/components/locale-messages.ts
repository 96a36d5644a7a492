import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MessageLookup } from '../../../components/ui/coded-text';

/**
 * The messages of locales/<lang>.yml as dotted keys → text (the file's simple shape: nested keys,
 * quoted values), and a lookup like the browser's for the coded-text renderer.
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
  return out;
}

export function lookupIn(messages: Map<string, string>): MessageLookup {
  return (key) => messages.get(key) ?? '';
}
