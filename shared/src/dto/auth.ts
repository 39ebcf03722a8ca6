import { z } from 'zod';

export const ROLES = ['agent', 'supervisor', 'backoffice', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const loginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The back office of a back-office user; null for other roles. */
  departmentId: string | null;
  /** How many conversations the user may hold at once; null: no limit. */
  maxConversations: number | null;
}

export interface LoginResponse {
  token: string;
  user: UserDto;
}

/** What an administrator sees of a user: also whether (since when) they may no longer log in. */
export interface AdminUserDto extends UserDto {
  createdAt: string;
  disabledAt: string | null;
}

/** An active colleague, to hand a conversation to or mention in a note; online: has the app open right now. */
export interface ColleagueDto {
  id: string;
  name: string;
  role: Role;
  departmentId: string | null;
  online: boolean;
}

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_CONVERSATIONS_LIMIT = 100;

const userNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');
const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH).max(1024);
// null: no limit.
const maxConversationsSchema = z.number().int().min(1).max(MAX_CONVERSATIONS_LIMIT).nullable();

/**
 * A back-office user works for one department, which they must have; nobody else has one. The problem with this
 * pair, or null when it is fine (whether the department exists and is active is the server's to check).
 */
export function departmentRuleIssue(role: Role, departmentId: string | null): string | null {
  if (role === 'backoffice' && departmentId === null) return 'a back-office user needs a department';
  if (role !== 'backoffice' && departmentId !== null) return 'only a back-office user has a department';
  return null;
}

/** An administrator adds a user (there is no self-service sign-up). */
export const createUserRequestSchema = z
  .strictObject({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    name: userNameSchema,
    role: z.enum(ROLES),
    password: passwordSchema,
    departmentId: z.uuid().nullable().optional(),
    maxConversations: maxConversationsSchema.optional(),
  })
  .superRefine((user, context) => {
    const issue = departmentRuleIssue(user.role, user.departmentId ?? null);
    if (issue) context.addIssue({ code: 'custom', path: ['departmentId'], message: issue });
  });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

/**
 * A change to a user: a field left out is kept. `disabled: true` ends their sessions at once; `password` sets a new
 * one. Changing the role away from back office drops the department.
 */
export const updateUserRequestSchema = z.strictObject({
  name: userNameSchema.optional(),
  role: z.enum(ROLES).optional(),
  departmentId: z.uuid().nullable().optional(),
  maxConversations: maxConversationsSchema.optional(),
  disabled: z.boolean().optional(),
  password: passwordSchema.optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
