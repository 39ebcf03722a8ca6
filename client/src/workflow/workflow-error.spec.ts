import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/http';
import { claimHolder, workflowErrorMessage } from './workflow-error';

const t = ((key: string, values: Record<string, unknown> = {}) =>
  `${key}${Object.keys(values).length ? JSON.stringify(values) : ''}`) as unknown as TFunction;

describe(claimHolder.name, () => {
  it('reads the holder from a 409 CLAIMED', () => {
    const error = new ApiError(409, 'CLAIMED', 'Bram holds it', { holder: { id: 'b', name: 'Bram' } });
    expect(claimHolder(error)).toEqual({ id: 'b', name: 'Bram' });
  });

  it('is null for other errors or a holder it cannot read', () => {
    expect(claimHolder(new ApiError(409, 'CONFLICT', 'x'))).toBeNull();
    expect(claimHolder(new ApiError(409, 'CLAIMED', 'x', { holder: 'Bram' }))).toBeNull();
    expect(claimHolder(new Error('x'))).toBeNull();
  });
});

describe(workflowErrorMessage.name, () => {
  it('names the holder, the maximum, or the missing topic', () => {
    expect(workflowErrorMessage(new ApiError(409, 'CLAIMED', 'x', { holder: { id: 'b', name: 'Bram' } }), t)).toBe(
      'workflow.errors.claimedBy{"name":"Bram"}',
    );
    expect(workflowErrorMessage(new ApiError(409, 'CAPACITY_REACHED', 'x', { held: 3, max: 3 }), t)).toBe(
      'workflow.errors.capacityOf{"count":3}',
    );
    expect(workflowErrorMessage(new ApiError(409, 'TOPIC_REQUIRED', 'x'), t)).toBe('workflow.errors.topicRequired');
  });
});
