import { z } from 'zod';
import { CHANNELS, type Channel } from '../channels';
import { searchKey } from '../knowledge/search';

export const MAX_STANDARD_ANSWER_TITLE_LENGTH = 200;
export const MAX_STANDARD_ANSWER_BODY_LENGTH = 4000;
export const MAX_STANDARD_ANSWER_KEYWORDS = 20;
export const MAX_STANDARD_ANSWER_KEYWORD_LENGTH = 50;
export const MAX_STANDARD_ANSWER_QUERY_LENGTH = 200;
export const MAX_STANDARD_ANSWER_RESULTS = 50;
export const DEFAULT_STANDARD_ANSWER_RESULTS = 10;

/** A standard answer from the knowledge base, inserted by agents and maintained by administrators. */
export interface StandardAnswerDto {
  id: string;
  title: string;
  /** May hold placeholders such as {{voornaam}} (see knowledge/placeholders.ts); plain text, never HTML. */
  body: string;
  /** Extra words it is found by ("verhuizen", "adreswijziging"). */
  keywords: string[];
  /** The channels it is offered on; empty: all channels. */
  channels: Channel[];
  /** A deactivated answer is kept (with its use count) but no longer offered to agents. */
  active: boolean;
  /** How often agents inserted it. */
  usageCount: number;
  createdAt: string;
  updatedAt: string;
  /** The administrator who last created or changed it, by their name at that moment. */
  updatedBy: { id: string; name: string };
}

const noControlCharacters = /^[^\p{Cc}]*$/u;
// A body is several paragraphs: line breaks and tabs are text, other control characters are not.
const onlyTextControls = /^(?:[^\p{Cc}]|[\n\t])*$/u;

// NFC so a composed and a decomposed "é" are the same text; runs of spaces become one in one-line fields.
const lineSchema = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(noControlCharacters, 'no control characters')
    .transform((text) => text.normalize('NFC').replace(/\s+/g, ' '));

const titleSchema = lineSchema(MAX_STANDARD_ANSWER_TITLE_LENGTH);

const bodySchema = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n'))
  .pipe(
    z
      .string()
      .trim()
      .min(1)
      .max(MAX_STANDARD_ANSWER_BODY_LENGTH)
      .regex(onlyTextControls, 'no control characters other than line breaks and tabs'),
  )
  .transform((text) => text.normalize('NFC'));

/** Keywords as typed, without doubles: "Verhuizen" and "verhuizen " are one keyword (the first one given). */
const keywordsSchema = z
  .array(lineSchema(MAX_STANDARD_ANSWER_KEYWORD_LENGTH))
  .max(MAX_STANDARD_ANSWER_KEYWORDS)
  .transform((keywords) => {
    const seen = new Set<string>();
    return keywords.filter((keyword) => {
      const key = searchKey(keyword);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

/** The channels in their usual order, each once; empty means every channel. */
const channelsSchema = z
  .array(z.enum(CHANNELS))
  .max(CHANNELS.length)
  .transform((channels) => CHANNELS.filter((channel) => channels.includes(channel)));

export const createStandardAnswerRequestSchema = z.strictObject({
  title: titleSchema,
  body: bodySchema,
  keywords: keywordsSchema.default([]),
  channels: channelsSchema.default([]),
});
export type CreateStandardAnswerRequest = z.input<typeof createStandardAnswerRequestSchema>;
export type CreateStandardAnswer = z.output<typeof createStandardAnswerRequestSchema>;

/** A change: a field left out is kept; `active` deactivates or reactivates. */
export const updateStandardAnswerRequestSchema = z.strictObject({
  title: titleSchema.optional(),
  body: bodySchema.optional(),
  keywords: keywordsSchema.optional(),
  channels: channelsSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateStandardAnswerRequest = z.input<typeof updateStandardAnswerRequestSchema>;
export type UpdateStandardAnswer = z.output<typeof updateStandardAnswerRequestSchema>;

/** `GET /api/standard-answers`: what an agent typed, the conversation's channel, how many to show. */
export const searchStandardAnswersQuerySchema = z.object({
  q: z.string().max(MAX_STANDARD_ANSWER_QUERY_LENGTH).optional(),
  channel: z.enum(CHANNELS).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_STANDARD_ANSWER_RESULTS).default(DEFAULT_STANDARD_ANSWER_RESULTS),
});
export type SearchStandardAnswersQuery = z.input<typeof searchStandardAnswersQuerySchema>;
