import {
  byListOrder,
  createTopicRequestSchema,
  listNameKey,
  MAX_LIST_NAME_LENGTH,
  MAX_TOPICS_PER_CONVERSATION,
  reorderRequestSchema,
  setConversationTopicsRequestSchema,
  updateTopicRequestSchema,
  updateWorkflowSettingsRequestSchema,
} from './topic';

const AFVAL = '0f8fad5b-d9cb-469f-a165-70867728950e';
const PARKEREN = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe('createTopicRequestSchema', () => {
  it('takes a name, and a place in the list', () => {
    expect(createTopicRequestSchema.parse({ name: 'Afval' })).toEqual({ name: 'Afval' });
    expect(createTopicRequestSchema.parse({ name: 'Afval', sortOrder: 3 })).toEqual({ name: 'Afval', sortOrder: 3 });
  });

  it('trims the name, joins runs of spaces and composes accents', () => {
    expect(createTopicRequestSchema.parse({ name: '  Openbare \u00a0 ruimte ' }).name).toBe('Openbare ruimte');
    expect(createTopicRequestSchema.parse({ name: 'Cafe\u0301s' }).name).toBe('Caf\u00e9s');
  });

  it('accepts a name of exactly the maximum length', () => {
    const name = 'a'.repeat(MAX_LIST_NAME_LENGTH);
    expect(createTopicRequestSchema.parse({ name }).name).toBe(name);
  });

  it.each([
    ['no name', {}],
    ['an empty name', { name: '  ' }],
    ['a name that is too long', { name: 'a'.repeat(MAX_LIST_NAME_LENGTH + 1) }],
    ['a name with a line break', { name: 'Afval\naudit forged' }],
    ['a name that is not a string', { name: 42 }],
    ['an unknown field', { name: 'Afval', id: AFVAL }],
    ['an active flag', { name: 'Afval', active: false }],
    ['a negative place', { name: 'Afval', sortOrder: -1 }],
    ['a fractional place', { name: 'Afval', sortOrder: 1.5 }],
    ['a place as text', { name: 'Afval', sortOrder: '1' }],
  ])('refuses %s', (_case, input) => {
    expect(createTopicRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('updateTopicRequestSchema', () => {
  it('takes any part of a topic, and nothing at all', () => {
    expect(updateTopicRequestSchema.parse({})).toEqual({});
    expect(updateTopicRequestSchema.parse({ active: false })).toEqual({ active: false });
    expect(updateTopicRequestSchema.parse({ name: ' Afval ', sortOrder: 0 })).toEqual({ name: 'Afval', sortOrder: 0 });
  });

  it.each([
    ['an empty name', { name: '' }],
    ['a null name', { name: null }],
    ['active as text', { active: 'false' }],
    ['a name key', { nameKey: 'afval' }],
    ['a creation time', { createdAt: '2026-01-01T00:00:00Z' }],
  ])('refuses %s', (_case, input) => {
    expect(updateTopicRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('setConversationTopicsRequestSchema', () => {
  it('takes topic ids, lower-cased, each once, and an empty list', () => {
    expect(setConversationTopicsRequestSchema.parse({ topicIds: [AFVAL, PARKEREN.toUpperCase(), AFVAL] })).toEqual({
      topicIds: [AFVAL, PARKEREN],
    });
    expect(setConversationTopicsRequestSchema.parse({ topicIds: [] })).toEqual({ topicIds: [] });
  });

  it.each([
    ['no list', {}],
    ['a list that is not one', { topicIds: AFVAL }],
    ['an id that is not a UUID', { topicIds: ['afval'] }],
    ['an id that is a number', { topicIds: [1] }],
    ['too many ids', { topicIds: Array.from({ length: MAX_TOPICS_PER_CONVERSATION + 1 }, () => AFVAL) }],
    ['an unknown field', { topicIds: [], conversationId: AFVAL }],
  ])('refuses %s', (_case, input) => {
    expect(setConversationTopicsRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('reorderRequestSchema', () => {
  it('takes every id once', () => {
    expect(reorderRequestSchema.parse({ ids: [PARKEREN, AFVAL] })).toEqual({ ids: [PARKEREN, AFVAL] });
  });

  it.each([
    ['an empty list', { ids: [] }],
    ['an id twice', { ids: [AFVAL, AFVAL.toUpperCase()] }],
    ['an id that is not a UUID', { ids: ['1'] }],
  ])('refuses %s', (_case, input) => {
    expect(reorderRequestSchema.safeParse(input).success).toBe(false);
  });
});

describe('updateWorkflowSettingsRequestSchema', () => {
  it('takes the switch, and nothing else', () => {
    expect(updateWorkflowSettingsRequestSchema.parse({ topicRequiredToResolve: true })).toEqual({
      topicRequiredToResolve: true,
    });
    expect(updateWorkflowSettingsRequestSchema.safeParse({}).success).toBe(false);
    expect(updateWorkflowSettingsRequestSchema.safeParse({ topicRequiredToResolve: 'true' }).success).toBe(false);
    expect(
      updateWorkflowSettingsRequestSchema.safeParse({ topicRequiredToResolve: true, outcomeRequired: true }).success,
    ).toBe(false);
  });
});

describe(listNameKey.name, () => {
  it('is the same for names that differ only in case, spacing or accent composition', () => {
    expect(listNameKey('Afval')).toBe(listNameKey('AFVAL'));
    expect(listNameKey(' Openbare   Ruimte ')).toBe(listNameKey('openbare ruimte'));
    expect(listNameKey('Cafe\u0301')).toBe(listNameKey('CAF\u00c9'));
    expect(listNameKey('Afval')).not.toBe(listNameKey('Parkeren'));
  });
});

describe(byListOrder.name, () => {
  it("sorts by the administrator's order, then by name the Dutch way, then by id", () => {
    const entry = (id: string, name: string, sortOrder: number) => ({ id, name, sortOrder });
    const sorted = [
      entry('1', 'Overig', 9),
      entry('2', 'afval', 0),
      entry('3', 'Belastingen', 0),
      entry('5', 'Zwemmen', 1),
      entry('4', 'Zwemmen', 1),
    ].sort(byListOrder);
    expect(sorted.map((e) => e.id)).toEqual(['2', '3', '4', '5', '1']);
  });
});
