import { messageIdsIn, normaliseMessageId } from './message-id';

describe(normaliseMessageId.name, () => {
  it('stores a Message-ID in angle brackets, with or without them as written', () => {
    expect(normaliseMessageId('<abc@example.nl>')).toBe('<abc@example.nl>');
    expect(normaliseMessageId(' abc@example.nl ')).toBe('<abc@example.nl>');
  });

  it('has none for an empty or malformed value', () => {
    expect(normaliseMessageId(undefined)).toBeNull();
    expect(normaliseMessageId('<>')).toBeNull();
    expect(normaliseMessageId('two words')).toBeNull();
  });

  it('hashes an id too long to store, the same way each time', () => {
    const long = `<${'a'.repeat(300)}@example.nl>`;
    expect(normaliseMessageId(long)).toMatch(/^<[0-9a-f]{64}@long-message-id\.invalid>$/);
    expect(normaliseMessageId(long)).toBe(normaliseMessageId(long));
  });
});

describe(messageIdsIn.name, () => {
  it('reads every id of a References header, folded or as an array', () => {
    expect(messageIdsIn('<a@x>\r\n <b@y>  <c@z>')).toEqual(['<a@x>', '<b@y>', '<c@z>']);
    expect(messageIdsIn(['<a@x>', '<b@y>'])).toEqual(['<a@x>', '<b@y>']);
  });

  it('accepts an In-Reply-To without brackets', () => {
    expect(messageIdsIn('a@x')).toEqual(['<a@x>']);
    expect(messageIdsIn(undefined)).toEqual([]);
  });
});
