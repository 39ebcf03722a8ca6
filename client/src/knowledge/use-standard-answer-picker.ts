import { rankStandardAnswers, type Channel, type StandardAnswerDto } from '@ingang/shared';
import { useId, useState } from 'react';
import { nextActiveIndex } from './list-navigation';
import { PICKER_RESULTS, useStandardAnswerSearch } from './use-standard-answers';

export interface StandardAnswerPickerState {
  listboxId: string;
  optionId: (index: number) => string;
  answers: StandardAnswerDto[];
  activeIndex: number;
  activeAnswer: StandardAnswerDto | null;
  activeOptionId: string | undefined;
  loading: boolean;
  failed: boolean;
  retry: () => void;
  setActiveIndex: (index: number) => void;
  /** An arrow key moved the active option: the caller prevents the key's default. */
  move: (key: string) => boolean;
}

/**
 * The answers offered for what the agent typed, and which one is active. What the last answer from the server holds
 * is filtered at once with the server's own rules, so the list never lags a keystroke behind (and Enter never picks
 * an answer for the previous search); the server's answer for the new search then completes it.
 */
export function useStandardAnswerPicker(query: string, channel: Channel, open: boolean): StandardAnswerPickerState {
  const listboxId = useId();
  const search = useStandardAnswerSearch(query, channel, open);
  const answers = open ? rankStandardAnswers(search.data ?? [], query).slice(0, PICKER_RESULTS) : [];
  // The active option is remembered by answer, so a list completed by the server keeps the one the agent chose; a
  // new search starts at its best answer.
  const [active, setActive] = useState<{ query: string; id: string | null }>({ query, id: null });
  const activeId = active.query === query ? active.id : null;
  const found = answers.findIndex((answer) => answer.id === activeId);
  const activeIndex = answers.length === 0 ? -1 : Math.max(found, 0);
  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const setActiveIndex = (index: number) => setActive({ query, id: answers[index]?.id ?? null });

  return {
    listboxId,
    optionId,
    answers,
    activeIndex,
    activeAnswer: answers[activeIndex] ?? null,
    activeOptionId: activeIndex >= 0 ? optionId(activeIndex) : undefined,
    loading: open && search.isPending,
    failed: open && search.isError && !search.data,
    retry: () => void search.refetch(),
    setActiveIndex,
    move: (key: string) => {
      const next = nextActiveIndex(activeIndex, key, answers.length);
      if (next === null) return false;
      setActiveIndex(next);
      return true;
    },
  };
}
