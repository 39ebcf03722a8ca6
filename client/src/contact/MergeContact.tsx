import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSummaryDto } from '@ingang/shared';
import { MIN_CONTACT_QUERY_LENGTH } from '../api/contacts-api';
import { ChannelIcon } from '../ui/ChannelIcon';
import { errorMessage } from '../ui/error-message';
import { useDebouncedValue } from '../ui/use-debounced-value';
import { MergeDialog } from './MergeDialog';
import { useContactSearch } from './use-contacts';

const SEARCH_DELAY_MS = 250;

/** "Samenvoegen met…": find the other contact that is the same citizen, then confirm in a dialog. */
export function MergeContact({
  contactId,
  contactName,
  onDone,
  onCancel,
}: {
  contactId: string;
  contactName: string;
  onDone: (notice: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [candidate, setCandidate] = useState<ContactSummaryDto | null>(null);
  const debounced = useDebouncedValue(query, SEARCH_DELAY_MS);
  const search = useContactSearch(debounced);
  const inputId = useId();
  const statusId = useId();
  const resultsId = useId();
  const tooShort = query.trim().length < MIN_CONTACT_QUERY_LENGTH;
  const results = tooShort ? [] : (search.data ?? []).filter((contact) => contact.id !== contactId);
  const settled = !tooShort && debounced === query && !search.isFetching;

  const status = tooShort
    ? t('contactPanel.merge.typeMore', { count: MIN_CONTACT_QUERY_LENGTH })
    : !settled
      ? t('contactPanel.merge.searching')
      : results.length === 0
        ? t('contactPanel.merge.noResults')
        : t('contactPanel.merge.results', { count: results.length });

  return (
    <div className="merge-search" onKeyDown={(event) => event.key === 'Escape' && !candidate && onCancel()}>
      <div className="field">
        <label htmlFor={inputId}>{t('contactPanel.merge.searchLabel')}</label>
        <input
          id={inputId}
          type="search"
          value={query}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-describedby={statusId}
          aria-controls={resultsId}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p id={statusId} className="field__hint" role="status">
        {status}
      </p>
      {search.isError && !tooShort && (
        <p className="form-error" role="alert">
          {errorMessage(search.error, t)}
        </p>
      )}
      <ul id={resultsId} className="merge-results" aria-label={t('contactPanel.merge.resultsLabel')}>
        {results.map((contact) => (
          <li key={contact.id}>
            <button type="button" className="merge-result" onClick={() => setCandidate(contact)}>
              <span className="merge-result__name">{contact.displayName}</span>
              <span className="merge-result__addresses">
                {contact.identities.map((identity) => (
                  <span key={`${identity.channel}:${identity.externalId}`} className="merge-result__address">
                    <ChannelIcon channel={identity.channel} size={16} />
                    <span className="visually-hidden">{t(`channel.${identity.channel}`)}: </span>
                    {identity.externalId}
                  </span>
                ))}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="contact-form__actions">
        <button type="button" className="button button--quiet button--small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {candidate && (
        <MergeDialog
          contactId={contactId}
          contactName={contactName}
          other={candidate}
          onClose={() => setCandidate(null)}
          onMerged={() => onDone(t('contactPanel.merge.done', { other: candidate.displayName, name: contactName }))}
        />
      )}
    </div>
  );
}
