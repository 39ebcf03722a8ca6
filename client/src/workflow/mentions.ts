import type { ColleagueDto, PersonDto } from '@ingang/shared';

/** Where the agent is typing a mention: `@` at `start`, the name typed so far up to the caret at `end`. */
export interface MentionQuery {
  start: number;
  end: number;
  query: string;
}

// A name is typed in at most a few words; a longer run after an `@` is an e-mail address or just text.
const MAX_QUERY_LENGTH = 40;

/**
 * The mention being typed at the caret: an `@` at the start or after a space or bracket, followed by what is not a
 * line break (names have spaces: "@Anna de V"). Null when the caret is not in one.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY_LENGTH || /[\n@]/.test(query) || /^\s/.test(query) || /\s\s/.test(query)) return null;
  if (at > 0 && !/[\s([{"']/.test(before[at - 1])) return null;
  return { start: at, end: caret, query };
}

/** Lower case without accents, so "@Ozlem" finds Özlem. */
function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Colleagues online first (they can answer now), then by name. */
export function byAvailability(a: ColleagueDto, b: ColleagueDto): number {
  return Number(b.online) - Number(a.online) || a.name.localeCompare(b.name, 'nl');
}

/** The colleagues whose name (or a word of it) starts with the query; online ones first; never yourself. */
export function mentionCandidates(
  colleagues: readonly ColleagueDto[],
  query: string,
  selfId: string | null,
  limit = 8,
): ColleagueDto[] {
  const wanted = searchKey(query.trim());
  return colleagues
    .filter((colleague) => colleague.id !== selfId)
    .filter((colleague) => {
      const name = searchKey(colleague.name);
      return wanted === '' || name.startsWith(wanted) || name.split(/\s+/).some((word) => word.startsWith(wanted));
    })
    .sort(byAvailability)
    .slice(0, limit);
}

/** Replaces the typed mention with `@Name ` and says where the caret goes. */
export function insertMention(
  text: string,
  mention: Pick<MentionQuery, 'start' | 'end'>,
  name: string,
): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(mention.end).replace(/^ /, '');
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}

/** The colleagues chosen while typing whose `@Name` is still in the text: deleting the name drops the mention. */
export function mentionedIds(text: string, chosen: readonly PersonDto[]): string[] {
  const ids = chosen.filter((person) => text.includes(`@${person.name}`)).map((person) => person.id);
  return [...new Set(ids)];
}
