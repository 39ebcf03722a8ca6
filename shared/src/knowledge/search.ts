// How the knowledge base finds a standard answer: the same rules on the server (which stores every answer's
// normalised text) and in the administrator's list (which filters what it already holds).

/** More words than this in one search add nothing but work. */
export const MAX_SEARCH_TERMS = 8;

/**
 * Text as the knowledge base compares it: case and accents ignored ("Één" is "een", "financiële" is "financiele"),
 * compatibility forms split ("ĳ" is "ij", "ﬁ" is "fi"), runs of white space one space.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search, each normalised; a word given twice counts once. */
export function searchTerms(query: string): string[] {
  return [...new Set(searchKey(query).split(' ').filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
}

export interface SearchableAnswer {
  id: string;
  title: string;
  keywords: readonly string[];
  body: string;
  usageCount: number;
}

/** What the server stores to search in (`searchText`): title, keywords and body, normalised, a line each. */
export function standardAnswerSearchText(answer: Pick<SearchableAnswer, 'title' | 'keywords' | 'body'>): string {
  return [answer.title, ...answer.keywords, answer.body].map(searchKey).join('\n');
}

/**
 * How well an answer matches: 0 its title starts with the search, 1 every word is in its title or keywords, 2 some
 * word is only in its body; null when a word is nowhere. Words match anywhere inside a word ("pasp", "poort").
 */
export function matchRank(answer: SearchableAnswer, terms: readonly string[]): 0 | 1 | 2 | null {
  if (terms.length === 0) return 1;
  const title = searchKey(answer.title);
  const heading = [title, ...answer.keywords.map(searchKey)].join('\n');
  const body = searchKey(answer.body);
  let onlyInBody = false;
  for (const term of terms) {
    if (heading.includes(term)) continue;
    if (!body.includes(term)) return null;
    onlyInBody = true;
  }
  if (onlyInBody) return 2;
  return title.startsWith(terms.join(' ')) ? 0 : 1;
}

/**
 * The answers that match every word of the search, best first: title and keyword matches before body matches, then
 * the most used, then by title. An empty search keeps every answer, most used first.
 */
export function rankStandardAnswers<T extends SearchableAnswer>(answers: readonly T[], query: string): T[] {
  const terms = searchTerms(query);
  return answers
    .flatMap((answer) => {
      const rank = matchRank(answer, terms);
      return rank === null ? [] : [{ answer, rank }];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.answer.usageCount - a.answer.usageCount ||
        a.answer.title.localeCompare(b.answer.title, 'nl') ||
        a.answer.id.localeCompare(b.answer.id),
    )
    .map(({ answer }) => answer);
}
