import { describe, expect, it } from '@jest/globals';
import { defaultReplyVisibility, replyVisibilityChoices, replyVisibilityLabelKey } from './reply-visibility';

describe(defaultReplyVisibility.name, () => {
  it('answers a public thread in public', () => {
    expect(defaultReplyVisibility({ visibility: 'public' })).toBe('public');
  });

  it('answers a private conversation privately', () => {
    expect(defaultReplyVisibility({ visibility: 'private' })).toBe('private');
  });
});

describe(replyVisibilityChoices.name, () => {
  it('offers public first, then private, for a public thread', () => {
    expect(replyVisibilityChoices({ visibility: 'public' })).toEqual(['public', 'private']);
  });

  it('offers no choice for a private conversation (it cannot be answered in public)', () => {
    expect(replyVisibilityChoices({ visibility: 'private' })).toEqual([]);
  });
});

describe(replyVisibilityLabelKey.name, () => {
  it('uses the channel’s own words for Facebook and X', () => {
    expect(replyVisibilityLabelKey('twitter', 'public')).toBe('replyVisibility.twitter.public');
    expect(replyVisibilityLabelKey('messenger', 'private')).toBe('replyVisibility.messenger.private');
  });

  it('falls back to the neutral words elsewhere', () => {
    expect(replyVisibilityLabelKey('email', 'public')).toBe('replyVisibility.default.public');
  });
});
