import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { addClosedDay, addExceptionDay, fridayAfterAscension, isoWeekdayOfDate, listingOf } from './sla-calendar-edits';
import { FieldErrorMessage, fieldAttributes, type SlaFields } from './sla-field';
import { IntervalsEditor } from './sla-intervals-editor';
import { formatCivilDate } from './sla-moment';
import type { SlaSettingsForm } from './sla-settings-form';

interface SectionProps {
  form: SlaSettingsForm;
  fields: SlaFields;
  /** 'YYYY-MM-DD' in the calendar's time zone: days before it are marked as past. */
  today: string;
  onChange: (form: SlaSettingsForm) => void;
}

/** A date input with an add button; refuses a date that is already a closing or exception day. */
function DateAdder({ form, label, onAdd }: { form: SlaSettingsForm; label: string; onAdd: (date: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    const listing = isoWeekdayOfDate(date) === null ? 'invalid' : listingOf(form, date);
    if (listing) {
      setProblem(t(`admin.sla.days.refused.${listing}`));
      return;
    }
    setProblem('');
    setDate('');
    onAdd(date);
  };
  return (
    <div className="sla-adder">
      <div className="field">
        <label htmlFor={`${id}-date`}>{label}</label>
        <input
          id={`${id}-date`}
          type="date"
          className="sla-date"
          value={date}
          aria-invalid={problem !== '' || undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setDate(event.target.value);
            setProblem('');
          }}
          onKeyDown={(event) => {
            // Enter adds the date instead of submitting the whole settings form.
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
      </div>
      <button type="button" className="button" onClick={add}>
        {t('admin.sla.days.add')}
      </button>
      {problem && (
        <p className="sla-field-error sla-adder__problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function PastBadge({ date, today }: { date: string; today: string }) {
  const { t } = useTranslation();
  return date < today ? <span className="admin-badge admin-badge--disabled">{t('admin.sla.days.past')}</span> : null;
}

/** Days the office is closed on top of weekends and holidays, such as the Friday after Hemelvaartsdag. */
export function ClosedDaysSection({ form, fields, today, onChange }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const thisYear = Number(today.slice(0, 4));
  // Offer the next Friday after Hemelvaartsdag that is not over yet and not listed yet.
  const bridgeDay = [thisYear, thisYear + 1]
    .map((year) => fridayAfterAscension(form, year))
    .find((date) => date >= today && listingOf(form, date) === null);

  return (
    <fieldset className="admin-section sla-section">
      <legend className="sla-section__legend">{t('admin.sla.closedDays.legend')}</legend>
      <p className="field__hint">{t('admin.sla.closedDays.hint')}</p>
      {form.closedDays.length === 0 ? (
        <p className="admin-empty">{t('admin.sla.closedDays.empty')}</p>
      ) : (
        <ul className="sla-list">
          {form.closedDays.map((date, index) => {
            const path = `calendar.closedDays.${index}`;
            const name = formatCivilDate(date, language);
            return (
              <li className="sla-list__item" key={`${date}-${index}`}>
                <div className="sla-list__row">
                  <span className="sla-list__date" id={fields.idOf(path)} tabIndex={-1}>
                    {name}
                  </span>
                  <PastBadge date={date} today={today} />
                  <button
                    type="button"
                    className="button button--quiet button--small admin-table__delete"
                    aria-label={t('admin.sla.days.removeLabel', { date: name })}
                    aria-describedby={fieldAttributes(fields, path)['aria-describedby']}
                    onClick={() => onChange({ ...form, closedDays: form.closedDays.filter((_, i) => i !== index) })}
                  >
                    {t('admin.sla.days.remove')}
                  </button>
                </div>
                <FieldErrorMessage fields={fields} path={path} />
              </li>
            );
          })}
        </ul>
      )}
      <DateAdder
        form={form}
        label={t('admin.sla.closedDays.newDate')}
        onAdd={(date) => onChange(addClosedDay(form, date))}
      />
      {bridgeDay && (
        <div>
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(addClosedDay(form, bridgeDay))}
          >
            <span aria-hidden="true">+</span>
            {t('admin.sla.closedDays.addBridgeDay', { date: formatCivilDate(bridgeDay, language) })}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** Days with their own hours, e.g. 24 and 31 December until 12:00; without hours the day is closed. */
export function ExceptionDaysSection({ form, fields, today, onChange }: SectionProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();

  return (
    <fieldset className="admin-section sla-section">
      <legend className="sla-section__legend">{t('admin.sla.exceptionDays.legend')}</legend>
      <p className="field__hint">{t('admin.sla.exceptionDays.hint')}</p>
      {form.exceptionDays.length === 0 ? (
        <p className="admin-empty">{t('admin.sla.exceptionDays.empty')}</p>
      ) : (
        <div className="sla-days">
          {form.exceptionDays.map((exception, index) => {
            const path = `calendar.exceptionDays.${index}`;
            const name = formatCivilDate(exception.date, language);
            const nameId = `${id}-${index}`;
            return (
              <div className="sla-day" role="group" aria-labelledby={nameId} key={`${exception.date}-${index}`}>
                <div className="sla-day__name">
                  <span id={nameId}>{name}</span>
                  <PastBadge date={exception.date} today={today} />
                  <FieldErrorMessage fields={fields} path={`${path}.date`} />
                </div>
                <IntervalsEditor
                  day={name}
                  path={`${path}.hours`}
                  intervals={exception.hours}
                  fields={fields}
                  onChange={(hours) =>
                    onChange({
                      ...form,
                      exceptionDays: form.exceptionDays.map((day, i) => (i === index ? { ...day, hours } : day)),
                    })
                  }
                />
                <button
                  type="button"
                  className="button button--quiet button--small admin-table__delete sla-day__remove"
                  id={fields.idOf(`${path}.date`)}
                  aria-label={t('admin.sla.days.removeLabel', { date: name })}
                  aria-describedby={fieldAttributes(fields, `${path}.date`)['aria-describedby']}
                  onClick={() => onChange({ ...form, exceptionDays: form.exceptionDays.filter((_, i) => i !== index) })}
                >
                  {t('admin.sla.days.remove')}
                </button>
              </div>
            );
          })}
        </div>
      )}
      <DateAdder
        form={form}
        label={t('admin.sla.exceptionDays.newDate')}
        onAdd={(date) => onChange(addExceptionDay(form, date))}
      />
    </fieldset>
  );
}
