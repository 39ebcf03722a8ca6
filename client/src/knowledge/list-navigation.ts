/**
 * The option an arrow key makes active in a list of `count` options, wrapping round at either end; null for any
 * other key, which then does what it does in the text field (Home and End move the caret).
 */
export function nextActiveIndex(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  if (key === 'ArrowUp') return current <= 0 || current >= count ? count - 1 : current - 1;
  return null;
}
