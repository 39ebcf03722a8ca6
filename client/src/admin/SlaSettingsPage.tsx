import type { IsoWeekday, SlaSettingsDto } from '@ingang/shared';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';
import { isApiError } from '../api/http';
import { useLanguage } from '../i18n/use-language';
import { errorMessage } from '../ui/error-message';
import { LoadingState } from '../ui/LoadingState';
import { Dialog } from '../ui/Dialog';
import { CalendarSection } from './sla-calendar-section';
import { ClosedDaysSection, ExceptionDaysSection } from './sla-days-sections';
import { slaFields, useFieldErrorText } from './sla-field';
import { fieldErrorsOf, issuesOfDetails, type FieldErrors } from './sla-field-errors';
import { labelOfPath } from './sla-field-labels';
import { HolidaysSection } from './sla-holidays-section';
import { civilDateOf, formatCivilDate } from './sla-moment';
import { PoliciesSection, usePolicyName } from './sla-policies-section';
import { PreviewPanel } from './sla-preview-panel';
import { useSaveSlaSettings, useSlaRecompute, useSlaSettings } from './sla-queries';
import { SavePanel } from './sla-save-panel';
import {
  changedParts,
  formFromSettings,
  isChanged,
  POLICY_NAMES,
  validateForm,
  type PolicyName,
  type SettingsPart,
  type SlaSettingsForm,
} from './sla-settings-form';
import './sla-settings.css';

/** /admin/werktijden: the working calendar and the SLA policies, with their effect on a sample deadline. */
export function SlaSettingsPage() {
  const { t } = useTranslation();
  const settings = useSlaSettings();

  return (
    <div className="admin-page__content sla-page">
      <div className="admin-page__heading">
        <h1>{t('admin.sla.title')}</h1>
        <p className="admin-page__intro">{t('admin.sla.intro')}</p>
      </div>
      {settings.isPending && <LoadingState label={t('admin.sla.loading')} />}
      {settings.isError && (
        <div role="alert" className="form-error">
          <p>{errorMessage(settings.error, t)}</p>
          <button type="button" className="button" onClick={() => void settings.refetch()}>
            {t('common.retry')}
          </button>
        </div>
      )}
      {settings.data && (
        <SlaSettingsEditor
          current={settings.data}
          reloading={settings.isFetching}
          reload={async () => (await settings.refetch()).data}
        />
      )}
    </div>
  );
}

const isPolicyName = (part: SettingsPart): part is PolicyName => (POLICY_NAMES as readonly string[]).includes(part);

interface Draft {
  /** The settings the administrator started from: their version is the one a save expects. */
  base: SlaSettingsDto;
  form: SlaSettingsForm;
}

function SlaSettingsEditor({
  current,
  reloading,
  reload,
}: {
  current: SlaSettingsDto;
  reloading: boolean;
  reload: () => Promise<SlaSettingsDto | undefined>;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const policyName = usePolicyName();
  const errorText = useFieldErrorText();
  const idPrefix = useId();
  const save = useSaveSlaSettings();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState('');
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const [serverErrors, setServerErrors] = useState<{ form: SlaSettingsForm; errors: FieldErrors } | null>(null);
  const recompute = useSlaRecompute(savedVersion);
  const [today] = useState(() => civilDateOf(new Date(), current.calendar.timeZone));

  const currentForm = useMemo(() => formFromSettings(current), [current]);
  const draftBaseForm = useMemo(() => (draft ? formFromSettings(draft.base) : null), [draft]);
  // A draft that has been edited back to what it started from is no draft: the screen follows the server again.
  const editing = draft && draftBaseForm && isChanged(draftBaseForm, draft.form) ? draft : null;
  const base = editing?.base ?? current;
  const baseForm = (editing && draftBaseForm) || currentForm;
  const form = editing?.form ?? currentForm;

  const validation = useMemo(() => validateForm(form), [form]);
  const errors: FieldErrors = validation.valid
    ? serverErrors?.form === form
      ? serverErrors.errors
      : {}
    : validation.errors;
  const fields = slaFields(idPrefix, errors);
  const parts = editing ? changedParts(baseForm, form) : [];
  const changed = editing !== null;
  const conflict = isApiError(save.error, 'CONFLICT') || (editing !== null && current.version > editing.base.version);

  const update = (next: SlaSettingsForm) => {
    setNotice('');
    setDraft({ base, form: next });
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!validation.valid || !changed || conflict) return;
    const submitted = form;
    save.mutate(
      { ...validation.request, expectedVersion: base.version },
      {
        onSuccess: (saved) => {
          setDraft(null);
          setServerErrors(null);
          setSavedVersion(saved.version);
          setNotice(t('admin.sla.save.saved'));
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) {
            setServerErrors({ form: submitted, errors: fieldErrorsOf(issuesOfDetails(error.details)) });
          }
        },
      },
    );
  };

  const reloadNewest = async () => {
    await reload();
    setDraft(null);
    setServerErrors(null);
    setSavedVersion(null);
    save.reset();
    setNotice(t('admin.sla.save.reloaded'));
  };

  // Leaving with unsaved changes asks first: inside the app with a dialog, closing the tab with the browser's own.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => changed && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (!changed) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [changed]);

  const labelNames = {
    weekday: (weekday: IsoWeekday) => t(`admin.sla.weekdays.${weekday}`),
    date: (date: string) => formatCivilDate(date, language),
    policy: policyName,
  };
  const errorSummary = Object.entries(errors).map(([path, error]) => {
    const label = labelOfPath(path, form, labelNames);
    return { targetId: fields.idOf(path), label: t(`admin.sla.${label.key}`, label.values), message: errorText(error) };
  });
  const partNames = parts.map((part) => (isPolicyName(part) ? policyName(part) : t(`admin.sla.parts.${part}`)));
  const saveProblem =
    save.isError && !conflict && !isApiError(save.error, 'VALIDATION_FAILED') ? errorMessage(save.error, t) : null;

  return (
    <>
      <p className="admin-notice" role="status">
        {notice}
      </p>
      <form className="sla-layout" noValidate onSubmit={submit} aria-label={t('admin.sla.title')}>
        <div className="sla-main">
          <CalendarSection form={form} fields={fields} onChange={update} />
          <HolidaysSection form={form} thisYear={Number(today.slice(0, 4))} onChange={update} />
          <ClosedDaysSection form={form} fields={fields} today={today} onChange={update} />
          <ExceptionDaysSection form={form} fields={fields} today={today} onChange={update} />
          <PoliciesSection form={form} fields={fields} onChange={update} />
        </div>
        <div className="sla-side">
          <SavePanel
            base={base}
            changedParts={changed ? (partNames.length > 0 ? partNames : [t('admin.sla.parts.other')]) : []}
            errorSummary={errorSummary}
            saving={save.isPending}
            problem={saveProblem ?? (serverErrors?.form === form ? t('admin.sla.save.serverInvalid') : null)}
            conflict={conflict}
            reloading={reloading}
            onReset={() => {
              setDraft(null);
              setServerErrors(null);
              save.reset();
            }}
            onReload={() => void reloadNewest()}
            recompute={{
              savedVersion,
              status: recompute.data,
              failed: recompute.isError,
              onRetry: () => void recompute.refetch(),
            }}
          />
          <PreviewPanel
            saved={base}
            edited={validation.valid ? validation.settings : null}
            changed={changed}
            timeZone={current.calendar.timeZone}
          />
        </div>
      </form>

      {blocker.state === 'blocked' && (
        <Dialog title={t('admin.sla.leave.title')} onClose={() => blocker.reset()}>
          <p className="dialog__text">{t('admin.sla.leave.message')}</p>
          <div className="admin-form__actions">
            <button type="button" className="button" data-autofocus onClick={() => blocker.reset()}>
              {t('admin.sla.leave.stay')}
            </button>
            <button type="button" className="button button--danger" onClick={() => blocker.proceed()}>
              {t('admin.sla.leave.leave')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
