import { CHANNELS, fillPlaceholders, placeholderValuesFor, type Channel } from '@ingang/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/use-session';
import { countCharacters, MAX_MESSENGER_MESSAGE_LENGTH, MAX_TWEET_LENGTH } from '../conversation/reply-limit';
import { placeholderSegments } from '../knowledge/placeholder-segments';

// Two citizens to try an answer on: one with a name, and one WhatsApp knows only by number.
const SAMPLES = { named: 'Fatima El Amrani', number: '31612345678' } as const;
type Sample = keyof typeof SAMPLES;

/** The answer as a citizen would read it, its placeholders filled in for a sample citizen and this administrator. */
export function StandardAnswerPreview({ body, channels }: { body: string; channels: Channel[] }) {
  const { t } = useTranslation();
  const id = useId();
  const agentName = useCurrentUser().data?.name;
  const [sample, setSample] = useState<Sample>('named');
  const values = placeholderValuesFor({ contactName: SAMPLES[sample], agentName });
  const text = body.trim();
  const filled = fillPlaceholders(text, values);
  const length = countCharacters(filled.text);
  const offered = channels.length === 0 ? CHANNELS : channels;
  const warnings = [
    offered.includes('twitter') && length > MAX_TWEET_LENGTH
      ? t('admin.knowledge.preview.tooLongTweet', { max: MAX_TWEET_LENGTH })
      : null,
    offered.includes('messenger') && length > MAX_MESSENGER_MESSAGE_LENGTH
      ? t('admin.knowledge.preview.tooLongMessenger', { max: MAX_MESSENGER_MESSAGE_LENGTH })
      : null,
  ].filter((warning): warning is string => warning !== null);

  return (
    <section className="knowledge-preview" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="knowledge-preview__label">
        {t('admin.knowledge.preview.title')}
      </h3>
      <div className="field">
        <label htmlFor={`${id}-sample`}>{t('admin.knowledge.preview.sample')}</label>
        <select id={`${id}-sample`} value={sample} onChange={(event) => setSample(event.target.value as Sample)}>
          <option value="named">{SAMPLES.named}</option>
          <option value="number">{t('admin.knowledge.preview.sampleNumber', { number: SAMPLES.number })}</option>
        </select>
      </div>
      <p className="knowledge-preview__sample">
        {t('admin.knowledge.preview.answeredBy', { name: values.medewerker ?? t('admin.knowledge.preview.you') })}
      </p>
      {/* Text nodes only: whatever the body holds is shown as text, never as markup. */}
      <div className="knowledge-preview__bubble">
        {text === '' ? (
          <span className="admin-empty">{t('admin.knowledge.preview.empty')}</span>
        ) : (
          placeholderSegments(text, values).map((segment, index) =>
            segment.kind === 'text' ? (
              <span key={index}>{segment.text}</span>
            ) : segment.kind === 'value' ? (
              <mark key={index} className="knowledge-preview__value">
                {segment.text}
              </mark>
            ) : (
              <mark key={index} className="knowledge-preview__unfilled">
                {segment.text}
              </mark>
            ),
          )
        )}
      </div>
      <p className="knowledge-preview__count">{t('admin.knowledge.preview.count', { count: length })}</p>
      {filled.missing.length > 0 && <p className="field__hint">{t('admin.knowledge.preview.missing')}</p>}
      {filled.unknown.length > 0 && (
        <p className="admin-warning">
          {t('admin.knowledge.preview.unknown', { names: filled.unknown.map((name) => `{{${name}}}`).join(', ') })}
        </p>
      )}
      {warnings.map((warning) => (
        <p key={warning} className="admin-warning">
          {warning}
        </p>
      ))}
    </section>
  );
}
