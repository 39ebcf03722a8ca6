/** The list after moving the entry at `index` one place up (-1) or down (+1); null at either end. */
export function moveEntry<T>(entries: readonly T[], index: number, step: -1 | 1): T[] | null {
  const target = index + step;
  if (index < 0 || index >= entries.length || target < 0 || target >= entries.length) return null;
  const moved = [...entries];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}
