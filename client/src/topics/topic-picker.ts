import type { TopicDto } from '@ingang/shared';

// "pàspoort", "PASPOORT" and "paspoort" find the same topic.
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** The topics the agent can still add, in list order, narrowed to those whose name contains what they typed. */
export function pickerOptions(available: readonly TopicDto[], chosen: readonly TopicDto[], query: string): TopicDto[] {
  const taken = new Set(chosen.map((topic) => topic.id));
  const wanted = folded(query.trim());
  return available.filter((topic) => !taken.has(topic.id) && folded(topic.name).includes(wanted));
}

export type PickerKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End';

/** The option that becomes active on a key press, going round at either end; -1 when there are none. */
export function nextActiveIndex(current: number, count: number, key: PickerKey): number {
  if (count === 0) return -1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : (current + 1) % count;
    case 'ArrowUp':
      return current <= 0 ? count - 1 : current - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
  }
}
