import { planTopicChange } from './topic-change';

const known = [
  { id: 'afval', active: true },
  { id: 'parkeren', active: true },
  { id: 'oud', active: false },
];

describe(planTopicChange.name, () => {
  it('adds the new topics and removes the ones left out', () => {
    expect(planTopicChange(['afval'], ['parkeren'], known)).toEqual({
      ok: true,
      added: ['parkeren'],
      removed: ['afval'],
    });
  });

  it('changes nothing when the same topics come again', () => {
    expect(planTopicChange(['afval', 'parkeren'], ['parkeren', 'afval'], known)).toEqual({
      ok: true,
      added: [],
      removed: [],
    });
  });

  it('clears every topic with an empty list', () => {
    expect(planTopicChange(['afval', 'oud'], [], [])).toEqual({ ok: true, added: [], removed: ['afval', 'oud'] });
  });

  it('lets a conversation keep a topic deactivated since it got it', () => {
    expect(planTopicChange(['oud', 'afval'], ['oud'], known)).toEqual({ ok: true, added: [], removed: ['afval'] });
  });

  it('refuses a deactivated topic the conversation did not have', () => {
    expect(planTopicChange(['afval'], ['afval', 'oud'], known)).toEqual({ ok: false, refused: ['oud'] });
  });

  it('refuses unknown topics, naming each of them', () => {
    expect(planTopicChange([], ['x', 'afval', 'y'], known)).toEqual({ ok: false, refused: ['x', 'y'] });
  });
});
