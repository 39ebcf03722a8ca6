import { useTranslation } from 'react-i18next';
import type { MessageContent, MessageDto, SharedContact } from '@ingang/shared';
import { AttachmentList, AttachmentView } from './AttachmentView';
import { EmailContent } from './EmailContent';
import { inlineAttachmentIds } from './email-document';

type ContentOf<K extends MessageContent['kind']> = Extract<MessageContent, { kind: K }>;

// React escapes text; CSS (white-space: pre-wrap) keeps the citizen's line breaks. Never dangerouslySetInnerHTML.
function Text({ text }: { text: string }) {
  return <p className="message__text">{text}</p>;
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
interface MessageContentViewProps {
  message: MessageDto;
  messagesById: Map<string, MessageDto>;
  /** A mail's subject is shown only when it differs from the conversation's (a reply with another subject). */
  conversationSubject?: string | null;
}

function ContentByKind({ message, messagesById, conversationSubject }: MessageContentViewProps) {
  const { t } = useTranslation();
  const { content } = message;
  switch (content.kind) {
    case 'text':
      return <Text text={content.text} />;
    case 'media':
      return (
        <AttachmentView
          attachment={primaryAttachment(message)}
          mediaType={content.mediaType}
          caption={content.caption}
        />
      );
    case 'email':
      return (
        <EmailContent
          content={content}
          attachments={message.attachments}
          showSubject={content.subject !== null && content.subject !== conversationSubject}
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

function primaryAttachment(message: MessageDto) {
  const { content, attachments } = message;
  if (content.kind !== 'media') return undefined;
  return attachments.find((attachment) => attachment.id === content.attachmentId) ?? attachments[0];
}

// The files not already shown by the content itself: the media message's own file, a mail's inline images.
function furtherAttachments(message: MessageDto) {
  const { content, attachments } = message;
  if (content.kind === 'media') {
    const shown = primaryAttachment(message);
    return attachments.filter((attachment) => attachment !== shown);
  }
  if (content.kind === 'email' && content.html) {
    const inline = new Set(inlineAttachmentIds(content.html));
    return attachments.filter((attachment) => !(inline.has(attachment.id) && attachment.status === 'stored'));
  }
  return attachments;
}

/** The message's content followed by every file it carries. */
export function MessageContentView(props: MessageContentViewProps) {
  const { message } = props;
  return (
    <>
      <ContentByKind {...props} />
      <AttachmentList attachments={furtherAttachments(message)} />
    </>
  );
}
