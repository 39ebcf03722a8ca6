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
}

export interface LoginResponse {
  token: string;
  user: UserDto;
}

/** An administrator adds a user (there is no self-service sign-up). */
export const createUserRequestSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  name: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters'),
  role: z.enum(ROLES),
  password: z.string().min(12).max(1024),
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;
