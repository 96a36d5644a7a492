import { isAppError } from '../errors/app-error';
import type { JsonValue, LogFields } from './log-entry';
import { PUBLIC_HASH, REDACTED, redactBase64Runs, redactLongHex } from './redact-text';
import { isSecretFieldName } from './secret-field-names';
import { MIN_SECRET_LENGTH, secretVariants } from './secret-variants';

export interface RedactorOptions {
  /**
   * Field names (e.g. 'conditionId', 'txHash') whose value is kept when it is exactly one
   * 0x-prefixed 32-byte hash, despite the 64-hex rule. Off by default: a private key logged under
   * such a name would then survive unless the vault registered it. Registered secrets are still
   * removed from these fields.
   */
  publicHashFields?: readonly string[];
}

const MAX_DEPTH = 6;
const MAX_ARRAY = 100;

/**
 * Makes anything safe to log: drops secret-named fields, replaces key-like text and every
 * spelling of the secrets registered at runtime, and reduces errors to name, kind, code, message.
 */
export class Redactor {
  readonly #secrets = new Map<string, RegExp>();
  readonly #publicHashFields: ReadonlySet<string>;

  constructor(options: RedactorOptions = {}) {
    this.#publicHashFields = new Set(options.publicHashFields ?? []);
  }

  /** Redacts `value` (and its hex/base64/base64url spellings) from now on. Short values are ignored. */
  registerSecret(value: string): void {
    if (value.length < MIN_SECRET_LENGTH || this.#secrets.has(value)) return;
    const { exact, hex } = secretVariants(value);
    const alternatives = [...exact.map(escapeRegExp), ...hex.map(caseInsensitiveHex)];
    alternatives.sort((a, b) => b.length - a.length);
    this.#secrets.set(value, new RegExp(`(?:${alternatives.join('|')})=*`, 'g'));
  }

  unregisterSecret(value: string): void {
    this.#secrets.delete(value);
  }

  redactText(text: string, options: { publicHash?: boolean } = {}): string {
    let out = text;
    for (const pattern of this.#secrets.values()) out = out.replace(pattern, REDACTED);
    if (options.publicHash && PUBLIC_HASH.test(out)) return out;
    return redactBase64Runs(redactLongHex(out));
  }

  redactFields(fields: LogFields): Record<string, JsonValue> {
    return this.#redactObject(fields, 0);
  }

  /** An error as a log field: name, kind and code when known, redacted message; never its cause. */
  redactError(error: unknown): Record<string, JsonValue> {
    if (isAppError(error)) {
      return {
        name: error.name,
        kind: error.kind,
        code: error.code,
        message: this.redactText(error.message),
        details: this.#redactObject(error.details, 1),
      };
    }
    if (error instanceof Error) return { name: error.name, message: this.redactText(error.message) };
    return { message: this.redactText(String(error)) };
  }

  #redactObject(fields: LogFields, depth: number): Record<string, JsonValue> {
    const out: Record<string, JsonValue> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (isSecretFieldName(name)) continue;
      const safe = this.#redactValue(value, depth, this.#publicHashFields.has(name));
      if (safe !== undefined) out[name] = safe;
    }
    return out;
  }

  #redactValue(value: unknown, depth: number, publicHash = false): JsonValue | undefined {
    if (value === null) return null;
    switch (typeof value) {
      case 'string':
        return this.redactText(value, { publicHash });
      case 'number':
        return Number.isFinite(value) ? value : String(value);
      case 'boolean':
        return value;
      case 'bigint':
        return this.redactText(value.toString());
      case 'object':
        break;
      default:
        return undefined;
    }
    if (depth >= MAX_DEPTH) return '[truncated]';
    if (value instanceof Error) return this.redactError(value);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
    if (Array.isArray(value)) {
      return value.slice(0, MAX_ARRAY).map((item: unknown) => this.#redactValue(item, depth + 1) ?? null);
    }
    return this.#redactObject(value as LogFields, depth + 1);
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function caseInsensitiveHex(hex: string): string {
  return hex.replace(/[a-fA-F]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}
