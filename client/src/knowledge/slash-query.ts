/** What the agent is typing after a `/` at the start of the draft or of a line, and where that stands in the draft. */
export interface SlashQuery {
  /** The slash itself. */
  start: number;
  /** The caret: what the chosen answer replaces runs from `start` to here. */
  end: number;
  query: string;
}

// Longer than any title an agent would type to find one; beyond it the slash was no command.
const MAX_QUERY_LENGTH = 60;

/**
 * The `/…` before the caret, or null. Only at the start of a line, so "en/of" and a link are text; "/ " (a slash and
 * a space) and "/home/…" are text too.
 */
export function slashQueryAt(text: string, caret: number): SlashQuery | null {
  if (caret < 1 || caret > text.length) return null;
  const start = text.lastIndexOf('\n', caret - 1) + 1;
  if (text[start] !== '/') return null;
  const query = text.slice(start + 1, caret);
  if (/^\s/.test(query) || /[\n/]/.test(query) || query.length > MAX_QUERY_LENGTH) return null;
  return { start, end: caret, query };
}
