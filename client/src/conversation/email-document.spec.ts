import { describe, expect, it } from '@jest/globals';
import {
  EMAIL_MAX_HEIGHT_PX,
  EMAIL_MIN_HEIGHT_PX,
  emailFrameHeight,
  emailMayOverflow,
  emailSrcdoc,
  inlineAttachmentIds,
} from './email-document';

const id = '0b0e5f1c-6b1a-4c55-9d8e-0a1b2c3d4e5f';

describe(emailSrcdoc.name, () => {
  it('starts the document with a policy that blocks remote images', () => {
    const sut = emailSrcdoc('<p>Hallo</p>', { allowRemoteImages: false });
    expect(sut).toMatch(
      /^<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data: cid:; style-src 'unsafe-inline'; font-src data:">/,
    );
    expect(sut).not.toContain('https:');
  });

  it('puts the policy before any of the mail’s own markup, even a head of its own', () => {
    const sut = emailSrcdoc('<meta http-equiv="refresh" content="0"><p>x</p>', { allowRemoteImages: false });
    expect(sut.indexOf('Content-Security-Policy')).toBeLessThan(sut.indexOf('refresh'));
  });

  it('allows https images only when the agent asked for them', () => {
    expect(emailSrcdoc('<p>x</p>', { allowRemoteImages: true })).toContain('img-src data: https:;');
  });

  it('replaces a stored inline image by its data: URL', () => {
    const html = `<p><img alt="logo" src="/api/attachments/${id}"></p>`;
    const sut = emailSrcdoc(html, {
      allowRemoteImages: false,
      inlineImages: new Map([[id, 'data:image/png;base64,AAAA']]),
    });
    expect(sut).toContain('<img alt="logo" src="data:image/png;base64,AAAA">');
  });

  it('leaves an inline image that is not fetched (or not an image) to the policy', () => {
    const html = `<img src="/api/attachments/${id}">`;
    expect(emailSrcdoc(html, { allowRemoteImages: false })).toContain(`/api/attachments/${id}`);
    const sut = emailSrcdoc(html, {
      allowRemoteImages: false,
      inlineImages: new Map([[id, 'data:text/html;base64,PHNjcmlwdD4=']]),
    });
    expect(sut).not.toContain('data:text/html');
  });
});

describe(inlineAttachmentIds.name, () => {
  it('finds each stored image once and ignores links and remote images', () => {
    const html =
      `<img src="/api/attachments/${id}"><img width="1" src="/api/attachments/${id}">` +
      `<a href="/api/attachments/${id.replace('0b', '1b')}">x</a><img src="https://tracker.example/p.gif">`;
    expect(inlineAttachmentIds(html)).toEqual([id]);
  });
});

describe(emailFrameHeight.name, () => {
  it('gives a short mail a small frame', () => {
    expect(emailFrameHeight('Kort vraagje.', '<p>Kort vraagje.</p>', false)).toBe(EMAIL_MIN_HEIGHT_PX);
    expect(
      emailFrameHeight('Goedemorgen,\n\nKort vraagje.', '<p>Goedemorgen,</p><p>Kort vraagje.</p>', false),
    ).toBeLessThan(150);
  });

  it('caps a long mail and gives it more room when expanded', () => {
    const long = 'Een regel tekst.\n'.repeat(100);
    expect(emailFrameHeight(long, '', false)).toBe(EMAIL_MAX_HEIGHT_PX);
    expect(emailFrameHeight(long, '', true)).toBeGreaterThan(EMAIL_MAX_HEIGHT_PX);
  });

  it('counts a long line as several', () => {
    expect(emailFrameHeight('x'.repeat(900), '', false)).toBeGreaterThan(emailFrameHeight('x'.repeat(70), '', false));
  });

  it('makes room for the images and tables of the HTML', () => {
    const text = 'Zie de foto.';
    const withImage = '<p>Zie de foto.</p><img src="data:image/png;base64,AA" height="180">';
    expect(emailFrameHeight(text, withImage, false)).toBeGreaterThan(180);
    expect(emailMayOverflow(text, '<table><tr><td>a</td></tr></table>'.repeat(20))).toBe(true);
    expect(emailMayOverflow(text, '<p>Zie de foto.</p>')).toBe(false);
  });
});
