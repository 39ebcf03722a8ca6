import { QueryFailedError } from 'typeorm';

/** A unique index refused a row: PostgreSQL's 23505, SQLite's UNIQUE constraint. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: unknown; message?: unknown } | undefined;
  if (driverError?.code === '23505') return true;
  return driverError?.code === 'SQLITE_CONSTRAINT' && String(driverError.message).includes('UNIQUE');
}
