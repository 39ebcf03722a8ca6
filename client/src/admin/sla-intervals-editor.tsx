import { useTranslation } from 'react-i18next';
import { nextInterval, normaliseClockInput } from './sla-calendar-edits';
import { errorIdOf, FieldErrorMessage, fieldAttributes, type SlaFields } from './sla-field';
import type { IntervalForm } from './sla-settings-form';

/**
 * The opening intervals of one day (a weekday or an exception day) at `path`: one line per interval, times as
 * text because `to` may be 24:00, which a time input cannot hold.
 */
export function IntervalsEditor({
  day,
  path,
  intervals,
  fields,
  onChange,
}: {
  /** The day's name in labels: "Maandag", "do 24 december 2026". */
  day: string;
  path: string;
  intervals: readonly IntervalForm[];
  fields: SlaFields;
  onChange: (intervals: IntervalForm[]) => void;
}) {
  const { t } = useTranslation();
  // An overlap is an error of the whole list: every interval's inputs point at it.
  const listError = fields.errorOf(path) ? errorIdOf(fields, path) : undefined;
  const setInterval = (index: number, next: Partial<IntervalForm>) =>
    onChange(intervals.map((interval, i) => (i === index ? { ...interval, ...next } : interval)));

  return (
    <div className="sla-intervals">
      <div className="sla-intervals__body">
        {intervals.length === 0 && <p className="sla-intervals__closed">{t('admin.sla.intervals.closed')}</p>}
        {intervals.length > 0 && (
          <ul className="sla-intervals__list">
            {intervals.map((interval, index) => {
              const number = index + 1;
              const timeInput = (end: 'from' | 'to') => {
                const endPath = `${path}.${index}.${end}`;
                return (
                  <>
                    <label className="visually-hidden" htmlFor={fields.idOf(endPath)}>
                      {t(end === 'from' ? 'admin.sla.labels.intervalFrom' : 'admin.sla.labels.intervalTo', {
                        day,
                        number,
                      })}
                    </label>
                    <input
                      {...fieldAttributes(fields, endPath, listError)}
                      className="sla-time"
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      placeholder={t('admin.sla.intervals.placeholder')}
                      maxLength={5}
                      value={interval[end]}
                      onChange={(event) => setInterval(index, { [end]: event.target.value })}
                      onBlur={(event) => {
                        const tidy = normaliseClockInput(event.target.value);
                        if (tidy !== event.target.value) setInterval(index, { [end]: tidy });
                      }}
                    />
                  </>
                );
              };
              return (
                <li className="sla-interval" key={index}>
                  <div className="sla-interval__times">
                    {timeInput('from')}
                    <span className="sla-interval__dash" aria-hidden="true">
                      –
                    </span>
                    {timeInput('to')}
                    <button
                      type="button"
                      className="button button--quiet button--small sla-remove"
                      aria-label={t('admin.sla.intervals.removeLabel', { day, number })}
                      title={t('admin.sla.intervals.removeLabel', { day, number })}
                      onClick={() => onChange(intervals.filter((_, i) => i !== index))}
                    >
                      <span aria-hidden="true">×</span>
                    </button>
                  </div>
                  <FieldErrorMessage fields={fields} path={`${path}.${index}.from`} />
                  <FieldErrorMessage fields={fields} path={`${path}.${index}.to`} />
                </li>
              );
            })}
          </ul>
        )}
        <FieldErrorMessage fields={fields} path={path} />
      </div>
      <button
        type="button"
        className="button button--quiet button--small sla-intervals__add"
        aria-label={t('admin.sla.intervals.addLabel', { day })}
        onClick={() => onChange([...intervals, nextInterval(intervals)])}
      >
        <span aria-hidden="true">+</span> {t('admin.sla.intervals.add')}
      </button>
    </div>
  );
}
