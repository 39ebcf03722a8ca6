import { describe, expect, it } from '@jest/globals';
import { MAX_LIST_NAME_LENGTH, type TopicDto } from '@ingang/shared';
import { entryChanges, entryErrorsOf, validateEntryForm } from './topic-form';

const topic: TopicDto = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  name: 'Afval',
  active: true,
  sortOrder: 0,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
};

describe(validateEntryForm.name, () => {
  it('takes a topic by its tidied name', () => {
    expect(validateEntryForm({ name: '  Openbare   ruimte ', kind: '' }, false)).toEqual({
      valid: true,
      entry: { name: 'Openbare ruimte' },
    });
  });

  it('takes an outcome with its kind', () => {
    expect(validateEntryForm({ name: 'Teruggebeld', kind: 'called-back' }, true)).toEqual({
      valid: true,
      entry: { name: 'Teruggebeld', kind: 'called-back' },
    });
  });

  it('names each problem beside its input', () => {
    expect(validateEntryForm({ name: ' ', kind: '' }, true)).toEqual({
      valid: false,
      errors: { name: { key: 'nameRequired' }, kind: { key: 'kindRequired' } },
    });
    expect(validateEntryForm({ name: 'a'.repeat(MAX_LIST_NAME_LENGTH + 1), kind: '' }, false)).toEqual({
      valid: false,
      errors: { name: { key: 'nameTooLong', values: { max: MAX_LIST_NAME_LENGTH } } },
    });
    expect(validateEntryForm({ name: 'Afval\u0007', kind: '' }, false)).toEqual({
      valid: false,
      errors: { name: { key: 'nameInvalid' } },
    });
  });
});

describe(entryErrorsOf.name, () => {
  it('puts an issue the form does not know under the name', () => {
    expect(entryErrorsOf([{ path: 'sortOrder', message: 'Too big' }])).toEqual({ name: { key: 'other' } });
    expect(entryErrorsOf([])).toEqual({});
  });
});

describe(entryChanges.name, () => {
  it('sends only what changed', () => {
    expect(entryChanges(topic, { name: 'Afval' })).toEqual({});
    expect(entryChanges(topic, { name: 'Afval en grofvuil' })).toEqual({ name: 'Afval en grofvuil' });
    expect(entryChanges({ ...topic, kind: 'other' }, { name: 'Afval', kind: 'self-handled' })).toEqual({
      kind: 'self-handled',
    });
  });
});
