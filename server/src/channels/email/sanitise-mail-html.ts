import sanitizeHtml from 'sanitize-html';

export interface SanitisedMailHtml {
  html: string;
  /** Images loaded from the sender's servers (tracking pixels too): shown only once the agent allows it. */
  hasRemoteImages: boolean;
}

// A CSS value without functions that load something, and without escapes that could spell one.
const SAFE_CSS_VALUE = /^(?![\s\S]*(?:url|image|image-set|cross-fade|element|expression|var|env|attr)\s*\()[^\\<>@]*$/i;
const STYLE_PROPERTIES = [
  'color',
  'background-color',
  'font',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'text-align',
  'text-decoration',
  'text-indent',
  'text-transform',
  'vertical-align',
  'white-space',
  'direction',
  'margin',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border',
  'border-top',
  'border-right',
  'border-bottom',
  'border-left',
  'border-color',
  'border-style',
  'border-width',
  'border-collapse',
  'border-spacing',
  'border-radius',
  'width',
  'max-width',
  'min-width',
  'height',
  'max-height',
  'min-height',
  'list-style-type',
  'display',
];

const ALLOWED_TAGS = [
  ...sanitizeHtml.defaults.allowedTags,
  'img',
  'font',
  'center',
  'del',
  'ins',
  'strike',
  'big',
  'tt',
];

// Containers whose text is not the mail's text (scripts, styles, head, active or embedded content).
const NON_TEXT_TAGS = [
  'script',
  'style',
  'textarea',
  'option',
  'xmp',
  'head',
  'title',
  'noscript',
  'template',
  'iframe',
  'frameset',
  'noframes',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'select',
];

const LINK = /^(?:https?:|mailto:|tel:)/i;
const REMOTE = /^https?:\/\//i;
const INLINE_RASTER = /^data:image\/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]+$/i;

/**
 * Makes a mail's HTML safe to show: no scripts, event handlers, `javascript:` or other active links, frames, forms,
 * or CSS that loads anything. `cid:` images point at their stored attachment (`inlineImages`: Content-ID → URL);
 * remote images stay as references and are reported, so the client can block them until the agent allows.
 */
export function sanitiseMailHtml(html: string, inlineImages: ReadonlyMap<string, string>): SanitisedMailHtml {
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    nonTextTags: NON_TEXT_TAGS,
    disallowedTagsMode: 'discard',
    allowedAttributes: {
      '*': ['style', 'dir', 'lang', 'align', 'title'],
      a: ['href', 'name', 'target', 'rel'],
      img: ['src', 'alt', 'width', 'height'],
      table: ['width', 'border', 'cellpadding', 'cellspacing', 'bgcolor', 'valign'],
      td: ['width', 'height', 'colspan', 'rowspan', 'bgcolor', 'valign', 'nowrap'],
      th: ['width', 'height', 'colspan', 'rowspan', 'bgcolor', 'valign', 'nowrap'],
      tr: ['bgcolor', 'valign'],
      font: ['color', 'size', 'face'],
      ol: ['start', 'type'],
      blockquote: ['type'],
    },
    allowedStyles: { '*': Object.fromEntries(STYLE_PROPERTIES.map((property) => [property, [SAFE_CSS_VALUE]])) },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https', 'data'] },
    allowProtocolRelative: false,
    // An image whose source was removed would only show as a broken frame.
    exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
    transformTags: {
      a: (tagName, attribs) => {
        const href = (attribs.href ?? '').trim();
        const { href: _dropped, ...rest } = attribs;
        // Links open outside Ingang, without telling the sender where they were clicked.
        return LINK.test(href)
          ? { tagName, attribs: { ...rest, href, target: '_blank', rel: 'noopener noreferrer nofollow' } }
          : { tagName, attribs: rest };
      },
      img: (tagName, attribs) => {
        const { src: raw, ...rest } = attribs;
        const src = (raw ?? '').trim();
        if (/^cid:/i.test(src)) {
          const stored = inlineImages.get(cidOf(src));
          return { tagName, attribs: stored ? { ...rest, src: stored } : rest };
        }
        // Relative URLs would point into Ingang itself; only absolute remote and inline raster images are kept.
        if (REMOTE.test(src) || INLINE_RASTER.test(src)) return { tagName, attribs: { ...rest, src } };
        return { tagName, attribs: rest };
      },
    },
  });
  return { html: clean.trim(), hasRemoteImages: /<img\b[^>]*\ssrc="https?:/i.test(clean) };
}

/** The Content-ID a `cid:` URL names (URL-encoded, without angle brackets). */
export function cidOf(url: string): string {
  const raw = url.replace(/^cid:/i, '').trim();
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // A malformed escape: use it as written.
  }
  return decoded.replace(/^<|>$/g, '').toLowerCase();
}
