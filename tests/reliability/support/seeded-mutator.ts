/** A small seeded PRNG (mulberry32): the same seed gives the same mutations on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const WEIRD: readonly Json[] = [
  null,
  true,
  0,
  -1,
  -1e308,
  1e308,
  Number.MAX_SAFE_INTEGER * 10,
  0.1 + 0.2,
  'NaN',
  'Infinity',
  '-0.5',
  '1e400',
  '',
  ' ',
  '[',
  '["Yes"',
  '{"a":',
  '🚀 ℝ∑ 中文 \u202e\u0000',
  'x'.repeat(5_000),
  [],
  {},
  [null],
  { '': null },
];

/** Every path in a JSON tree (arrays by index, objects by key). */
function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) paths(v, [...prefix, i], out);
  } else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** Replace (or delete) the node at `path`; returns the new root. */
function edit(
  root: Json,
  path: (string | number)[],
  make: (old: Json) => Json | undefined,
): Json | undefined {
  if (path.length === 0) return make(root);
  const [head, ...rest] = path;
  if (Array.isArray(root) && typeof head === 'number') {
    const copy = [...root];
    const next = edit(copy[head] ?? null, rest, make);
    if (next === undefined) copy.splice(head, 1);
    else copy[head] = next;
    return copy;
  }
  if (root !== null && typeof root === 'object' && !Array.isArray(root) && typeof head === 'string') {
    const copy = { ...root };
    const next = edit(copy[head] ?? null, rest, make);
    if (next === undefined) delete copy[head];
    else copy[head] = next;
    return copy;
  }
  return root;
}

function mutateNode(random: () => number, old: Json): Json | undefined {
  const roll = random();
  if (roll < 0.2) return undefined; // drop the field
  if (roll < 0.55) return pick(random, WEIRD); // wrong type, huge/negative/NaN-ish, bad JSON text, unicode
  if (roll < 0.65 && Array.isArray(old)) return Object.fromEntries(old.map((v, i) => [String(i), v]));
  if (roll < 0.75 && old !== null && typeof old === 'object' && !Array.isArray(old))
    return Object.values(old);
  if (roll < 0.85 && typeof old === 'number') return -old * 1e12;
  if (roll < 0.9 && typeof old === 'string') return old.split('').reverse().join('');
  return Array.isArray(old) ? [...old, ...old] : [old, old];
}

/**
 * A seeded stream of mutated payloads from a recorded fixture: 1–3 structural mutations per payload
 * (drop fields, wrong types, huge/negative/NaN numbers, bad JSON strings, unicode, arrays↔objects),
 * then, one time in five, the text is truncated or garbled. Returns the body TEXT as served.
 */
export function mutatedPayloads(fixture: unknown, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const base = fixture as Json;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let value: Json | undefined = base;
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits && value !== undefined; e++) {
      const path = pick(random, paths(value));
      value = edit(value, path, (old) => mutateNode(random, old));
    }
    let text = value === undefined ? '' : JSON.stringify(value);
    const tail = random();
    if (tail < 0.1) text = text.slice(0, Math.floor(random() * text.length));
    else if (tail < 0.15) text = `${text.slice(0, 10)}\u0000<html>${text.slice(10)}`;
    else if (tail < 0.2) text = text.replace(/"/g, "'");
    out.push(text);
  }
  return out;
}
