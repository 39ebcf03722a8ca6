import { describe, expect, it } from '@jest/globals';
import type { StandardAnswerDto } from '@ingang/shared';
import {
  changesOf,
  emptyStandardAnswerForm,
  insertAtSelection,
  keywordsOf,
  standardAnswerErrorsOf,
  standardAnswerFormFor,
  validateStandardAnswerForm,
} from './standard-answer-form';

const answer: StandardAnswerDto = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  title: 'Paspoort aanvragen',
  body: 'Beste {{voornaam}},\n\nMaak een afspraak.',
  keywords: ['reisdocument', 'ID-kaart'],
  channels: ['whatsapp'],
  active: true,
  usageCount: 4,
  createdAt: '2026-01-05T09:00:00.000Z',
  updatedAt: '2026-01-05T09:00:00.000Z',
  updatedBy: { id: 'a', name: 'Beheerder' },
};

describe(keywordsOf.name, () => {
  it('splits on commas, semicolons and line breaks and drops empty pieces', () => {
    expect(keywordsOf(' paspoort, ID-kaart;reisdocument\n, ,')).toEqual(['paspoort', 'ID-kaart', 'reisdocument']);
    expect(keywordsOf('')).toEqual([]);
  });
});

describe(validateStandardAnswerForm.name, () => {
  it('gives the request the server takes', () => {
    const result = validateStandardAnswerForm({
      title: ' Paspoort aanvragen ',
      body: 'Beste {{voornaam}}',
      keywords: 'reisdocument, Reisdocument',
      channels: ['email', 'whatsapp'],
    });
    expect(result).toEqual({
      valid: true,
      answer: {
        title: 'Paspoort aanvragen',
        body: 'Beste {{voornaam}}',
        keywords: ['reisdocument'],
        channels: ['whatsapp', 'email'],
      },
    });
  });

  it('names every field that is wrong', () => {
    const result = validateStandardAnswerForm({ ...emptyStandardAnswerForm(), keywords: 'k'.repeat(51) });
    expect(result).toEqual({
      valid: false,
      errors: {
        title: { key: 'titleRequired' },
        body: { key: 'bodyRequired' },
        keywords: { key: 'keywordTooLong', values: { max: 50 } },
      },
    });
  });

  it('names a title and body that are too long, a title with a line break and too many keywords', () => {
    const result = validateStandardAnswerForm({
      title: 'Paspoort\taanvragen',
      body: 'b'.repeat(4001),
      keywords: Array.from({ length: 21 }, (_, index) => `k${index}`).join(','),
      channels: [],
    });
    expect(result.valid ? null : result.errors).toEqual({
      title: { key: 'titleInvalid' },
      body: { key: 'bodyTooLong', values: { max: 4000 } },
      keywords: { key: 'keywordsTooMany', values: { max: 20 } },
    });
    const long = validateStandardAnswerForm({ title: 't'.repeat(201), body: 'x', keywords: '', channels: [] });
    expect(long.valid ? null : long.errors).toEqual({ title: { key: 'titleTooLong', values: { max: 200 } } });
  });
});

describe(standardAnswerErrorsOf.name, () => {
  it('reads the API’s details, and blames the title for an issue it cannot place', () => {
    expect(
      standardAnswerErrorsOf([{ path: 'body', message: 'Too big: expected string to have <=4000 characters' }]),
    ).toEqual({
      body: { key: 'bodyTooLong', values: { max: 4000 } },
    });
    expect(standardAnswerErrorsOf([{ path: '', message: 'Unrecognized key: "x"' }])).toEqual({
      title: { key: 'other' },
    });
    expect(standardAnswerErrorsOf([])).toEqual({});
  });
});

describe(changesOf.name, () => {
  it('sends only what changed', () => {
    const form = standardAnswerFormFor(answer);
    expect(form.keywords).toBe('reisdocument, ID-kaart');
    const same = validateStandardAnswerForm(form);
    expect(same.valid && changesOf(answer, same.answer)).toEqual({});
    const edited = validateStandardAnswerForm({ ...form, title: 'Paspoort', keywords: 'reisdocument', channels: [] });
    expect(edited.valid && changesOf(answer, edited.answer)).toEqual({
      title: 'Paspoort',
      keywords: ['reisdocument'],
      channels: [],
    });
  });
});

describe(insertAtSelection.name, () => {
  it('puts a placeholder at the caret or over the selection', () => {
    expect(insertAtSelection('Beste ,', { start: 6, end: 6 }, '{{voornaam}}')).toEqual({
      text: 'Beste {{voornaam}},',
      caret: 18,
    });
    expect(insertAtSelection('Beste Jan,', { start: 6, end: 9 }, '{{voornaam}}').text).toBe('Beste {{voornaam}},');
  });
});
