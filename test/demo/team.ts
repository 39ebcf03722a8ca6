// A webcare team to try the workflow with: departments to escalate to, two agents, a supervisor and a back-office
// employee, all with the demo password. Created once; a second demo run on the same data finds them there.

const DEPARTMENTS = ['Belastingen', 'Burgerzaken', 'Stadstoezicht'];
const PEOPLE = [
  { email: 'anna@ingang.demo', name: 'Anna de Wit', role: 'agent' },
  { email: 'bram@ingang.demo', name: 'Bram Hoekstra', role: 'agent' },
  { email: 'sanne@ingang.demo', name: 'Sanne Mulder', role: 'supervisor' },
  { email: 'bert@ingang.demo', name: 'Bert Kramer', role: 'backoffice', department: 'Belastingen' },
] as const;

async function call<T>(
  baseUrl: string,
  path: string,
  token: string | null,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json().catch(() => null)) as T };
}

/** Creates what is missing; returns the lines for the demo's banner. */
export async function seedTeam(
  baseUrl: string,
  admin: { email: string; password: string },
  password: string,
): Promise<string[]> {
  const login = await call<{ token: string }>(baseUrl, '/api/auth/login', null, admin);
  if (login.status !== 200 && login.status !== 201) throw new Error(`demo team: login answered ${login.status}`);
  const token = login.body.token;
  for (const name of DEPARTMENTS) {
    const created = await call(baseUrl, '/api/admin/departments', token, { name });
    if (created.status !== 201 && created.status !== 409)
      throw new Error(`demo team: department ${name} → ${created.status}`);
  }
  const departments = await call<{ id: string; name: string }[]>(baseUrl, '/api/admin/departments', token);
  for (const person of PEOPLE) {
    const departmentId =
      'department' in person ? departments.body.find((each) => each.name === person.department)?.id : undefined;
    const created = await call(baseUrl, '/api/admin/users', token, {
      email: person.email,
      name: person.name,
      role: person.role,
      password,
      ...(departmentId ? { departmentId } : {}),
    });
    if (created.status !== 201 && created.status !== 409)
      throw new Error(`demo team: user ${person.email} → ${created.status}`);
  }
  return PEOPLE.map(
    (person) =>
      `${person.email} / ${password} (${person.role}${'department' in person ? `, ${person.department}` : ''})`,
  );
}
