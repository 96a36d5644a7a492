import { z } from 'zod';

/** A parameter of a coded text: a word or a raw number (the UI formats numbers in its locale). */
export const codedParamSchema = z.union([z.string(), z.number()]);

/**
 * A user-facing message in a stable machine form, carried BESIDE its English text (never instead of
 * it): the UI renders `<namespace>.<code>` with `params` in its language and falls back to the
 * English text when it has no translation. Number params are formatted by the UI, by their name's
 * ending: `…Usd` money in micros, `…Price` a price in micros (cents), `…Ratio` a ratio (percent),
 * `…Move` a signed ratio, `…Shares` shares in micros; any other number is a plain count. `side`
 * ('yes' / 'no') and `closeReason` are words the UI translates. A `cause` is the coded form of
 * the `reason` param (an error inside a note: "Order books unavailable: <reason>").
 */
export const codedTextSchema = z.object({
  code: z.string().regex(/^[A-Za-z0-9_]+$/),
  params: z.record(z.string(), codedParamSchema),
  cause: z
    .object({ code: z.string().regex(/^[A-Za-z0-9_]+$/), params: z.record(z.string(), codedParamSchema) })
    .optional(),
});
export type CodedText = z.infer<typeof codedTextSchema>;
export type CodedParams = CodedText['params'];
