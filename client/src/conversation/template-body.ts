export type TemplateSegment = { kind: 'text'; text: string } | { kind: 'parameter'; number: number };

/** Splits a WhatsApp template body into literal text and its {{1}}, {{2}} … placeholders. */
export function templateSegments(body: string): TemplateSegment[] {
  const segments: TemplateSegment[] = [];
  let last = 0;
  for (const match of body.matchAll(/\{\{\s*(\d+)\s*\}\}/g)) {
    if (match.index > last) segments.push({ kind: 'text', text: body.slice(last, match.index) });
    segments.push({ kind: 'parameter', number: Number(match[1]) });
    last = match.index + match[0].length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });
  return segments;
}
