import { useTranslation } from 'react-i18next';
import type { ReplyBlock } from './conversation-actions';

/** Why the citizen cannot be answered from here now; the note box below stays for colleagues. */
export function ReplyBlockedNotice({ block }: { block: ReplyBlock }) {
  const { t } = useTranslation();
  const text =
    block.reason === 'held'
      ? t('notes.blocked.held', { name: block.holder.name })
      : block.reason === 'escalated'
        ? t('notes.blocked.escalated', { department: block.department.name })
        : t('notes.blocked.resolved');
  return (
    <p className={`reply-blocked reply-blocked--${block.reason}`}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
        <path d="M5.2 7V5.2a2.8 2.8 0 0 1 5.6 0V7" fill="none" stroke="currentColor" strokeWidth="1.6" />
      </svg>
      <span>{text}</span>
    </p>
  );
}
