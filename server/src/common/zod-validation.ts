import type { z } from 'zod';
import { DomainError } from './domain-error';

/** Validates input at the edge with a shared zod schema; failures become VALIDATION_FAILED with the issues. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  throw new DomainError('VALIDATION_FAILED', 'The request is not valid', issues);
}
