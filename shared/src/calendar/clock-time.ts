const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** 'HH:mm' (00:00 to 24:00) to minutes after midnight, or null when it is not such a time. */
export function minutesOfDay(text: string): number | null {
  const match = CLOCK_TIME.exec(text);
  if (!match) return null;
  return match[3] ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}
