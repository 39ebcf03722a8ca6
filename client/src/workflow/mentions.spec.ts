import { describe, expect, it } from '@jest/globals';
import type { ColleagueDto } from '@ingang/shared';
import { insertMention, mentionCandidates, mentionedIds, mentionQueryAt } from './mentions';

const colleague = (id: string, name: string, online = false): ColleagueDto => ({
  id,
  name,
  role: 'agent',
  departmentId: null,
  online,
});

describe(mentionQueryAt.name, () => {
  it('finds the name being typed after an @ at the start or after a space', () => {
    expect(mentionQueryAt('@Br', 3)).toEqual({ start: 0, end: 3, query: 'Br' });
    expect(mentionQueryAt('Vraag @Anna de', 14)).toEqual({ start: 6, end: 14, query: 'Anna de' });
    expect(mentionQueryAt('Vraag @', 7)).toEqual({ start: 6, end: 7, query: '' });
  });

  it('ignores e-mail addresses, finished lines and text after a double space', () => {
    expect(mentionQueryAt('mail info@gemeente.nl', 21)).toBeNull();
    expect(mentionQueryAt('@Anna\nverder', 12)).toBeNull();
    expect(mentionQueryAt('@Anna  zie hierboven', 20)).toBeNull();
    expect(mentionQueryAt('@ Anna', 6)).toBeNull();
    expect(mentionQueryAt('geen apenstaartje', 5)).toBeNull();
  });

  it('looks only before the caret', () => {
    expect(mentionQueryAt('@Bram en verder', 5)).toEqual({ start: 0, end: 5, query: 'Bram' });
  });
});

describe(mentionCandidates.name, () => {
  const colleagues = [
    colleague('1', 'Bram Jansen'),
    colleague('2', 'Anna de Vries', true),
    colleague('3', 'Özlem Yıldız', true),
    colleague('4', 'Bert Bakker', true),
    colleague('me', 'Bas'),
  ];

  it('matches the start of the name or of a word, ignoring case and accents', () => {
    expect(mentionCandidates(colleagues, 'vri', null).map((c) => c.name)).toEqual(['Anna de Vries']);
    expect(mentionCandidates(colleagues, 'ozl', null).map((c) => c.name)).toEqual(['Özlem Yıldız']);
  });

  it('puts online colleagues first and leaves yourself out', () => {
    expect(mentionCandidates(colleagues, 'b', 'me').map((c) => c.name)).toEqual(['Bert Bakker', 'Bram Jansen']);
    expect(mentionCandidates(colleagues, '', 'me', 2).map((c) => c.name)).toEqual(['Anna de Vries', 'Bert Bakker']);
  });
});

describe(insertMention.name, () => {
  it('replaces what was typed with the full name and a space, caret after it', () => {
    expect(insertMention('Kijk even @an', { start: 10, end: 13 }, 'Anna de Vries')).toEqual({
      text: 'Kijk even @Anna de Vries ',
      caret: 25,
    });
  });

  it('keeps the text after the caret without doubling the space', () => {
    expect(insertMention('@br zie boven', { start: 0, end: 3 }, 'Bram')).toEqual({ text: '@Bram zie boven', caret: 6 });
  });
});

describe(mentionedIds.name, () => {
  it('keeps only the colleagues whose @name is still in the text, once each', () => {
    const chosen = [
      { id: '1', name: 'Bram' },
      { id: '2', name: 'Anna' },
      { id: '1', name: 'Bram' },
    ];
    expect(mentionedIds('@Bram kijk jij even?', chosen)).toEqual(['1']);
  });
});
