import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EscalateRequest, EscalationDto, ReplyRequest } from '@ingang/shared';
import { applyEscalationUpdates } from '../api/use-realtime-cache';
import {
  answerEscalation,
  bounceEscalation,
  escalateConversation,
  escalationKeys,
  fetchEscalations,
  returnEscalation,
  type EscalationFilter,
} from './escalations-api';

/** The escalations of a department (or all), nearest deadline first; kept live by the socket's escalation events. */
export function useEscalations(filter: EscalationFilter, enabled = true) {
  return useQuery({
    queryKey: escalationKeys.list(filter),
    queryFn: ({ signal }) => fetchEscalations(filter, signal),
    enabled,
  });
}

export function useEscalate(conversationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EscalateRequest) => escalateConversation(conversationId, request),
    onSuccess: (escalation) => applyEscalationUpdates(queryClient, [escalation]),
  });
}

/** What the back office does with an escalation: answer the citizen, give webcare an internal answer, or bounce. */
export type EscalationOutcome =
  { kind: 'answer'; reply: ReplyRequest } | { kind: 'return'; text: string } | { kind: 'bounce'; text: string };

export function useCloseEscalation(escalation: EscalationDto) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (outcome: EscalationOutcome): Promise<void> => {
      if (outcome.kind === 'answer') {
        await answerEscalation(escalation.id, outcome.reply);
        return;
      }
      const closed =
        outcome.kind === 'return'
          ? await returnEscalation(escalation.id, { text: outcome.text })
          : await bounceEscalation(escalation.id, { text: outcome.text });
      applyEscalationUpdates(queryClient, [closed]);
    },
  });
}
