import {
  createUserRequestSchema,
  departmentRuleIssue,
  MAX_CONVERSATIONS_LIMIT,
  updateUserRequestSchema,
  type AdminUserDto,
  type CreateUserRequest,
  type Role,
  type UpdateUserRequest,
} from '@ingang/shared';

/** What the user forms hold; the capacity stays text ('' for no limit) until it is valid. */
export interface UserFormState {
  name: string;
  email: string;
  role: Role;
  /** '' for none; only a back-office user keeps one. */
  departmentId: string;
  capacity: string;
  disabled: boolean;
  /** '' keeps the password (when editing). */
  password: string;
}

export type UserField = 'name' | 'email' | 'role' | 'departmentId' | 'capacity' | 'password';
/** The first problem per input; the value is a key under `admin.users.errors`. */
export type UserFieldErrors = Partial<Record<UserField, string>>;

export type UserFormResult<T> = { valid: true; request: T } | { valid: false; errors: UserFieldErrors };

export const emptyUserForm = (): UserFormState => ({
  name: '',
  email: '',
  role: 'agent',
  departmentId: '',
  capacity: '',
  disabled: false,
  password: '',
});

export function userFormFor(user: AdminUserDto): UserFormState {
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    departmentId: user.departmentId ?? '',
    capacity: user.maxConversations === null ? '' : String(user.maxConversations),
    disabled: user.disabledAt !== null,
    password: '',
  };
}

/** '' is no limit; otherwise a whole number from 1 to 100 (undefined: not a valid capacity). */
export function parseCapacity(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 1 && value <= MAX_CONVERSATIONS_LIMIT ? value : undefined;
}

/** A back-office user's department as the form shows it; everyone else has none. */
const departmentOf = (form: UserFormState) => (form.role === 'backoffice' ? form.departmentId || null : null);

// The schemas in shared/ speak English to developers; the form names each problem in the user's language.
function errorKeyOf(field: UserField, message: string): string {
  if (field === 'name') {
    if (message.startsWith('Too small')) return 'nameRequired';
    if (message.startsWith('Too big')) return 'nameTooLong';
    if (message.includes('control characters')) return 'nameInvalid';
  }
  if (field === 'email') return 'emailInvalid';
  if (field === 'password') return message.startsWith('Too big') ? 'passwordTooLong' : 'passwordTooShort';
  if (field === 'departmentId') {
    if (message.includes('needs a department')) return 'departmentRequired';
    if (message.includes('not active')) return 'departmentInactive';
  }
  if (field === 'capacity') return 'capacityInvalid';
  return 'other';
}

const FIELDS: readonly UserField[] = ['name', 'email', 'role', 'departmentId', 'capacity', 'password'];

/** Issues of the form's own check or of the API's VALIDATION_FAILED `details`, per input. */
export function userErrorsOf(issues: readonly { path: string; message: string }[]): UserFieldErrors {
  const errors: UserFieldErrors = {};
  for (const issue of issues) {
    const field = issue.path === 'maxConversations' ? 'capacity' : FIELDS.find((candidate) => candidate === issue.path);
    if (field && !errors[field]) errors[field] = errorKeyOf(field, issue.message);
  }
  if (Object.keys(errors).length === 0 && issues.length > 0) errors.name = 'other';
  return errors;
}

const issuesOf = (error: { issues: { path: PropertyKey[]; message: string }[] }) =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/** The new user as the API takes it, checked with the schema the server uses. */
export function validateNewUser(form: UserFormState): UserFormResult<CreateUserRequest> {
  const capacity = parseCapacity(form.capacity);
  const errors: UserFieldErrors = capacity === undefined ? { capacity: 'capacityInvalid' } : {};
  const result = createUserRequestSchema.safeParse({
    name: form.name,
    email: form.email,
    role: form.role,
    password: form.password,
    departmentId: departmentOf(form),
    maxConversations: capacity ?? null,
  });
  if (result.success && capacity !== undefined) return { valid: true, request: result.data };
  return { valid: false, errors: { ...(result.success ? {} : userErrorsOf(issuesOf(result.error))), ...errors } };
}

/** Only what changed (an empty change is `{}`), checked with the schema the server uses. */
export function validateUserChanges(user: AdminUserDto, form: UserFormState): UserFormResult<UpdateUserRequest> {
  const capacity = parseCapacity(form.capacity);
  const departmentId = departmentOf(form);
  const request: UpdateUserRequest = {};
  if (form.name.trim() !== user.name) request.name = form.name;
  if (form.role !== user.role) request.role = form.role;
  if (departmentId !== user.departmentId) request.departmentId = departmentId;
  if (capacity !== undefined && capacity !== user.maxConversations) request.maxConversations = capacity;
  if (form.disabled !== (user.disabledAt !== null)) request.disabled = form.disabled;
  if (form.password !== '') request.password = form.password;

  const issues: { path: string; message: string }[] = [];
  const result = updateUserRequestSchema.safeParse(request);
  if (!result.success) issues.push(...issuesOf(result.error));
  const departmentIssue = departmentRuleIssue(form.role, departmentId);
  if (departmentIssue) issues.push({ path: 'departmentId', message: departmentIssue });
  const errors = userErrorsOf(issues);
  if (capacity === undefined) errors.capacity = 'capacityInvalid';
  if (Object.keys(errors).length > 0 || !result.success) return { valid: false, errors };
  return { valid: true, request: result.data };
}
