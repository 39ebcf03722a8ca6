/** The fields to store: empty values mean "not set" and are left out. */
export function withoutEmptyFields(fields: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) if (value) kept[name] = value;
  return kept;
}

/** A change to stored fields: a value replaces, an empty string removes, an absent field stays as it is. */
export function applyFieldChanges(
  current: Record<string, string>,
  changes: Record<string, string | undefined>,
): Record<string, string> {
  const next: Record<string, string> = { ...current };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === '') delete next[name];
    else next[name] = value;
  }
  return next;
}

/** What a change touched, by name only (for the audit line): `name`, `secrets.accessToken (removed)`, … */
export function describeFieldChanges(
  prefix: string,
  changes: Record<string, string | undefined> | undefined,
): string[] {
  return Object.entries(changes ?? {}).flatMap(([name, value]) =>
    value === undefined ? [] : [`${prefix}.${name}${value === '' ? ' (removed)' : ''}`],
  );
}
