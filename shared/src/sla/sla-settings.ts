import { z } from 'zod';
import { CHANNELS, type Channel } from '../channels';
import { workingCalendarSchema } from '../calendar/calendar.schema';
import { DEFAULT_CALENDAR, type WorkingCalendar } from '../calendar/working-calendar';
import { DEFAULT_SLA_POLICY, type SlaPolicy } from './sla-state';

/** A year of working hours: long enough for any promise a municipality makes, short enough to stay computable. */
export const MAX_POLICY_HOURS = 2000;

/** Escalations to a back office: 2 working days by default (PRODUCT.md), at risk with half a day left. */
export const DEFAULT_ESCALATION_POLICY: SlaPolicy = { answerWithinHours: 48, atRiskHours: 8 };
/** Callback requests: 1 working day (norm: 80% within 1 working day). */
export const DEFAULT_CALLBACK_POLICY: SlaPolicy = { answerWithinHours: 24, atRiskHours: 4 };

/** Everything an administrator sets for the SLA clock; the server stores it, the browser counts down with it. */
export interface SlaSettings {
  readonly calendar: WorkingCalendar;
  /** Per channel: how long a citizen may wait for an answer. */
  readonly channels: Readonly<Record<Channel, SlaPolicy>>;
  /** A back office's deadline for an escalation (a department may set its own). */
  readonly escalation: SlaPolicy;
  /** The deadline for calling a citizen back. */
  readonly callback: SlaPolicy;
}

export interface SlaSettingsDto extends SlaSettings {
  /** Raised by every save; a save must name the version it edited (409 when someone else saved meanwhile). */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Progress of recomputing every open deadline after a save (`GET /api/admin/sla-settings/recompute`). */
export interface SlaRecomputeDto {
  /** The settings version being (or last) applied. */
  version: number;
  /** Open conversations to recompute, and how many are done. */
  total: number;
  done: number;
  finishedAt: string | null;
}

export const DEFAULT_SLA_SETTINGS: SlaSettings = Object.freeze({
  calendar: DEFAULT_CALENDAR,
  channels: Object.freeze(
    Object.fromEntries(CHANNELS.map((channel) => [channel, DEFAULT_SLA_POLICY])) as Record<Channel, SlaPolicy>,
  ),
  escalation: DEFAULT_ESCALATION_POLICY,
  callback: DEFAULT_CALLBACK_POLICY,
});

export const slaPolicySchema = z
  .strictObject({
    answerWithinHours: z
      .number({ error: 'expected a number of working hours' })
      .positive({ error: 'must be more than 0 working hours' })
      .max(MAX_POLICY_HOURS, { error: `must be at most ${MAX_POLICY_HOURS} working hours` })
      .refine((hours) => Number.isInteger(hours * 60), { error: 'expected whole minutes' }),
    atRiskHours: z
      .number({ error: 'expected a number of working hours' })
      .min(0, { error: 'cannot be negative' })
      .max(MAX_POLICY_HOURS)
      .refine((hours) => Number.isInteger(hours * 60), { error: 'expected whole minutes' }),
  })
  .refine(({ answerWithinHours, atRiskHours }) => atRiskHours < answerWithinHours, {
    error: 'the at-risk warning must come before the deadline',
    path: ['atRiskHours'],
  });

const policyWithDefault = (fallback: SlaPolicy) => slaPolicySchema.default(() => ({ ...fallback }));

export const slaSettingsSchema = z.strictObject({
  calendar: workingCalendarSchema.default(() => workingCalendarSchema.parse({})),
  channels: z
    .strictObject(
      Object.fromEntries(CHANNELS.map((channel) => [channel, policyWithDefault(DEFAULT_SLA_POLICY)])) as Record<
        Channel,
        ReturnType<typeof policyWithDefault>
      >,
    )
    .default(() => Object.fromEntries(CHANNELS.map((channel) => [channel, { ...DEFAULT_SLA_POLICY }])) as never),
  escalation: policyWithDefault(DEFAULT_ESCALATION_POLICY),
  callback: policyWithDefault(DEFAULT_CALLBACK_POLICY),
});

/** `PUT /api/admin/sla-settings`: the whole settings and the version they were edited from. */
export const updateSlaSettingsSchema = slaSettingsSchema.extend({
  expectedVersion: z.number().int().min(0),
});
export type UpdateSlaSettingsRequest = z.input<typeof updateSlaSettingsSchema>;

/** Parses stored or submitted JSON; missing fields take the defaults, errors name their path. */
export function validateSlaSettings(input: unknown): SlaSettings {
  return slaSettingsSchema.parse(input);
}
