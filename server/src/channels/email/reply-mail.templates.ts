// The words the citizen reads in a reply mail besides the agent's own text (Dutch: the municipality's language).

export const REPLY_SUBJECT_PREFIX = 'Re: ';

/** The line above the quoted question, as Dutch mail clients write it. */
export function quoteHeader(sentAt: Date, from: string): string {
  const when = new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(sentAt);
  return `Op ${when} schreef ${from}:`;
}
