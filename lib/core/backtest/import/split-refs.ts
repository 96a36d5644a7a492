/**
 * The references of a pasted list of markets (one per line, or separated by commas or spaces),
 * de-duplicated, in order. Which venue reads each one, and whether any does, is the venues' to say
 * (the background's research handler asks each venue in turn).
 */
export function splitMarketRefs(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter((part) => part !== ''))];
}
