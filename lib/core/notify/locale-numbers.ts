import { fromMicros, type Micros } from '../model/money';

/**
 * Numbers in a language's own format, the way the UI writes them there (French: "62,5¢",
 * "1 204,50 $", "−3,20 $"). Pure: the locale is an argument, never read from the platform.
 */
export interface LocaleNumbers {
  cents(price: Micros): string;
  usd(amount: Micros): string;
  /** "+12,40 $", "−3,20 $", "0,00 $". */
  signedUsd(amount: Micros): string;
  /** A count or a plain number, at most `maxDigits` decimals. */
  number(value: number, maxDigits?: number): string;
}

export function localeNumbers(locale: string): LocaleNumbers {
  const usd = (amount: Micros) =>
    fromMicros(amount).toLocaleString(locale, {
      style: 'currency',
      currency: 'USD',
      currencyDisplay: 'narrowSymbol',
    });
  return {
    cents: (price) => {
      const cents = fromMicros(price) * 100;
      const digits = Number.isInteger(Math.round(cents * 10) / 10) ? 0 : 1;
      return `${cents.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: 1 })}¢`;
    },
    usd,
    signedUsd: (amount) => {
      const text = usd(Math.abs(amount));
      return amount > 0 ? `+${text}` : amount < 0 ? `−${text}` : text;
    },
    number: (value, maxDigits = 2) => value.toLocaleString(locale, { maximumFractionDigits: maxDigits }),
  };
}
