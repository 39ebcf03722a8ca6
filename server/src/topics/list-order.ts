/**
 * The new sort order of every entry that moves when a list is put in the order of `ids` (position = sort order);
 * null when `ids` is not exactly the list's ids, each once.
 */
export function orderChanges(
  entries: readonly { id: string; sortOrder: number }[],
  ids: readonly string[],
): Map<string, number> | null {
  const current = new Map(entries.map((entry) => [entry.id, entry.sortOrder]));
  if (ids.length !== current.size || new Set(ids).size !== ids.length) return null;
  const changes = new Map<string, number>();
  for (const [position, id] of ids.entries()) {
    const sortOrder = current.get(id);
    if (sortOrder === undefined) return null;
    if (sortOrder !== position) changes.set(id, position);
  }
  return changes;
}
