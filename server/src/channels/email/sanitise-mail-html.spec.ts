import { cidOf, sanitiseMailHtml } from './sanitise-mail-html';

const none = new Map<string, string>();

describe(sanitiseMailHtml.name, () => {
  it('removes scripts, event handlers and javascript: links but keeps the text and safe links', () => {
    const sut = sanitiseMailHtml(
      '<p onclick="x()">Hallo<script>alert(1)</script></p><a href="javascript:alert(2)">a</a>' +
        '<a href=" https://www.example.nl/x ">b</a><a href="mailto:info@example.nl">c</a>',
      none,
    );
    expect(sut.html).toBe(
      '<p>Hallo</p><a>a</a>' +
        '<a href="https://www.example.nl/x" target="_blank" rel="noopener noreferrer nofollow">b</a>' +
        '<a href="mailto:info@example.nl" target="_blank" rel="noopener noreferrer nofollow">c</a>',
    );
    expect(sut.hasRemoteImages).toBe(false);
  });

  it('drops frames, forms, embedded objects and the head with their content', () => {
    const sut = sanitiseMailHtml(
      '<head><title>T</title><style>p{}</style><meta http-equiv="refresh" content="0;url=https://x"></head>' +
        '<iframe src="https://x">f</iframe><form action="https://x"><input name="p"><button>Go</button></form>' +
        '<object data="https://x/a.swf">o</object><svg><script>1</script></svg><p>Tekst</p>',
      none,
    );
    expect(sut.html).toBe('Go<p>Tekst</p>');
  });

  it('keeps harmless CSS and drops declarations that load something or escape the mail', () => {
    const sut = sanitiseMailHtml(
      '<p style="color: red; background-image: url(https://t.example/x.png); background: url(https://t.example/y)">a</p>' +
        '<p style="font-weight: bold; position: fixed; width: expression(alert(1))">b</p>' +
        '<p style="color: \\72 ed">c</p>',
      none,
    );
    expect(sut.html).toBe('<p style="color:red">a</p><p style="font-weight:bold">b</p><p>c</p>');
  });

  it('keeps remote images as references and reports them, tracking pixels included', () => {
    const sut = sanitiseMailHtml('<img src="https://t.example/open.gif?u=1" width="1" height="1" onload="x()">', none);
    expect(sut).toEqual({
      html: '<img width="1" height="1" src="https://t.example/open.gif?u=1" />',
      hasRemoteImages: true,
    });
  });

  it('points cid: images at their stored attachment and drops the ones that were not stored', () => {
    const sut = sanitiseMailHtml(
      '<img src="cid:Foto@Example.com" alt="foto"><img src="cid:missing@example.com"><img src="cid:%3Ca@b%3E">',
      new Map([
        ['foto@example.com', '/api/attachments/1'],
        ['a@b', '/api/attachments/2'],
      ]),
    );
    expect(sut.html).toBe('<img alt="foto" src="/api/attachments/1" /><img src="/api/attachments/2" />');
    expect(sut.hasRemoteImages).toBe(false);
  });

  it('drops relative, protocol-relative and non-image data: sources, keeps inline raster images', () => {
    const sut = sanitiseMailHtml(
      '<img src="/api/attachments/x"><img src="//t.example/x.png"><img src="data:image/svg+xml;base64,PHN2Zz4=">' +
        '<img src="data:image/png;base64,iVBORw0KGgo=">',
      none,
    );
    expect(sut.html).toBe('<img src="data:image/png;base64,iVBORw0KGgo=" />');
  });
});

describe(cidOf.name, () => {
  it('reads the Content-ID from a cid: URL, URL-decoded, without brackets, case-insensitively', () => {
    expect(cidOf('cid:%3CPart1.ABC@example.nl%3E')).toBe('part1.abc@example.nl');
    expect(cidOf('CID:image001.png@01DA')).toBe('image001.png@01da');
  });
});
