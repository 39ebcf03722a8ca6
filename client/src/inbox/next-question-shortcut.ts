/** Whether a key press is the "next question" shortcut: a plain `n`, not while typing in a field or a dialog is open. */
export function isNextQuestionShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat' | 'defaultPrevented'>,
  target: { tagName: string; isContentEditable: boolean; type?: string } | null,
  dialogOpen: boolean,
): boolean {
  if (event.key !== 'n' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
  if (event.repeat || event.defaultPrevented || dialogOpen) return false;
  if (!target) return true;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return false;
  // Checkboxes and radios take no text; every other input does.
  return !(target.tagName === 'INPUT' && target.type !== 'checkbox' && target.type !== 'radio');
}
