import { describe, expect, it } from '@jest/globals';
import { fillPlaceholders } from '@ingang/shared';
import { insertStandardAnswer } from './insert-standard-answer';

const body = 'Beste {{voornaam}},\n\nU vraagt een paspoort aan op het stadhuis.\n\nGroet, {{medewerker}}';

describe(insertStandardAnswer.name, () => {
  it('replaces the typed slash command with the filled-in answer, caret at its end', () => {
    const filled = fillPlaceholders(body, { voornaam: 'Jan', medewerker: 'Anna' });
    const sut = insertStandardAnswer('/pasp', { start: 0, end: 5 }, filled);
    expect(sut.text).toBe('Beste Jan,\n\nU vraagt een paspoort aan op het stadhuis.\n\nGroet, Anna');
    expect(sut.selection).toEqual({ start: sut.text.length, end: sut.text.length });
    expect(sut.unfilled).toEqual([]);
  });

  it('keeps the text around it', () => {
    const filled = fillPlaceholders('Maak een afspraak.', {});
    const sut = insertStandardAnswer('Beste Fatima,\n/afspr\nGroet', { start: 14, end: 20 }, filled);
    expect(sut.text).toBe('Beste Fatima,\nMaak een afspraak.\nGroet');
    expect(sut.selection).toEqual({ start: 32, end: 32 });
  });

  it('selects the first placeholder left to fill in, and gives where each one is in the new draft', () => {
    const filled = fillPlaceholders(body, { voornaam: null, medewerker: null });
    const sut = insertStandardAnswer('Hallo!\n/', { start: 7, end: 8 }, filled);
    expect(sut.text.slice(sut.selection.start, sut.selection.end)).toBe('{{voornaam}}');
    expect(sut.unfilled.map((span) => sut.text.slice(span.start, span.end))).toEqual([
      '{{voornaam}}',
      '{{medewerker}}',
    ]);
  });

  it('inserts at the caret when the picker was opened with the button', () => {
    const filled = fillPlaceholders('tekst', {});
    expect(insertStandardAnswer('ab', { start: 1, end: 1 }, filled).text).toBe('atekstb');
    expect(insertStandardAnswer('ab', { start: 9, end: 9 }, filled).text).toBe('abtekst');
  });
});
