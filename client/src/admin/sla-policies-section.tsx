import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChannelIcon } from '../ui/ChannelIcon';
import { FieldErrorMessage, fieldAttributes, type SlaFields } from './sla-field';
import { POLICY_NAMES, policyPath, type PolicyForm, type PolicyName, type SlaSettingsForm } from './sla-settings-form';

/** "WhatsApp", "Doorzetten naar backoffice": how the screen names a policy. */
export function usePolicyName() {
  const { t } = useTranslation();
  return (policy: PolicyName) =>
    policy === 'escalation' || policy === 'callback' ? t(`admin.sla.policies.names.${policy}`) : t(`channel.${policy}`);
}

const FIELDS = [
  { field: 'answerWithinHours', before: 'admin.sla.policies.answerWithin', after: 'admin.sla.policies.hours' },
  { field: 'atRiskHours', before: 'admin.sla.policies.atRisk', after: 'admin.sla.policies.hoursBeforeDeadline' },
] as const satisfies readonly { field: keyof PolicyForm; before: string; after: string }[];

/** Per channel, for escalations and for callbacks: the deadline and the at-risk warning, in working hours. */
export function PoliciesSection({
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
  const policyName = usePolicyName();

  return (
    <fieldset className="admin-section sla-section">
      <legend className="sla-section__legend">{t('admin.sla.policies.legend')}</legend>
      <p className="field__hint">{t('admin.sla.policies.hint')}</p>
      <table className="admin-table sla-policies">
        <thead>
          <tr>
            <th scope="col" id={`${id}-policy`}>
              {t('admin.sla.policies.policy')}
            </th>
            {FIELDS.map(({ field, before }) => (
              <th scope="col" id={`${id}-${field}`} key={field}>
                {t(before)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {POLICY_NAMES.map((policy) => (
            <tr key={policy}>
              <th scope="row" id={`${id}-${policy}`}>
                <span className="sla-policies__name">
                  {policy !== 'escalation' && policy !== 'callback' && <ChannelIcon channel={policy} size={20} />}
                  {policyName(policy)}
                </span>
              </th>
              {FIELDS.map(({ field, after }) => {
                const path = `${policyPath(policy)}.${field}`;
                const unitId = `${id}-${policy}-${field}-unit`;
                return (
                  <td key={field}>
                    <div className="sla-policies__input">
                      <input
                        {...fieldAttributes(fields, path)}
                        // "WhatsApp, Antwoord binnen, werkuren": row, column and unit name the input.
                        aria-labelledby={`${id}-${policy} ${id}-${field} ${unitId}`}
                        className="sla-hours"
                        type="number"
                        inputMode="decimal"
                        min={0}
                        step="any"
                        value={form.policies[policy][field]}
                        onChange={(event) =>
                          onChange({
                            ...form,
                            policies: {
                              ...form.policies,
                              [policy]: { ...form.policies[policy], [field]: event.target.value },
                            },
                          })
                        }
                      />
                      <span id={unitId}>{t(after)}</span>
                    </div>
                    <FieldErrorMessage fields={fields} path={path} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
