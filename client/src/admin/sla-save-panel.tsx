import type { SlaRecomputeDto, SlaSettingsDto } from '@ingang/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { recomputeProgress } from './sla-recompute';

export interface ErrorSummaryItem {
  /** The input to focus, by id. */
  targetId: string;
  label: string;
  message: string;
}

/** Save, undo, what is unsaved, why saving cannot happen yet, and after a save how far the recompute is. */
export function SavePanel({
  base,
  changedParts,
  errorSummary,
  saving,
  problem,
  conflict,
  onReset,
  onReload,
  reloading,
  recompute,
}: {
  base: SlaSettingsDto;
  /** Translated names of what changed; empty when nothing did. */
  changedParts: string[];
  errorSummary: ErrorSummaryItem[];
  saving: boolean;
  /** A failed save other than a conflict, as text. */
  problem: string | null;
  conflict: boolean;
  onReset: () => void;
  onReload: () => void;
  reloading: boolean;
  recompute: {
    savedVersion: number | null;
    status: SlaRecomputeDto | undefined;
    failed: boolean;
    onRetry: () => void;
  };
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const id = useId();
  const changed = changedParts.length > 0;
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL');

  const focusField = (targetId: string) => {
    // A list's error (overlapping intervals) has no input of its own: its first interval stands in.
    const target = document.getElementById(targetId) ?? document.getElementById(`${targetId}-0-from`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus();
  };

  return (
    <section className="admin-section sla-save" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('admin.sla.save.title')}
      </h2>
      <div role="status" className="sla-save__state">
        {changed ? (
          <>
            <p className="sla-save__unsaved">
              <span className="sla-save__dot" aria-hidden="true" />
              {t('admin.sla.save.unsaved')}
            </p>
            <p className="sla-save__parts">{t('admin.sla.save.unsavedParts', { parts: changedParts.join(', ') })}</p>
          </>
        ) : (
          <p className="sla-save__clean">{t('admin.sla.save.noChanges')}</p>
        )}
      </div>

      {errorSummary.length > 0 && (
        <div className="sla-save__errors" aria-labelledby={`${id}-errors`} role="group">
          <p id={`${id}-errors`} className="sla-save__errors-title">
            {t('admin.sla.save.invalid', { count: errorSummary.length })}
          </p>
          <ul>
            {errorSummary.map((item) => (
              <li key={item.targetId}>
                <a
                  href={`#${item.targetId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(item.targetId);
                  }}
                >
                  {item.label}
                </a>
                : {item.message}
              </li>
            ))}
          </ul>
        </div>
      )}

      {conflict && (
        <div className="form-error sla-save__conflict" role="alert">
          <p>{t('admin.sla.save.conflict')}</p>
          <button type="button" className="button" disabled={reloading} onClick={onReload}>
            {t('admin.sla.save.reload')}
          </button>
        </div>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}

      <div className="admin-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!changed || errorSummary.length > 0 || saving || conflict}
          aria-busy={saving || undefined}
        >
          {saving ? t('admin.sla.save.saving') : t('admin.sla.save.save')}
        </button>
        <button type="button" className="button" disabled={!changed || saving} onClick={onReset}>
          {t('admin.sla.save.reset')}
        </button>
      </div>

      {recompute.savedVersion !== null && (
        <RecomputeProgressView
          savedVersion={recompute.savedVersion}
          status={recompute.status}
          failed={recompute.failed}
          onRetry={recompute.onRetry}
          format={(value) => number.format(value)}
        />
      )}

      <p className="sla-save__last">
        {base.updatedAt === null
          ? t('admin.sla.save.neverChanged')
          : base.updatedBy
            ? t('admin.sla.save.lastChanged', { name: base.updatedBy, at: formatDateTime(base.updatedAt, language) })
            : t('admin.sla.save.lastChangedAt', { at: formatDateTime(base.updatedAt, language) })}
      </p>
    </section>
  );
}

function RecomputeProgressView({
  savedVersion,
  status,
  failed,
  onRetry,
  format,
}: {
  savedVersion: number;
  status: SlaRecomputeDto | undefined;
  failed: boolean;
  onRetry: () => void;
  format: (value: number) => string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const progress = recomputeProgress(status, savedVersion);
  if (failed && progress.state !== 'finished') {
    return (
      <div className="form-error" role="alert">
        <p>{t('admin.sla.recompute.failed')}</p>
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="sla-recompute">
      {progress.state === 'running' && (
        <>
          <p id={`${id}-label`}>
            {t('admin.sla.recompute.running', { done: format(progress.done), total: format(progress.total) })}
          </p>
          <progress aria-labelledby={`${id}-label`} max={Math.max(progress.total, 1)} value={progress.done} />
        </>
      )}
      {/* Announced once when it starts and once when it ends, not at every poll. */}
      <p role="status" className={progress.state === 'finished' ? 'sla-recompute__done' : undefined}>
        {progress.state === 'starting' && t('admin.sla.recompute.starting')}
        {progress.state === 'finished' &&
          (progress.total === 0
            ? t('admin.sla.recompute.none')
            : t('admin.sla.recompute.finished', { count: progress.total, total: format(progress.total) }))}
      </p>
    </div>
  );
}
