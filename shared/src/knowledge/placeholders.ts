// Placeholders in a standard answer's body, filled in when an agent inserts it:
//
//   {{voornaam}}    the citizen's first name: the first word of the contact's name ("Jan de Vries" → "Jan"); none
//                   when that name is a phone number, an e-mail address, a handle or starts with a title ("Dhr.")
//   {{naam}}        the citizen's name as the contact is called ("Jan de Vries"); none for a number or address
//   {{medewerker}}  the agent's first name, as webcare signs its answers ("Groet, Anna")
//
// Written with or without spaces and in any case ({{ Voornaam }}). A placeholder without a value, or one not listed
// here, stays in the text exactly as written, so the agent sees what is left to fill in before sending.

export const PLACEHOLDERS = ['voornaam', 'naam', 'medewerker'] as const;
export type PlaceholderName = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string | null>>;

/** One `{{…}}` in a text: where it is, as written, and its name in lower case. */
export interface PlaceholderSpan {
  name: string;
  start: number;
  end: number;
  known: boolean;
}

export interface FilledText {
  text: string;
  /** The placeholders still in `text`, where they are in it. */
  unfilled: PlaceholderSpan[];
  /** Known placeholders that had no value, each once. */
  missing: PlaceholderName[];
  /** Names that are no placeholder (a typo such as {{voornam}}), each once, in lower case. */
  unknown: string[];
}

// A name starts with a letter: WhatsApp templates' numbered {{1}} are no placeholder of ours.
const PLACEHOLDER = /\{\{\s*(\p{L}[\p{L}\d_-]{0,39})\s*\}\}/gu;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}

export function findPlaceholders(text: string): PlaceholderSpan[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => {
    const name = match[1].toLowerCase();
    return { name, start: match.index, end: match.index + match[0].length, known: isPlaceholderName(name) };
  });
}

/** Fills the placeholders in one pass: a value that itself looks like `{{naam}}` is inserted as it is. */
export function fillPlaceholders(body: string, values: PlaceholderValues): FilledText {
  let text = '';
  let from = 0;
  const unfilled: PlaceholderSpan[] = [];
  const missing = new Set<PlaceholderName>();
  const unknown = new Set<string>();
  for (const span of findPlaceholders(body)) {
    text += body.slice(from, span.start);
    from = span.end;
    const value = isPlaceholderName(span.name) ? values[span.name]?.trim() : undefined;
    if (value) {
      text += value;
      continue;
    }
    if (isPlaceholderName(span.name)) missing.add(span.name);
    else unknown.add(span.name);
    const written = body.slice(span.start, span.end);
    unfilled.push({ ...span, start: text.length, end: text.length + written.length });
    text += written;
  }
  text += body.slice(from);
  return { text, unfilled, missing: [...missing], unknown: [...unknown] };
}

// A name that is really an address: a phone number (WhatsApp gives one when the citizen set no name), an e-mail
// address, a handle, a link. Such a "name" must never end up as "Beste 31612345678".
function isAddressLike(name: string): boolean {
  return name.includes('@') || /^[+\d\s().-]+$/.test(name) || /^(https?:|www\.)/i.test(name) || !/\p{L}/u.test(name);
}

// Forms of address a citizen sometimes puts before the surname: "Dhr. Jansen" has no first name to use.
const TITLES = new Set([
  'dhr',
  'mevr',
  'mw',
  'mevrouw',
  'meneer',
  'mr',
  'mrs',
  'ms',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'fam',
  'familie',
  'de',
  'heer',
]);

// "jan" and "JAN" become "Jan", "anne-marie" "Anne-Marie", "ijsbrand" "IJsbrand"; "McDonald" and "deVries" stay.
function capitalised(word: string): string {
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word
    .toLowerCase()
    .split('-')
    .map((part) => (part.startsWith('ij') ? `IJ${part.slice(2)}` : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('-');
}

/** The contact's name with its white space tidied; null when the "name" is a phone number, address or handle. */
export function fullNameOf(displayName: string | null | undefined): string | null {
  const name = displayName?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
  return name === '' || isAddressLike(name) ? null : name;
}

/** The first word of a person's name, to address them by; null when there is none to be sure of. */
export function firstNameOf(displayName: string | null | undefined): string | null {
  const name = fullNameOf(displayName);
  if (name === null) return null;
  // Emoji or punctuation around the first word are no part of it ("🌻 Fatima", "Jan,"); digits are ("jan1980").
  const first = name
    .split(' ')
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .find((word) => word !== '');
  // Initials ("J. de Vries", "J.P. Jansen") are no first name, nor is a handle ("jan_1980").
  if (!first || /[\d_.]/.test(first) || [...first].length < 2 || TITLES.has(first.toLowerCase())) return null;
  return capitalised(first);
}

/** The values for a citizen and the agent answering them. */
export function placeholderValuesFor(people: {
  contactName: string | null | undefined;
  agentName: string | null | undefined;
}): PlaceholderValues {
  return {
    voornaam: firstNameOf(people.contactName),
    naam: fullNameOf(people.contactName),
    medewerker: firstNameOf(people.agentName) ?? fullNameOf(people.agentName),
  };
}
