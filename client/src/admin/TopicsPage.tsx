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
        <TopicRequiredSwitch onNotice={setNotice} />
      </TopicsListSection>
      <TopicsListSection list={OUTCOMES_LIST} onNotice={setNotice} />
    </div>
  );
}

/** "Onderwerp verplicht bij afronden", saved as soon as it is switched. */
function TopicRequiredSwitch({ onNotice }: { onNotice: (notice: string) => void }) {
  const { t } = useTranslation();
  const settings = useWorkflowSettings();
  const save = useUpdateWorkflowSettings();
  const id = useId();
  const checked = save.isPending ? save.variables.topicRequiredToResolve : settings.data?.topicRequiredToResolve;

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
          const topicRequiredToResolve = event.target.checked;
          onNotice('');
          save.mutate(
            { topicRequiredToResolve },
            {
              onSuccess: () =>
                onNotice(t(topicRequiredToResolve ? 'admin.topics.requiredOn' : 'admin.topics.requiredOff')),
            },
          );
        }}
      />
      <label htmlFor={id}>{t('admin.topics.required')}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('admin.topics.requiredHint')}
      </p>
      {(save.isError || settings.isError) && (
        <p className="form-error" role="alert">
          {errorMessage(save.error ?? settings.error, t)}
        </p>
      )}
    </div>
  );
}
