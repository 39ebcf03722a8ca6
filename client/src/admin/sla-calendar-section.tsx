import { CALENDAR_MODES, type IsoWeekday } from '@ingang/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaFields } from './sla-field';
import { IntervalsEditor } from './sla-intervals-editor';
import { ISO_WEEKDAYS, type SlaSettingsForm } from './sla-settings-form';

const WORKDAYS_AFTER_MONDAY: readonly IsoWeekday[] = [2, 3, 4, 5];

/** Whole working days, or opening hours per weekday with as many intervals as the office has. */
export function CalendarSection({
  form,
  fields,
  onChange,
}: {
  form: SlaSettingsForm;
  fields: SlaFields;
  onChange: (form: SlaSettingsForm) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const copyMonday = () => {
    const openingHours = { ...form.openingHours };
    for (const weekday of WORKDAYS_AFTER_MONDAY) {
      openingHours[weekday] = form.openingHours[1].map((interval) => ({ ...interval }));
    }
    onChange({ ...form, openingHours });
  };

  return (
    <fieldset className="admin-section sla-section">
      <legend className="sla-section__legend">{t('admin.sla.calendar.legend')}</legend>
      <fieldset className="sla-choice">
        <legend className="field__label">{t('admin.sla.calendar.mode')}</legend>
        <div className="sla-choice__options">
          {CALENDAR_MODES.map((mode) => (
            <div className="sla-choice__option" key={mode}>
              <input
                type="radio"
                id={`${id}-mode-${mode}`}
                name={`${id}-mode`}
                value={mode}
                checked={form.mode === mode}
                aria-describedby={`${id}-mode-${mode}-hint`}
                onChange={() => onChange({ ...form, mode })}
              />
              <label htmlFor={`${id}-mode-${mode}`}>{t(`admin.sla.calendar.modes.${mode}`)}</label>
              <p className="field__hint" id={`${id}-mode-${mode}-hint`}>
                {t(`admin.sla.calendar.modeHints.${mode}`)}
              </p>
            </div>
          ))}
        </div>
      </fieldset>

      {/* Unused in working-days mode, but still validated: shown there too while they have errors. */}
      {(form.mode === 'opening-hours' || fields.hasErrorsWithin('calendar.openingHours')) && (
        <fieldset className="sla-subsection">
          <legend className="sla-subsection__legend">{t('admin.sla.calendar.hoursLegend')}</legend>
          <p className="field__hint">
            {t(form.mode === 'opening-hours' ? 'admin.sla.calendar.hoursHint' : 'admin.sla.calendar.hoursUnused')}
          </p>
          <div className="sla-days">
            {ISO_WEEKDAYS.map((weekday) => {
              const day = t(`admin.sla.weekdays.${weekday}`);
              return (
                <div className="sla-day" role="group" aria-labelledby={`${id}-day-${weekday}`} key={weekday}>
                  <span className="sla-day__name" id={`${id}-day-${weekday}`}>
                    {day}
                  </span>
                  <IntervalsEditor
                    day={day}
                    path={`calendar.openingHours.${weekday}`}
                    intervals={form.openingHours[weekday]}
                    fields={fields}
                    onChange={(intervals) =>
                      onChange({ ...form, openingHours: { ...form.openingHours, [weekday]: intervals } })
                    }
                  />
                </div>
              );
            })}
          </div>
          <div>
            <button type="button" className="button button--small" onClick={copyMonday}>
              {t('admin.sla.calendar.copyMonday')}
            </button>
          </div>
        </fieldset>
      )}
    </fieldset>
  );
}
