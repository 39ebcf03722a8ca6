import type { SlaSettings } from '@ingang/shared';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { ChannelIcon } from '../ui/ChannelIcon';
import { comingFridayAfternoon, DATED_SAMPLES, formatMoment, instantOfLocalInput, localInputOf } from './sla-moment';
import { usePolicyName } from './sla-policies-section';
import { previewRows, type SampleDeadline } from './sla-preview';

/**
 * "Voorbeeld": the deadlines of a question asked at a sample moment, with the saved settings and with the edited
 * ones, recomputed as the form changes. `edited` is null while the form has errors.
 */
export function PreviewPanel({
  saved,
  edited,
  changed,
  timeZone,
}: {
  saved: SlaSettings;
  edited: SlaSettings | null;
  changed: boolean;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const policyName = usePolicyName();
  const id = useId();
  const [now] = useState(() => new Date());
  const [sample, setSample] = useState(() => localInputOf(now, timeZone));
  const instant = instantOfLocalInput(sample, timeZone);
  const instantMs = instant?.getTime() ?? null;
  const rows = useMemo(
    () => (instantMs === null ? [] : previewRows(saved, edited, new Date(instantMs))),
    [saved, edited, instantMs],
  );
  const quickSamples = [
    { value: localInputOf(new Date(), timeZone), label: t('admin.sla.preview.now'), isNow: true },
    ...DATED_SAMPLES.map((value) => ({
      value,
      label: formatMoment(instantOfLocalInput(value, timeZone) ?? now, language, timeZone),
      isNow: false,
    })),
    { value: comingFridayAfternoon(now, timeZone), label: t('admin.sla.preview.aFriday'), isNow: false },
  ];

  const moment = (at: Date) => formatMoment(at, language, timeZone);
  // The deadline beside it carries the year.
  const shortMoment = (at: Date) => formatMoment(at, language, timeZone, false);
  const cell = (deadline: SampleDeadline | null, highlight: boolean) => {
    if (deadline === null) return <span className="sla-preview__none">{t('admin.sla.preview.invalid')}</span>;
    if (deadline.kind === 'never') return <span className="sla-preview__none">{t('admin.sla.preview.never')}</span>;
    return (
      <>
        <span className="sla-preview__deadline">{moment(deadline.deadline)}</span>
        <span className="sla-preview__risk">
          {t('admin.sla.preview.atRisk', { moment: shortMoment(deadline.atRisk) })}
        </span>
        {highlight && <span className="sla-preview__changed">{t('admin.sla.preview.changed')}</span>}
      </>
    );
  };

  return (
    <section className="admin-section sla-preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="admin-section__title">
        {t('admin.sla.preview.title')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-sample`}>{t('admin.sla.preview.sample')}</label>
        <input
          id={`${id}-sample`}
          type="datetime-local"
          className="sla-datetime"
          value={sample}
          aria-invalid={instant === null || undefined}
          aria-describedby={`${id}-sample-hint`}
          onChange={(event) => setSample(event.target.value)}
        />
        <p className="field__hint" id={`${id}-sample-hint`}>
          {instant === null ? t('admin.sla.preview.invalidSample') : t('admin.sla.preview.sampleHint')}
        </p>
      </div>
      <div className="sla-preview__quick" role="group" aria-label={t('admin.sla.preview.quick')}>
        {quickSamples.map((quick) => (
          <button
            type="button"
            key={quick.label}
            className="button button--small"
            aria-pressed={!quick.isNow && sample === quick.value}
            onClick={() => setSample(quick.value)}
          >
            {quick.label}
          </button>
        ))}
      </div>
      {rows.length > 0 && (
        <table className="sla-preview__table">
          <caption className="visually-hidden">
            {t('admin.sla.preview.caption', { moment: instant ? moment(instant) : '' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.sla.preview.policy')}</th>
              <th scope="col">{t('admin.sla.preview.saved')}</th>
              <th scope="col">{t('admin.sla.preview.edited')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const highlight = row.deadlineChanged || row.atRiskChanged;
              return (
                <tr key={row.policy}>
                  <th scope="row">
                    <span className="sla-preview__policy">
                      {row.policy !== 'escalation' && row.policy !== 'callback' && (
                        <ChannelIcon channel={row.policy} size={18} />
                      )}
                      {policyName(row.policy)}
                    </span>
                  </th>
                  <td>{cell(row.saved, false)}</td>
                  <td className={highlight ? 'sla-preview__cell--changed' : undefined}>
                    {changed ? (
                      cell(row.edited, highlight)
                    ) : (
                      <span className="sla-preview__none">{t('admin.sla.preview.same')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
