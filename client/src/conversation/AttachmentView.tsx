import { useTranslation } from 'react-i18next';
import type { AttachmentDto, MediaType } from '@ingang/shared';
import { formatFileSize } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

function DocumentLink({ attachment }: { attachment: AttachmentDto }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const fileName = attachment.fileName ?? t('media.unnamedFile');
  return (
    <a className="media-document" href={attachment.url} download={attachment.fileName ?? true}>
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d="M5 2.5h6.5L15.5 6.5v11h-10.5zM11.5 2.5v4h4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
          strokeLinejoin="round"
        />
      </svg>
      <span className="media-document__name">{fileName}</span>
      {attachment.size !== null && (
        <span className="media-document__size">{formatFileSize(attachment.size, language)}</span>
      )}
      <span className="visually-hidden"> ({t('media.downloadHint')})</span>
    </a>
  );
}

/** One file: a picture or player when it is stored and the browser can show it, else a download link. */
export function AttachmentView({
  attachment,
  mediaType,
  caption: captionText = null,
}: {
  attachment: AttachmentDto | undefined;
  mediaType: MediaType;
  /** The citizen's text with the file; it is also the picture's alt text. */
  caption?: string | null;
}) {
  const { t } = useTranslation();
  const typeLabel = t(`media.type.${mediaType}`);
  // React escapes text; CSS (white-space: pre-wrap) keeps the citizen's line breaks.
  const caption = captionText ? <p className="message__text">{captionText}</p> : null;

  if (!attachment || attachment.status === 'pending') {
    return (
      <>
        <p className="media-placeholder">
          <span className="spinner spinner--small" aria-hidden="true" />
          {t('media.pending', { type: typeLabel })}
        </p>
        {caption}
      </>
    );
  }
  if (attachment.status === 'failed') {
    return (
      <>
        <p className="media-placeholder media-placeholder--failed">
          {t('media.failed', { type: attachment.fileName ?? typeLabel })}
        </p>
        {caption}
      </>
    );
  }

  const fileName = attachment.fileName ?? t('media.unnamedFile');
  switch (mediaType) {
    case 'image':
    case 'sticker':
      return (
        <>
          <a className="media-image" href={attachment.url} target="_blank" rel="noopener noreferrer">
            <img
              src={attachment.url}
              alt={captionText ?? attachment.fileName ?? typeLabel}
              className={mediaType === 'sticker' ? 'media-image__sticker' : undefined}
              loading="lazy"
            />
          </a>
          {caption}
        </>
      );
    case 'audio':
      return (
        <>
          <audio className="media-audio" controls preload="metadata" src={attachment.url} aria-label={typeLabel}>
            <a href={attachment.url}>{t('media.download', { name: fileName })}</a>
          </audio>
          {caption}
        </>
      );
    case 'video':
      return (
        <>
          <video className="media-video" controls preload="metadata" src={attachment.url} aria-label={typeLabel}>
            <a href={attachment.url}>{t('media.download', { name: fileName })}</a>
          </video>
          {caption}
        </>
      );
    case 'document':
      return (
        <>
          <DocumentLink attachment={attachment} />
          {caption}
        </>
      );
  }
}

/** Every further file of a message (a mail's attachments, several files in one Messenger message). */
export function AttachmentList({ attachments }: { attachments: AttachmentDto[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachment-list" aria-label={t('media.attachments', { count: attachments.length })}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <AttachmentView attachment={attachment} mediaType={attachment.mediaType} />
        </li>
      ))}
    </ul>
  );
}
