import type { PresenceDto } from '@ingang/shared';

export type Viewer = PresenceDto['viewers'][number];

/** One entry per colleague (they may have several tabs open), typing when they type in any; never yourself. */
export function colleaguesPresent(viewers: readonly Viewer[], selfId: string | null): Viewer[] {
  const byUser = new Map<string, Viewer>();
  for (const viewer of viewers) {
    if (viewer.userId === selfId) continue;
    const known = byUser.get(viewer.userId);
    byUser.set(viewer.userId, known ? { ...known, typing: known.typing || viewer.typing } : viewer);
  }
  return [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** Who types and who (only) looks, by name: "Bram typt…", "Anna bekijkt dit gesprek". */
export function presenceGroups(viewers: readonly Viewer[]): { typing: string[]; viewing: string[] } {
  return {
    typing: viewers.filter((viewer) => viewer.typing).map((viewer) => viewer.name),
    viewing: viewers.filter((viewer) => !viewer.typing).map((viewer) => viewer.name),
  };
}
