import { describe, expect, it } from '@jest/globals';
import type { TFunction } from 'i18next';
import { localisePreview } from './preview-text';

const words: Record<string, string> = {
  'preview.image': 'Foto',
  'preview.location': 'Locatie',
  'preview.unsupported': 'Niet-ondersteund bericht',
  'preview.reactionRemoved': 'Reactie verwijderd',
};
const t = ((key: string) => words[key] ?? key) as unknown as TFunction;

describe(localisePreview.name, () => {
  it('puts what is not text into words, keeping the caption', () => {
    expect(localisePreview('[image] Lantaarnpaal kapot', t)).toBe('Foto: Lantaarnpaal kapot');
    expect(localisePreview('[location] Korreweg 112', t)).toBe('Locatie: Korreweg 112');
    expect(localisePreview('[unsupported: order]', t)).toBe('Niet-ondersteund bericht');
    expect(localisePreview('[reaction removed]', t)).toBe('Reactie verwijderd');
  });

  it('leaves text alone, even text with brackets further on', () => {
    expect(localisePreview('Wanneer komt [de] vuilnisman?', t)).toBe('Wanneer komt [de] vuilnisman?');
    expect(localisePreview('[sic] zo staat het er', t)).toBe('[sic] zo staat het er');
  });
});
