import { holidaysInYear } from '@ingang/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { formatCivilDate } from './sla-moment';
import { calendarOfForm, type SlaSettingsForm } from './sla-settings-form';

/** The statutory holidays of this year or the next, each with its switch; a switch holds for every year. */
export function HolidaysSection({
  form,
  thisYear,
  onChange,
}: {
  form: SlaSettingsForm;
  thisYear: number;
  onChange: (form: SlaSettingsForm) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const [year, setYear] = useState(thisYear);
  const holidays = holidaysInYear(calendarOfForm(form), year);

  return (
    <fieldset className="admin-section sla-section">
      <legend className="sla-section__legend">{t('admin.sla.holidays.legend')}</legend>
      <p className="field__hint">{t('admin.sla.holidays.hint')}</p>
      <div className="sla-inline-field">
        <label htmlFor={`${id}-year`}>{t('admin.sla.holidays.year')}</label>
        <select id={`${id}-year`} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {[thisYear, thisYear + 1].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
      <table className="admin-table sla-holidays">
        <caption className="visually-hidden">{t('admin.sla.holidays.caption', { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.sla.holidays.date')}</th>
            <th scope="col">{t('admin.sla.holidays.name')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('admin.sla.holidays.closedColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((holiday) => {
            const name = t(`admin.sla.holidays.names.${holiday.name}`);
            const inputId = `${id}-${holiday.name}`;
            return (
              <tr key={holiday.name}>
                <td className="admin-table__nowrap">{formatCivilDate(holiday.date, language)}</td>
                <th scope="row">{name}</th>
                <td>
                  <label className="sla-switch" htmlFor={inputId}>
                    <input
                      id={inputId}
                      type="checkbox"
                      role="switch"
                      checked={holiday.closed}
                      aria-label={t('admin.sla.holidays.closedLabel', { name })}
                      onChange={(event) =>
                        onChange({ ...form, holidays: { ...form.holidays, [holiday.name]: event.target.checked } })
                      }
                    />
                    <span aria-hidden="true">{t('admin.sla.holidays.closed')}</span>
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
