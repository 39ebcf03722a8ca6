import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkflowSettings } from '../topics/use-topics';
import { errorMessage } from '../ui/error-message';
import { TopicsListSection } from './TopicsListSection';
import { OUTCOMES_LIST, TOPICS_LIST, useUpdateWorkflowSettings } from './topic-queries';
import '../topics/topics.css';

/**
 * /admin/onderwerpen: the topics agents give conversations and the outcomes (gespreksresultaten) they close them
 * with, in the order agents see them; and whether a topic is required to resolve.
 */
export function TopicsPage() {
  const { t } = useTranslation();
  const [notice, setNotice] = useState('');

  return (
    <div className="admin-page__content">
      <div className="admin-page__heading">
        <h1>{t('admin.topics.title')}</h1>
        <p className="admin-page__intro">{t('admin.topics.intro')}</p>
      </div>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <TopicsListSection list={TOPICS_LIST} onNotice={setNotice}>
        <WorkflowSettingSwitch setting="topicRequiredToResolve" onNotice={setNotice} />
        <WorkflowSettingSwitch setting="autoAssign" onNotice={setNotice} />
        <WorkflowSettingSwitch setting="csatQuestion" onNotice={setNotice} />
      </TopicsListSection>
      <TopicsListSection list={OUTCOMES_LIST} onNotice={setNotice} />
    </div>
  );
}

const SWITCH_TEXTS = {
  topicRequiredToResolve: {
    label: 'admin.topics.required',
    hint: 'admin.topics.requiredHint',
    on: 'admin.topics.requiredOn',
    off: 'admin.topics.requiredOff',
  },
  autoAssign: {
    label: 'admin.topics.autoAssign',
    hint: 'admin.topics.autoAssignHint',
    on: 'admin.topics.autoAssignOn',
    off: 'admin.topics.autoAssignOff',
  },
  csatQuestion: {
    label: 'admin.topics.csat',
    hint: 'admin.topics.csatHint',
    on: 'admin.topics.csatOn',
    off: 'admin.topics.csatOff',
  },
} as const;

/** A workflow setting ("Onderwerp verplicht bij afronden", the satisfaction question), saved as soon as switched. */
function WorkflowSettingSwitch({
  setting,
  onNotice,
}: {
  setting: keyof typeof SWITCH_TEXTS;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const settings = useWorkflowSettings();
  const save = useUpdateWorkflowSettings();
  const id = useId();
  const texts = SWITCH_TEXTS[setting];
  const checked =
    save.isPending && save.variables[setting] !== undefined ? save.variables[setting] : settings.data?.[setting];

  return (
    <div className="admin-form__check topics-admin__setting">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked ?? false}
        disabled={!settings.isSuccess}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const value = event.target.checked;
          onNotice('');
          save.mutate({ [setting]: value }, { onSuccess: () => onNotice(t(value ? texts.on : texts.off)) });
        }}
      />
      <label htmlFor={id}>{t(texts.label)}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t(texts.hint)}
      </p>
      {(save.isError || settings.isError) && (
        <p className="form-error" role="alert">
          {errorMessage(save.error ?? settings.error, t)}
        </p>
      )}
    </div>
  );
}
