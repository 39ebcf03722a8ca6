import type { TFunction } from 'i18next';

// The server writes previews in one language-neutral form: what is not text starts with a [kind] marker
// (see server/src/conversations/message-preview.ts). Here the marker becomes words in the agent's language.
const MARKER =
  /^\[(image|document|audio|video|sticker|location|contacts|template|reaction removed|unsupported: [^\]]*)\]\s*/;

export function localisePreview(preview: string, t: TFunction): string {
  const match = MARKER.exec(preview);
  if (!match) return preview;
  const marker = match[1];
  const rest = preview.slice(match[0].length);
  const label = marker.startsWith('unsupported')
    ? t('preview.unsupported')
    : marker === 'reaction removed'
      ? t('preview.reactionRemoved')
      : t(`preview.${marker}`);
  return rest ? `${label}: ${rest}` : label;
}
