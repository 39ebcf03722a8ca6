import type { ValueTransformer } from 'typeorm';

// Instants are stored as Unix milliseconds in a bigint: the same on SQLite and PostgreSQL, index-friendly, and
// free of any database or machine timezone.
export const instant: ValueTransformer = {
  // Find operators (LessThan, …) are passed through: query with numbers (getTime()) in query builders instead.
  to: (value: unknown) => (value instanceof Date ? value.getTime() : value),
  from: (value: string | number | null) => (value == null ? null : new Date(Number(value))),
};

export const json: ValueTransformer = {
  to: (value: unknown) => (value === undefined ? undefined : JSON.stringify(value)),
  from: (value: string | null) => (value == null ? null : JSON.parse(value)),
};

/** A bigint read back as a JavaScript number (PostgreSQL returns bigint as a string). */
export const bigintNumber: ValueTransformer = {
  to: (value: unknown) => value,
  from: (value: string | number | null) => (value == null ? null : Number(value)),
};
