import { useTranslation } from 'react-i18next';
import type { AttachmentDto, MessageContent, MessageDto, SharedContact } from '@ingang/shared';
import { formatFileSize } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

type ContentOf<K extends MessageContent['kind']> = Extract<MessageContent, { kind: K }>;

// React escapes text; CSS (white-space: pre-wrap) keeps the citizen's line breaks. Never dangerouslySetInnerHTML.
function Text({ text }: { text: string }) {
  return <p className="message__text">{text}</p>;
}

function Media({ content, attachment }: { content: ContentOf<'media'>; attachment: AttachmentDto | undefined }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const typeLabel = t(`media.type.${content.mediaType}`);
  const caption = content.caption ? <Text text={content.caption} /> : null;

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
        <p className="media-placeholder media-placeholder--failed">{t('media.failed', { type: typeLabel })}</p>
        {caption}
      </>
    );
  }

  const fileName = attachment.fileName ?? t('media.unnamedFile');
  switch (content.mediaType) {
    case 'image':
    case 'sticker':
      return (
        <>
          <a className="media-image" href={attachment.url} target="_blank" rel="noopener noreferrer">
            <img
              src={attachment.url}
              alt={content.caption ?? attachment.fileName ?? typeLabel}
              className={content.mediaType === 'sticker' ? 'media-image__sticker' : undefined}
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
          {caption}
        </>
      );
  }
}

function Location({ content }: { content: ContentOf<'location'> }) {
  const { t } = useTranslation();
  const { latitude, longitude } = content;
  const mapUrl = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`;
  return (
    <div className="location">
      <p className="message__label">{t('location.label')}</p>
      {content.name && <p className="location__name">{content.name}</p>}
      {content.address && <p>{content.address}</p>}
      <p className="location__coordinates">
        {latitude.toFixed(5)}, {longitude.toFixed(5)}
      </p>
      <a href={mapUrl} target="_blank" rel="noopener noreferrer">
        {t('location.openMap')}
        <span className="visually-hidden"> ({t('common.opensInNewTab')})</span>
      </a>
    </div>
  );
}

function ContactCard({ contact }: { contact: SharedContact }) {
  return (
    <li className="contact-card">
      <p className="contact-card__name">{contact.name}</p>
      {contact.phones.map((phone) => (
        <a key={phone} href={`tel:${phone.replace(/[^+\d]/g, '')}`}>
          {phone}
        </a>
      ))}
      {contact.emails.map((email) => (
        <a key={email} href={`mailto:${email}`}>
          {email}
        </a>
      ))}
    </li>
  );
}

function Contacts({ content }: { content: ContentOf<'contacts'> }) {
  const { t } = useTranslation();
  return (
    <div>
      <p className="message__label">{t('contacts.label', { count: content.contacts.length })}</p>
      <ul className="contact-cards">
        {content.contacts.map((contact, index) => (
          <ContactCard key={`${contact.name}-${index}`} contact={contact} />
        ))}
      </ul>
    </div>
  );
}

function Reaction({ content, target }: { content: ContentOf<'reaction'>; target: MessageDto | undefined }) {
  const { t } = useTranslation();
  if (content.emoji === null) return <p className="message__muted">{t('reaction.removed')}</p>;
  return (
    <p className="reaction">
      <span className="reaction__emoji">{content.emoji}</span> {t('reaction.reacted')}
      {target && <span className="reaction__target"> “{target.preview}”</span>}
    </p>
  );
}

function Template({ content }: { content: ContentOf<'template'> }) {
  const { t } = useTranslation();
  return (
    <div className="template-message">
      <p className="message__label">
        {t('templateMessage.label')} <code>{content.name}</code> ({content.language})
      </p>
      {content.parameters.length > 0 && (
        <ol className="template-message__parameters" aria-label={t('templateMessage.parameters')}>
          {content.parameters.map((parameter, index) => (
            <li key={index}>{parameter}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** What the message says, rendered by kind; never the provider's raw markup. */
export function MessageContentView({
  message,
  messagesById,
}: {
  message: MessageDto;
  messagesById: Map<string, MessageDto>;
}) {
  const { t } = useTranslation();
  const { content } = message;
  switch (content.kind) {
    case 'text':
      return <Text text={content.text} />;
    case 'media':
      return (
        <Media
          content={content}
          attachment={
            message.attachments.find((attachment) => attachment.id === content.attachmentId) ?? message.attachments[0]
          }
        />
      );
    case 'location':
      return <Location content={content} />;
    case 'contacts':
      return <Contacts content={content} />;
    case 'choice':
      return (
        <p className="choice">
          <span className="message__label">{t('choice.label')}</span>{' '}
          <span className="choice__text">{content.text}</span>
        </p>
      );
    case 'reaction':
      return (
        <Reaction
          content={content}
          target={content.targetMessageId ? messagesById.get(content.targetMessageId) : undefined}
        />
      );
    case 'template':
      return <Template content={content} />;
    case 'unsupported':
      return (
        <div className="unsupported">
          <p>{t('unsupported.label', { type: content.providerType })}</p>
          {content.detail && <p className="message__muted">{content.detail}</p>}
        </div>
      );
  }
}
