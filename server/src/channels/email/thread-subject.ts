// Reply and forward prefixes as mail clients write them in Dutch, English, German and the Nordic/Romance languages,
// and the auto-reply prefixes of Exchange: what is left is what the conversation is about.
const PREFIX =
  /^\s*(?:(?:re|fw|fwd|aw|wg|antw|antwoord|doorst|sv|vs|vl|tr|rif|r|enc|ref)(?:\s*[[(]\d+[\])])?\s*:|(?:automatic reply|automatisch antwoord|automatische antwort|autoreply|auto-reply|out of office|afwezig)\s*:|\[(?:ext|extern|external)\])\s*/i;

const MAX_KEY_LENGTH = 200;

/** The subject without reply/forward prefixes, as written (for display). */
export function subjectWithoutPrefixes(subject: string): string {
  let rest = subject.replace(/\s+/g, ' ').trim();
  for (let stripped = rest.replace(PREFIX, ''); stripped !== rest; stripped = rest.replace(PREFIX, '')) {
    rest = stripped.trim();
  }
  return rest;
}

/**
 * The thread key of a mail subject: prefixes stripped, case and whitespace ignored. Mail with the same key from the
 * same address continues one conversation; an empty subject matches nothing.
 */
export function subjectThreadKey(subject: string | null | undefined): string | null {
  const key = subjectWithoutPrefixes(subject ?? '')
    .normalize('NFC')
    .toLowerCase();
  return key ? `subject:${key.slice(0, MAX_KEY_LENGTH)}` : null;
}
