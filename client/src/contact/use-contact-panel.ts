import { useCallback, useState } from 'react';

const STORAGE_KEY = 'ingang.contactPanel';
// Beside the thread from this width on; below it the panel lies over the thread and starts closed.
export const SIDE_BY_SIDE_QUERY = '(min-width: 1280px)';

function isSideBySide(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(SIDE_BY_SIDE_QUERY).matches;
}

function storedPreference(): boolean | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === null ? null : stored === 'open';
  } catch {
    return null;
  }
}

/** Whether the citizen panel is open: remembered per browser on wide screens, closed at first on narrow ones. */
export function useContactPanel(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(() => isSideBySide() && (storedPreference() ?? true));
  const change = useCallback((next: boolean) => {
    setOpen(next);
    if (!isSideBySide()) return;
    try {
      localStorage.setItem(STORAGE_KEY, next ? 'open' : 'closed');
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this conversation only.
    }
  }, []);
  return [open, change];
}
