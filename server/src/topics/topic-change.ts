/** What setting a conversation's topics does: the topics to add and to remove, or the ids that cannot be set. */
export type TopicChange = { ok: false; refused: string[] } | { ok: true; added: string[]; removed: string[] };

/**
 * Replacing the topics `current` with `requested`. A requested id must be a known, active topic, except that a
 * topic deactivated since the conversation got it may stay on it (the agent's list still names it).
 */
export function planTopicChange(
  current: readonly string[],
  requested: readonly string[],
  known: readonly { id: string; active: boolean }[],
): TopicChange {
  const had = new Set(current);
  const active = new Map(known.map((topic) => [topic.id, topic.active]));
  const refused = requested.filter((id) => !active.has(id) || (!active.get(id) && !had.has(id)));
  if (refused.length > 0) return { ok: false, refused };
  const wanted = new Set(requested);
  return {
    ok: true,
    added: requested.filter((id) => !had.has(id)),
    removed: current.filter((id) => !wanted.has(id)),
  };
}
