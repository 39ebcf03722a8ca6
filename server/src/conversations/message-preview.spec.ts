import { previewOf } from './message-preview';

describe(previewOf.name, () => {
  it('puts a message on one line', () => {
    expect(previewOf({ kind: 'text', text: 'Goedemorgen,\n\nik heb  een vraag' })).toBe(
      'Goedemorgen, ik heb een vraag',
    );
  });

  it('shortens long messages', () => {
    const sut = previewOf({ kind: 'text', text: 'a'.repeat(1000) });
    expect(sut).toHaveLength(280);
    expect(sut.endsWith('…')).toBe(true);
  });

  it('names what is not text', () => {
    expect(previewOf({ kind: 'media', mediaType: 'image', caption: 'lantaarnpaal', attachmentId: 'x' })).toBe(
      '[image] lantaarnpaal',
    );
    expect(previewOf({ kind: 'reaction', emoji: null, targetMessageId: null })).toBe('[reaction removed]');
    expect(previewOf({ kind: 'unsupported', providerType: 'order', detail: null })).toBe('[unsupported: order]');
  });
});
