import { z } from 'zod';

export const MAX_LIST_NAME_LENGTH = 100;
/** More topics than this on one conversation is a mistake, not a classification. */
export const MAX_TOPICS_PER_CONVERSATION = 25;
/** The most entries one reorder may name (the administrator's lists stay far below it). */
export const MAX_LIST_ENTRIES = 1000;

/** What a conversation is about (Afval, Paspoort en ID-kaart, …): reports count the top topics. */
export interface TopicDto {
  id: string;
  name: string;
  /** A deactivated topic stays on the conversations that have it but cannot be chosen anew. */
  active: boolean;
  /** The administrator's order; lists sort by it, then by name. */
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

/** Whether an agent must choose a topic before a conversation can be resolved. */
export interface WorkflowSettingsDto {
  topicRequiredToResolve: boolean;
  /** After resolving, ask the citizen in the channel for a mark from 1 to 10 (CSAT). */
  csatQuestion: boolean;
  /** Hand waiting questions to the least-loaded online agent, within each agent's capacity. */
  autoAssign: boolean;
}

// A name in one of the administrator's lists (topics, outcomes). No control characters (names end up in audit
// lines); runs of spaces become one, so "Openbare  ruimte" is no second entry; NFC so a composed and a decomposed
// "é" are the same name.
export const listNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_LIST_NAME_LENGTH)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters')
  .transform((name) => name.normalize('NFC').replace(/\s+/g, ' '));

/** Names in a list are unique regardless of case: "afval" is the topic "Afval". */
export function listNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export const sortOrderSchema = z.number().int().min(0).max(1_000_000);

// Ids are stored as randomUUID() writes them: lower case.
const idSchema = z.uuid().transform((id) => id.toLowerCase());

/** The order every list of topics or outcomes is shown in: the administrator's order, then by name. */
export function byListOrder<T extends { sortOrder: number; name: string; id: string }>(a: T, b: T): number {
  return a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'nl') || a.id.localeCompare(b.id);
}

export const createTopicRequestSchema = z.strictObject({
  name: listNameSchema,
  /** Left out: after the last one. */
  sortOrder: sortOrderSchema.optional(),
});
export type CreateTopicRequest = z.input<typeof createTopicRequestSchema>;
export type CreateTopic = z.output<typeof createTopicRequestSchema>;

/** A change: a field left out is kept; `active` deactivates or reactivates. */
export const updateTopicRequestSchema = z.strictObject({
  name: listNameSchema.optional(),
  sortOrder: sortOrderSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateTopicRequest = z.input<typeof updateTopicRequestSchema>;
export type UpdateTopic = z.output<typeof updateTopicRequestSchema>;

/** A new order for a whole list (topics or outcomes): every id of the list once, deactivated ones included. */
export const reorderRequestSchema = z.strictObject({
  ids: z
    .array(idSchema)
    .min(1)
    .max(MAX_LIST_ENTRIES)
    .refine((ids) => new Set(ids).size === ids.length, 'every id once'),
});
export type ReorderRequest = z.infer<typeof reorderRequestSchema>;

/** The topics of a conversation, replacing what it had; an empty list clears them. A repeated id counts once. */
export const setConversationTopicsRequestSchema = z.strictObject({
  topicIds: z
    .array(idSchema)
    .max(MAX_TOPICS_PER_CONVERSATION)
    .transform((ids) => [...new Set(ids)]),
});
export type SetConversationTopicsRequest = z.input<typeof setConversationTopicsRequestSchema>;

/** Either setting, or both; what is left out stays as it is. */
export const updateWorkflowSettingsRequestSchema = z
  .strictObject({
    topicRequiredToResolve: z.boolean().optional(),
    csatQuestion: z.boolean().optional(),
    autoAssign: z.boolean().optional(),
  })
  .refine((request) => Object.keys(request).length > 0, { error: 'expected at least one setting' });
export type UpdateWorkflowSettingsRequest = z.infer<typeof updateWorkflowSettingsRequestSchema>;
