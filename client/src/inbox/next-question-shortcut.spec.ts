import { describe, expect, it } from '@jest/globals';
import { isNextQuestionShortcut } from './next-question-shortcut';

const key = (overrides: Partial<Parameters<typeof isNextQuestionShortcut>[0]> = {}) => ({
  key: 'n',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  defaultPrevented: false,
  ...overrides,
});
const element = (tagName: string, type?: string) => ({ tagName, isContentEditable: false, type });

describe(isNextQuestionShortcut.name, () => {
  it('takes a plain n on the page, a link or a button', () => {
    expect(isNextQuestionShortcut(key(), null, false)).toBe(true);
    expect(isNextQuestionShortcut(key(), element('A'), false)).toBe(true);
    expect(isNextQuestionShortcut(key(), element('INPUT', 'checkbox'), false)).toBe(true);
  });

  it('leaves the n to whoever types: fields, the reply box, editable text', () => {
    expect(isNextQuestionShortcut(key(), element('TEXTAREA'), false)).toBe(false);
    expect(isNextQuestionShortcut(key(), element('INPUT', 'text'), false)).toBe(false);
    expect(isNextQuestionShortcut(key(), element('SELECT'), false)).toBe(false);
    expect(isNextQuestionShortcut(key(), { tagName: 'DIV', isContentEditable: true }, false)).toBe(false);
  });

  it('ignores N, Ctrl+N, a held key, and any key while a dialog is open', () => {
    expect(isNextQuestionShortcut(key({ key: 'N', shiftKey: true }), null, false)).toBe(false);
    expect(isNextQuestionShortcut(key({ ctrlKey: true }), null, false)).toBe(false);
    expect(isNextQuestionShortcut(key({ repeat: true }), null, false)).toBe(false);
    expect(isNextQuestionShortcut(key(), null, true)).toBe(false);
  });
});
