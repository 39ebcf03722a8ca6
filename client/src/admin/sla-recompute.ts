import type { SlaRecomputeDto } from '@ingang/shared';

export type RecomputeProgress =
  { state: 'starting' } | { state: 'running'; done: number; total: number } | { state: 'finished'; total: number };

/** How far the server is with the deadlines of the version just saved; an older version's run does not count. */
export function recomputeProgress(status: SlaRecomputeDto | undefined, savedVersion: number): RecomputeProgress {
  if (!status || status.version < savedVersion) return { state: 'starting' };
  if (status.finishedAt !== null) return { state: 'finished', total: status.total };
  return { state: 'running', done: Math.min(status.done, status.total), total: status.total };
}

/** Poll every half second until the saved version's run has finished. */
export const RECOMPUTE_POLL_MS = 500;

export function recomputePollInterval(status: SlaRecomputeDto | undefined, savedVersion: number): number | false {
  return recomputeProgress(status, savedVersion).state === 'finished' ? false : RECOMPUTE_POLL_MS;
}
