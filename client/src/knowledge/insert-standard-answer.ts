import type { FilledText, PlaceholderSpan } from '@ingang/shared';

export interface TextRange {
  start: number;
  end: number;
}

export interface Insertion {
  text: string;
  /** Where the caret goes: the first placeholder left to fill in is selected, else the end of the inserted text. */
  selection: TextRange;
  /** Placeholders still in the inserted text, where they are in the new draft. */
  unfilled: PlaceholderSpan[];
}

/** The draft with `range` (the typed `/pasp`, or the agent's selection) replaced by a filled-in answer. */
export function insertStandardAnswer(draft: string, range: TextRange, filled: FilledText): Insertion {
  const start = Math.max(0, Math.min(range.start, draft.length));
  const end = Math.max(start, Math.min(range.end, draft.length));
  const text = draft.slice(0, start) + filled.text + draft.slice(end);
  const unfilled = filled.unfilled.map((span) => ({ ...span, start: span.start + start, end: span.end + start }));
  const first = unfilled[0];
  const selection = first
    ? { start: first.start, end: first.end }
    : { start: start + filled.text.length, end: start + filled.text.length };
  return { text, selection, unfilled };
}
