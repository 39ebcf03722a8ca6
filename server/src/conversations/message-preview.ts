import type { MessageContent } from '@ingang/shared';

const MAX_PREVIEW = 280;

/** A one-line, language-neutral rendering of a message for the inbox list and for search. */
export function previewOf(content: MessageContent): string {
  const text = ((): string => {
    switch (content.kind) {
      case 'text':
        return content.text;
      case 'media':
        return content.caption ? `[${content.mediaType}] ${content.caption}` : `[${content.mediaType}]`;
      case 'location':
        return `[location] ${content.name ?? ''} ${content.address ?? ''}`.trim();
      case 'contacts':
        return `[contacts] ${content.contacts.map((contact) => contact.name).join(', ')}`;
      case 'choice':
        return content.text;
      case 'reaction':
        return content.emoji ?? '[reaction removed]';
      case 'template':
        return `[template] ${content.name}`;
      case 'unsupported':
        return `[unsupported: ${content.providerType}]`;
      case 'email':
        return content.subject ? `${content.subject} — ${content.text}` : content.text;
    }
  })();
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_PREVIEW ? `${oneLine.slice(0, MAX_PREVIEW - 1)}…` : oneLine;
}
