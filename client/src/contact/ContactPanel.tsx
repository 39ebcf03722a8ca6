import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationDetailDto } from '@ingang/shared';
import { ContactHistory } from './ContactHistory';
import { ContactIdentities } from './ContactIdentities';
import { ContactName } from './ContactName';
import { LinkIdentityForm } from './LinkIdentityForm';
import { MergeContact } from './MergeContact';
import './contact.css';

type OpenTool = 'link' | 'merge' | null;

/** The citizen behind the conversation: name, addresses on every channel, merging, and their earlier contacts. */
export function ContactPanel({
  id,
  detail,
  focusOnMount,
  onClose,
}: {
  id: string;
  detail: ConversationDetailDto;
  focusOnMount: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [openTool, setOpenTool] = useState<OpenTool>(null);
  const [notice, setNotice] = useState('');
  const { conversation, identities, history } = detail;
  const contact = conversation.contact;

  const toolButtons = useRef<Record<'link' | 'merge', HTMLButtonElement | null>>({ link: null, merge: null });
  const previousTool = useRef<OpenTool>(null);

  useEffect(() => {
    if (focusOnMount) headingRef.current?.focus();
  }, [focusOnMount]);

  // A form that closes (done or cancelled) hands the focus back to the button that opened it.
  useEffect(() => {
    const closed = previousTool.current;
    previousTool.current = openTool;
    if (closed && openTool === null) toolButtons.current[closed]?.focus();
  }, [openTool]);

  const done = (message: string) => {
    setOpenTool(null);
    setNotice(message);
  };

  return (
    <aside id={id} className="contact-panel" aria-labelledby={`${id}-title`}>
      <div className="contact-panel__header">
        <h2 id={`${id}-title`} className="contact-panel__title" ref={headingRef} tabIndex={-1}>
          {t('contactPanel.title')}
        </h2>
        <button type="button" className="button button--quiet button--icon" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('contactPanel.close')}</span>
        </button>
      </div>

      <div className="contact-panel__section">
        <ContactName contactId={contact.id} displayName={contact.displayName} onRenamed={done} />
        <p className="contact-panel__notice" role="status">
          {notice}
        </p>
      </div>

      <section className="contact-panel__section" aria-labelledby={`${id}-addresses`}>
        <h3 id={`${id}-addresses`} className="contact-panel__heading">
          {t('contactPanel.addresses')}
        </h3>
        <ContactIdentities identities={identities} conversation={conversation} />
        <div className="contact-panel__tools">
          <button
            ref={(element) => {
              toolButtons.current.link = element;
            }}
            type="button"
            className="button button--small"
            aria-expanded={openTool === 'link'}
            onClick={() => setOpenTool(openTool === 'link' ? null : 'link')}
          >
            {t('contactPanel.link.open')}
          </button>
          <button
            ref={(element) => {
              toolButtons.current.merge = element;
            }}
            type="button"
            className="button button--small"
            aria-expanded={openTool === 'merge'}
            onClick={() => setOpenTool(openTool === 'merge' ? null : 'merge')}
          >
            {t('contactPanel.merge.open')}
          </button>
        </div>
        {openTool === 'link' && (
          <LinkIdentityForm
            contactId={contact.id}
            defaultChannel={conversation.channel === 'email' ? 'whatsapp' : 'email'}
            identityCount={identities.length}
            onDone={done}
            onCancel={() => setOpenTool(null)}
          />
        )}
        {openTool === 'merge' && (
          <MergeContact
            contactId={contact.id}
            contactName={contact.displayName}
            onDone={done}
            onCancel={() => setOpenTool(null)}
          />
        )}
      </section>

      <ContactHistory id={`${id}-history`} history={history} />
    </aside>
  );
}
