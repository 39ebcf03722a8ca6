import { z } from 'zod';
import type { PersonDto } from './workflow';

export const CALLBACK_STATUSES = ['open', 'done'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];

/** reached: someone spoke to the citizen; not-reached: given up after trying; cancelled: no longer needed. */
export const CALLBACK_OUTCOMES = ['reached', 'not-reached', 'cancelled'] as const;
export type CallbackOutcome = (typeof CALLBACK_OUTCOMES)[number];

/** The list filter for callbacks the KCC itself makes (no department). */
export const KCC_CALLBACKS = 'kcc';

export const MAX_PHONE_INPUT_LENGTH = 40;
export const MAX_PREFERRED_MOMENT_LENGTH = 100;
export const MAX_CALLBACK_NOTE_LENGTH = 2000;

export interface CallbackAttemptDto {
  at: string;
  by: PersonDto;
  /** Whether someone spoke to the citizen. */
  reached: boolean;
  note: string;
}

/**
 * A callback request (*terugbelverzoek*; Open Klant 2: an `InterneTaak` with `gevraagdeHandeling` "Terugbellen",
 * `te_verwerken` while open, `verwerkt` once done). Its deadline is the callback policy of the SLA settings.
 */
export interface CallbackDto {
  id: string;
  conversationId: string;
  contact: { id: string; displayName: string };
  /** E.164, e.g. "+31612345678". */
  phone: string;
  /** When the citizen prefers to be called, as they said it ("na 14:00") or an ISO moment; null: any time. */
  preferredMoment: string | null;
  /** What the call is about. */
  note: string;
  /** The back office that calls back; null: the KCC itself. */
  department: PersonDto | null;
  status: CallbackStatus;
  outcome: CallbackOutcome | null;
  /** What was said when it was done (the reason, for a cancelled one). */
  outcomeNote: string | null;
  deadlineAt: string;
  atRiskAt: string;
  createdBy: PersonDto;
  createdAt: string;
  completedAt: string | null;
  completedBy: PersonDto | null;
  /** The first attempt that reached the citizen: the norms "80% within 1 (2) working days" count to here. */
  firstReachedAt: string | null;
  /** Oldest first. */
  attempts: CallbackAttemptDto[];
}

const NATIONAL_TRUNK = '0';
const NETHERLANDS = '31';

/**
 * A phone number as typed by an agent or taken from WhatsApp, in E.164 ("+31612345678"); null when it is not one.
 * Dutch numbers ("06-12345678", "020 624 1111", "+31 (0)6 …", "0031 6 …") need their nine digits after the 0 or
 * +31; others need a country code (+ or 00) and 8 to 15 digits in all. Spaces, dashes, dots, slashes and brackets
 * are separators; anything else (letters, "ext") makes it no phone number.
 */
export function normalisePhoneNumber(input: string): string | null {
  const typed = input.trim();
  if (typed.length === 0 || typed.length > MAX_PHONE_INPUT_LENGTH) return null;
  // "+31 (0)20 …": the trunk zero in brackets is written, but not dialled from abroad.
  const compact = typed.replace(/^(\+|00)(\d{1,3})\s*\(0\)/, '$1$2').replace(/[\s\-./()]/g, '');
  if (!/^\+?\d+$/.test(compact)) return null;
  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (compact.startsWith(NATIONAL_TRUNK)) international = NETHERLANDS + compact.slice(1);
  // Digits alone could be a Dutch number without its 0 or a foreign one without its +: ambiguous.
  else return null;
  if (international.startsWith(NETHERLANDS)) {
    let national = international.slice(NETHERLANDS.length);
    // "+31 06 …": the trunk zero written after the country code.
    if (national.startsWith(NATIONAL_TRUNK)) national = national.slice(1);
    return /^[1-9]\d{8}$/.test(national) ? `+${NETHERLANDS}${national}` : null;
  }
  return /^[1-9]\d{7,14}$/.test(international) ? `+${international}` : null;
}

// Dutch area codes of two digits (after the 0); the others have three. 6 is mobile, 85/88 company numbers.
const TWO_DIGIT_AREA_CODES = new Set([
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46', '50', '53', '55',
  '58', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '84', '85', '87', '88',
]); // prettier-ignore

/** "+31 6 1234 5678", "+31 20 624 1111": an E.164 number grouped to be read out; foreign numbers as they are. */
export function formatPhoneNumber(e164: string): string {
  if (!/^\+31[1-9]\d{8}$/.test(e164)) return e164;
  const national = e164.slice(3);
  if (national.startsWith('6')) return `+31 6 ${national.slice(1, 5)} ${national.slice(5)}`;
  const areaLength = TWO_DIGIT_AREA_CODES.has(national.slice(0, 2)) ? 2 : 3;
  const area = national.slice(0, areaLength);
  const subscriber = national.slice(areaLength);
  return `+31 ${area} ${subscriber.slice(0, 3)} ${subscriber.slice(3)}`;
}

const phoneNumberSchema = z
  .string()
  .max(MAX_PHONE_INPUT_LENGTH)
  .transform((typed, context) => {
    const phone = normalisePhoneNumber(typed);
    if (phone !== null) return phone;
    context.addIssue({
      code: 'custom',
      message: 'not a phone number: a Dutch number (06-12345678, 020 624 1111) or one with its country code (+32 …)',
    });
    return z.NEVER;
  });

// Notes may run over several lines; other control characters never belong in them (they end up in exports).
const noteSchema = z
  .string()
  .trim()
  .max(MAX_CALLBACK_NOTE_LENGTH)
  .regex(/^(?:[^\p{Cc}]|[\n\r\t])*$/u, 'no control characters');

/** Book a callback from a conversation: the phone number, when the citizen prefers, what it is about, and who calls. */
export const createCallbackRequestSchema = z.strictObject({
  phone: phoneNumberSchema,
  preferredMoment: z
    .string()
    .trim()
    .max(MAX_PREFERRED_MOMENT_LENGTH)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters')
    .nullable()
    .default(null)
    .transform((moment) => moment || null),
  note: noteSchema.min(1),
  /** The back office that calls back; null or left out: the KCC. */
  departmentId: z.uuid().nullable().default(null),
});
export type CreateCallbackRequest = z.input<typeof createCallbackRequestSchema>;
export type CreateCallback = z.output<typeof createCallbackRequestSchema>;

/** One try to call the citizen. */
export const callbackAttemptRequestSchema = z.strictObject({
  reached: z.boolean(),
  note: noteSchema.default(''),
});
export type CallbackAttemptRequest = z.input<typeof callbackAttemptRequestSchema>;
export type CallbackAttempt = z.output<typeof callbackAttemptRequestSchema>;

/** Done, with how it ended; a cancelled callback says why. */
export const completeCallbackRequestSchema = z
  .strictObject({
    outcome: z.enum(CALLBACK_OUTCOMES),
    note: noteSchema.default(''),
  })
  .refine(({ outcome, note }) => outcome !== 'cancelled' || note.length > 0, {
    error: 'say why the callback is cancelled',
    path: ['note'],
  });
export type CompleteCallbackRequest = z.input<typeof completeCallbackRequestSchema>;
export type CompleteCallback = z.output<typeof completeCallbackRequestSchema>;

/**
 * `GET /api/callbacks`: open ones by default, earliest deadline first. `departmentId` is a department or "kcc";
 * `mine=true`: the ones I booked.
 */
export const listCallbacksQuerySchema = z.object({
  status: z.enum(CALLBACK_STATUSES).default('open'),
  departmentId: z.union([z.literal(KCC_CALLBACKS), z.uuid()]).optional(),
  conversationId: z.uuid().optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((mine) => mine === 'true')
    .default(false),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ListCallbacksQuery = z.input<typeof listCallbacksQuerySchema>;
export type CallbackListFilter = z.output<typeof listCallbacksQuerySchema>;
