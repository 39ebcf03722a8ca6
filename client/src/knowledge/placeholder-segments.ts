import { findPlaceholders, isPlaceholderName, type PlaceholderValues } from '@ingang/shared';

/** A piece of a standard answer as a preview shows it: plain text, a filled-in value, or a placeholder left as is. */
export type PlaceholderSegment =
  | { kind: 'text'; text: string }
  | { kind: 'value'; text: string; name: string }
  | { kind: 'unfilled'; text: string; name: string; known: boolean };

/** The body cut at its placeholders, each filled in as fillPlaceholders() would, so a preview can mark them. */
export function placeholderSegments(body: string, values: PlaceholderValues): PlaceholderSegment[] {
  const segments: PlaceholderSegment[] = [];
  let from = 0;
  for (const span of findPlaceholders(body)) {
    if (span.start > from) segments.push({ kind: 'text', text: body.slice(from, span.start) });
    from = span.end;
    const value = isPlaceholderName(span.name) ? values[span.name]?.trim() : undefined;
    const written = body.slice(span.start, span.end);
    segments.push(
      value
        ? { kind: 'value', text: value, name: span.name }
        : { kind: 'unfilled', text: written, name: span.name, known: span.known },
    );
  }
  if (from < body.length) segments.push({ kind: 'text', text: body.slice(from) });
  return segments;
}
