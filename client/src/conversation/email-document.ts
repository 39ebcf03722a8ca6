// A citizen's HTML mail is shown in a sandboxed iframe (no scripts, opaque origin) whose own Content-Security-Policy
// blocks everything it does not need: no remote images (tracking pixels) until the agent asks for them, no fonts or
// styles from elsewhere, no frames, no connections. The server has sanitised the HTML already; this is the second lock.

const BLOCKED_IMAGES = 'data: cid:';
const ALLOWED_IMAGES = 'data: https:';

export function emailContentSecurityPolicy(allowRemoteImages: boolean): string {
  const images = allowRemoteImages ? ALLOWED_IMAGES : BLOCKED_IMAGES;
  return `default-src 'none'; img-src ${images}; style-src 'unsafe-inline'; font-src data:`;
}

// The server points inline (cid:) images at their stored attachment; the sandboxed frame has no session cookie to
// fetch them with, so the client fetches them and hands them over as data: URLs.
const STORED_IMAGE = /(<img\b[^>]*?\ssrc=")\/api\/attachments\/([0-9a-f-]{36})(")/gi;

/** The ids of stored attachments the mail shows inline. */
export function inlineAttachmentIds(html: string): string[] {
  return [...new Set([...html.matchAll(STORED_IMAGE)].map((match) => match[2].toLowerCase()))];
}

const BASE_STYLE =
  'html{color-scheme:light}body{margin:0;padding:2px;font:14px/1.45 system-ui,sans-serif;color:#1b2430;' +
  'overflow-wrap:anywhere}img{max-width:100%;height:auto}table{max-width:100%}blockquote{margin:0 0 0 8px;' +
  'padding-left:8px;border-left:3px solid #aeb8c4;color:#536070}';

export interface EmailDocumentOptions {
  allowRemoteImages: boolean;
  /** Attachment id → data: URL of the inline images fetched so far. */
  inlineImages?: ReadonlyMap<string, string>;
}

/** The complete document for the iframe's srcdoc; the policy comes first, before any of the mail's markup. */
export function emailSrcdoc(html: string, options: EmailDocumentOptions): string {
  const inlineImages = options.inlineImages ?? new Map<string, string>();
  const body = html.replace(STORED_IMAGE, (whole, start: string, id: string, end: string) => {
    const dataUrl = inlineImages.get(id.toLowerCase());
    return dataUrl?.startsWith('data:image/') ? `${start}${dataUrl}${end}` : whole;
  });
  return (
    '<!doctype html><html><head>' +
    `<meta http-equiv="Content-Security-Policy" content="${emailContentSecurityPolicy(options.allowRemoteImages)}">` +
    '<meta charset="utf-8"><meta name="referrer" content="no-referrer">' +
    // A click on a link may not turn the frame into someone else's page: links target a new tab, which the sandbox
    // (no allow-popups) refuses, so the agent copies a link deliberately instead of following it by accident.
    '<base target="_blank">' +
    `<style>${BASE_STYLE}</style></head><body>${body}</body></html>`
  );
}

const LINE_HEIGHT_PX = 20;
// A frame is 420–700 px wide; at 14 px a line holds about 70 characters.
const CHARACTERS_PER_LINE = 70;
const PADDING_PX = 24;
const BLOCK_MARGIN_PX = 14;
const TABLE_ROW_PX = 10;
const IMAGE_DEFAULT_PX = 120;
export const EMAIL_MIN_HEIGHT_PX = 96;
export const EMAIL_MAX_HEIGHT_PX = 420;
const EMAIL_MAX_EXPANDED_PX = 4000;

// The frame's document cannot be measured from outside (opaque origin, no scripts), so its height is estimated: the
// text part's lines, plus what the markup adds around them (paragraph margins, table padding, images).
function estimatedContentHeight(text: string, html: string): number {
  const lines = text
    .split('\n')
    .reduce((total, line) => total + Math.max(1, Math.ceil(line.length / CHARACTERS_PER_LINE)), 0);
  const blocks = (html.match(/<(?:p|blockquote|ul|ol|h[1-6]|table)\b/gi) ?? []).length;
  const rows = (html.match(/<tr\b/gi) ?? []).length;
  const images = [...html.matchAll(/<img\b[^>]*>/gi)].reduce((total, [tag]) => {
    const height = /\sheight="(\d{1,4})"/i.exec(tag);
    return total + (height ? Number(height[1]) : IMAGE_DEFAULT_PX);
  }, 0);
  return lines * LINE_HEIGHT_PX + blocks * BLOCK_MARGIN_PX + rows * TABLE_ROW_PX + images + PADDING_PX;
}

/** The frame's height: the estimate within sensible bounds; expanded ("toon alles") with room to spare. */
export function emailFrameHeight(text: string, html: string, expanded: boolean): number {
  const estimate = estimatedContentHeight(text, html);
  if (expanded) return Math.min(EMAIL_MAX_EXPANDED_PX, Math.max(EMAIL_MAX_HEIGHT_PX * 1.5, Math.round(estimate * 1.6)));
  return Math.min(EMAIL_MAX_HEIGHT_PX, Math.max(EMAIL_MIN_HEIGHT_PX, estimate));
}

/** Whether the mail may need more room than the frame gives it by default (the estimate is only an estimate). */
export function emailMayOverflow(text: string, html: string): boolean {
  return estimatedContentHeight(text, html) > EMAIL_MAX_HEIGHT_PX * 0.6;
}
