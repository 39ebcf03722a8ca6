import { createHash } from 'node:crypto';

// Stored provider ids are at most 255 characters; a longer Message-ID is kept as a hash so it still matches.
const MAX_ID_LENGTH = 255;

/** One Message-ID in the form stored as a provider id: `<local@domain>`, or null when there is none. */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  const bare = (raw ?? '')
    .trim()
    .replace(/^<+|>+$/g, '')
    .trim();
  if (!bare || /[\s<>]/.test(bare)) return null;
  const id = `<${bare}>`;
  if (id.length <= MAX_ID_LENGTH) return id;
  return `<${createHash('sha256').update(bare).digest('hex')}@long-message-id.invalid>`;
}

/** Every `<…>` Message-ID in a header value (References, In-Reply-To), in order, normalised. */
export function messageIdsIn(value: string | string[] | null | undefined): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  const ids = [...text.matchAll(/<([^<>\s]+)>/g)].map((match) => normaliseMessageId(match[1]));
  // Some clients leave the brackets out of In-Reply-To.
  if (ids.length === 0 && text.trim() && !/\s/.test(text.trim())) ids.push(normaliseMessageId(text));
  return ids.filter((id): id is string => id !== null);
}
