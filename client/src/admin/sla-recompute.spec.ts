import { describe, expect, it } from '@jest/globals';
import type { SlaRecomputeDto } from '@ingang/shared';
import { RECOMPUTE_POLL_MS, recomputePollInterval, recomputeProgress } from './sla-recompute';

const status = (change: Partial<SlaRecomputeDto>): SlaRecomputeDto => ({
  version: 4,
  total: 5000,
  done: 1234,
  finishedAt: null,
  ...change,
});

describe(recomputeProgress.name, () => {
  it('is starting while the server still reports an older version', () => {
    expect(recomputeProgress(undefined, 4)).toEqual({ state: 'starting' });
    expect(recomputeProgress(status({ version: 3, finishedAt: '2026-07-17T13:00:00Z' }), 4)).toEqual({
      state: 'starting',
    });
  });

  it('counts while running and is finished once finishedAt is set', () => {
    expect(recomputeProgress(status({}), 4)).toEqual({ state: 'running', done: 1234, total: 5000 });
    expect(recomputeProgress(status({ done: 5000, finishedAt: '2026-07-17T13:00:00Z' }), 4)).toEqual({
      state: 'finished',
      total: 5000,
    });
  });
});

describe(recomputePollInterval.name, () => {
  it('polls every half second until the saved version has finished', () => {
    expect(recomputePollInterval(undefined, 4)).toBe(RECOMPUTE_POLL_MS);
    expect(recomputePollInterval(status({}), 4)).toBe(500);
    expect(recomputePollInterval(status({ finishedAt: '2026-07-17T13:00:00Z' }), 4)).toBe(false);
  });
});
