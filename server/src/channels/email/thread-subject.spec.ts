import { subjectThreadKey, subjectWithoutPrefixes } from './thread-subject';

describe(subjectThreadKey.name, () => {
  it.each([
    'Container niet geleegd',
    'Re: Container niet geleegd',
    'RE: re:  Container   niet geleegd',
    'Antw: Container niet geleegd',
    'Doorst: Container niet geleegd',
    'Fwd: Container niet geleegd',
    'FW: Container niet geleegd',
    'AW: WG: Container niet geleegd',
    'Re[2]: Container niet geleegd',
    'Automatisch antwoord: Re: Container niet geleegd',
    'Automatic reply: Container niet geleegd',
    '[EXTERN] Re: CONTAINER NIET GELEEGD',
    '  container niet geleegd ',
  ])('gives "%s" the key of the original subject', (subject) => {
    expect(subjectThreadKey(subject)).toBe('subject:container niet geleegd');
  });

  it('keeps subjects apart that only share a word', () => {
    expect(subjectThreadKey('Container kapot')).not.toBe(subjectThreadKey('Container niet geleegd'));
    expect(subjectThreadKey('Rest: afval')).toBe('subject:rest: afval');
  });

  it('has no key for an empty subject, or one of only prefixes', () => {
    expect(subjectThreadKey(null)).toBeNull();
    expect(subjectThreadKey('')).toBeNull();
    expect(subjectThreadKey('Re: ')).toBeNull();
  });

  it('stays within the stored length', () => {
    expect(subjectThreadKey('x'.repeat(1000))?.length).toBeLessThanOrEqual(255);
  });
});

describe(subjectWithoutPrefixes.name, () => {
  it('keeps the case of what is left', () => {
    expect(subjectWithoutPrefixes('Re: Fwd: Paspoort aanvragen')).toBe('Paspoort aanvragen');
  });
});
