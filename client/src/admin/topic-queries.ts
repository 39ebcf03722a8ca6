import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OutcomeDto, OutcomeKind, TopicDto, UpdateWorkflowSettingsRequest } from '@ingang/shared';
import {
  adminOutcomesApi,
  adminTopicsApi,
  outcomeKeys,
  topicKeys,
  updateWorkflowSettings,
  workflowSettingsKey,
} from '../topics/topics-api';

/** One of the administrator's two lists on /admin/onderwerpen: how to reach it, and what its entries carry. */
export interface NamedListConfig<E extends TopicDto> {
  /** The i18n key under `admin.topics` and the part of the element ids: `topics`, `outcomes`. */
  name: 'topics' | 'outcomes';
  /** Outcomes have a kind the reports count them under. */
  withKind: boolean;
  keys: { all: readonly unknown[]; active: readonly unknown[]; admin: readonly unknown[] };
  api: {
    fetchAll(signal?: AbortSignal): Promise<E[]>;
    create(request: { name: string; kind?: OutcomeKind }): Promise<E>;
    update(id: string, request: { name?: string; kind?: OutcomeKind; active?: boolean }): Promise<E>;
    deactivate(id: string): Promise<E>;
    reorder(ids: string[]): Promise<E[]>;
  };
}

export const TOPICS_LIST: NamedListConfig<TopicDto> = {
  name: 'topics',
  withKind: false,
  keys: topicKeys,
  api: adminTopicsApi,
};

export const OUTCOMES_LIST: NamedListConfig<OutcomeDto> = {
  name: 'outcomes',
  withKind: true,
  keys: outcomeKeys,
  api: adminOutcomesApi,
};

export function useNamedList<E extends TopicDto>(list: NamedListConfig<E>) {
  return useQuery({ queryKey: list.keys.admin, queryFn: ({ signal }) => list.api.fetchAll(signal) });
}

// Every list of the entries is stale after a change, the agents' choice of active ones included.
function useEntryMutation<E extends TopicDto, T>(list: NamedListConfig<E>, mutationFn: (input: T) => Promise<E>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: list.keys.all }) });
}

export function useCreateEntry<E extends TopicDto>(list: NamedListConfig<E>) {
  return useEntryMutation(list, (request: { name: string; kind?: OutcomeKind }) => list.api.create(request));
}

export function useUpdateEntry<E extends TopicDto>(list: NamedListConfig<E>) {
  return useEntryMutation(list, ({ id, request }: { id: string; request: Parameters<typeof list.api.update>[1] }) =>
    list.api.update(id, request),
  );
}

export function useDeactivateEntry<E extends TopicDto>(list: NamedListConfig<E>) {
  return useEntryMutation(list, (id: string) => list.api.deactivate(id));
}

/**
 * Puts a list in a new order, shown at once. Moves run one after another, each sending the whole order it
 * expects; a failure (another administrator changed the list: 409) reloads it.
 */
export function useReorder<E extends TopicDto>(list: NamedListConfig<E>) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: { id: `reorder-${list.name}` },
    mutationFn: (entries: E[]) => list.api.reorder(entries.map((entry) => entry.id)),
    onMutate: async (entries) => {
      await queryClient.cancelQueries({ queryKey: list.keys.admin, exact: true });
      queryClient.setQueryData<E[]>(list.keys.admin, entries);
    },
    onSuccess: (entries) => {
      queryClient.setQueryData<E[]>(list.keys.admin, entries);
      void queryClient.invalidateQueries({ queryKey: list.keys.active });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: list.keys.admin, exact: true }),
  });
}

export function useUpdateWorkflowSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: UpdateWorkflowSettingsRequest) => updateWorkflowSettings(settings),
    onSuccess: (settings) => queryClient.setQueryData(workflowSettingsKey, settings),
  });
}
