/** The question asked in the channel after resolving, when the administrator switched it on. */
export const CSAT_QUESTION_NL =
  'Hoe tevreden bent u over ons antwoord? Geef een cijfer van 1 tot 10 (10 is heel tevreden).';

/** How long after the question a reply can still be a mark. */
export const CSAT_REPLY_WINDOW_MS = 7 * 24 * 3_600_000;

const MARK =
  /^(?:(?:ik\s+geef\s+(?:jullie\s+|u\s+|je\s+)?)?(?:een\s+|cijfer\s*:?\s*)?)?(10|[1-9])(?:\s*[,.]\s*(5|0))?(?:\s*\/\s*10|\s+van\s+de\s+10)?\s*[.!]*\s*(?:[\p{Emoji_Presentation}\p{Extended_Pictographic}]\s*)*$/iu;

/**
 * A citizen's reply to the satisfaction question as a Dutch school mark from 1 to 10 (halves allowed: "7,5"), or
 * null when it is anything else — then it is a new question, not a mark. Deliberately strict: "8 uur" is no mark.
 */
export function parseCsatReply(text: string): number | null {
  const match = MARK.exec(text.trim().replace(/\s+/g, ' '));
  if (!match) return null;
  const mark = Number(match[1]) + (match[2] === '5' ? 0.5 : 0);
  return mark >= 1 && mark <= 10 ? mark : null;
}
