import { applyFieldChanges, describeFieldChanges, withoutEmptyFields } from './account-fields';

describe(applyFieldChanges.name, () => {
  it('replaces a field given, removes one given as an empty string and keeps one left out', () => {
    const current = { appSecret: 'old-secret', verifyToken: 'verify', accessToken: 'token' };
    const sut = applyFieldChanges(current, { appSecret: 'new-secret', verifyToken: '', accessToken: undefined });
    expect(sut).toEqual({ appSecret: 'new-secret', accessToken: 'token' });
    expect(current).toEqual({ appSecret: 'old-secret', verifyToken: 'verify', accessToken: 'token' });
  });

  it('adds a field that was not set', () => {
    expect(applyFieldChanges({}, { pageToken: 'EAAB' })).toEqual({ pageToken: 'EAAB' });
  });
});

describe(withoutEmptyFields.name, () => {
  it('leaves out empty and absent values', () => {
    expect(withoutEmptyFields({ a: 'x', b: '', c: undefined })).toEqual({ a: 'x' });
  });
});

describe(describeFieldChanges.name, () => {
  it('names the fields a change touched, never their values', () => {
    const sut = describeFieldChanges('secrets', { appSecret: 's3cr3t', verifyToken: '', pageToken: undefined });
    expect(sut).toEqual(['secrets.appSecret', 'secrets.verifyToken (removed)']);
    expect(sut.join(' ')).not.toContain('s3cr3t');
  });
});
