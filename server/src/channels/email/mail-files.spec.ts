import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mailFileId, mailFilePath, mailFiles, mediaTypeOf } from './mail-files';
import { readMail } from './read-mail';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'email');
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe(mailFileId.name, () => {
  it('is a v4-shaped UUID, the same for the same attachment of the same mail', () => {
    const sut = mailFileId('<m1@example.nl>', 0, Buffer.from('foto'));
    expect(sut).toMatch(V4);
    expect(mailFileId('<m1@example.nl>', 0, Buffer.from('foto'))).toBe(sut);
  });

  it('differs by position, by mail, and by content, so a reused Message-ID cannot replace a stored file', () => {
    const sut = mailFileId('<m1@example.nl>', 0, Buffer.from('foto'));
    expect(mailFileId('<m1@example.nl>', 1, Buffer.from('foto'))).not.toBe(sut);
    expect(mailFileId('<m2@example.nl>', 0, Buffer.from('foto'))).not.toBe(sut);
    expect(mailFileId('<m1@example.nl>', 0, Buffer.from('andere foto'))).not.toBe(sut);
  });
});

describe(mailFilePath.name, () => {
  it('files an attachment under MEDIA_DIR like fetched media: by the first two characters of its id', () => {
    expect(mailFilePath('/srv/media', 'ab12cd34-0000-4000-8000-000000000000')).toBe(
      '/srv/media/ab/ab12cd34-0000-4000-8000-000000000000',
    );
  });
});

describe(mailFiles.name, () => {
  it("offers an ordinary mail's attachments, inline images included", async () => {
    const parsed = await readMail(readFileSync(join(FIXTURES, 'ok', 'html-with-inline-image-and-attachment.eml')));
    expect(mailFiles(parsed).map((part) => part.filename)).toEqual(['tegel.png', 'melding.pdf']);
  });

  it("leaves out a bounce's technical parts and the returned mail", async () => {
    for (const name of ['bounce-dsn.eml', 'bounce-with-original-message.eml']) {
      const parsed = await readMail(readFileSync(join(FIXTURES, 'not-ok', name)));
      expect(parsed.attachments.length).toBeGreaterThan(0);
      expect(mailFiles(parsed)).toEqual([]);
    }
  });
});

describe(mediaTypeOf.name, () => {
  it('sorts by the MIME type, everything else being a document', () => {
    expect(mediaTypeOf('image/JPEG')).toBe('image');
    expect(mediaTypeOf('audio/mpeg')).toBe('audio');
    expect(mediaTypeOf('video/mp4')).toBe('video');
    expect(mediaTypeOf('application/pdf')).toBe('document');
  });
});
