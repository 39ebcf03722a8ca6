import { useEffect, useRef, useState } from 'react';
import type { UserFieldErrors, UserFormState } from './user-form';

/**
 * The state of a user form: its values and its errors per input. An input's error goes once it is edited (the
 * department's also with the role); errors shown by `showErrors` move the focus to the first input named.
 */
export function useUserFormState(initial: () => UserFormState) {
  const [form, setForm] = useState<UserFormState>(initial);
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstError = useRef(false);

  useEffect(() => {
    if (!focusFirstError.current) return;
    focusFirstError.current = false;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const showErrors = (next: UserFieldErrors) => {
    focusFirstError.current = true;
    setErrors(next);
  };

  const edit = (changes: Partial<UserFormState>) => {
    setForm({ ...form, ...changes });
    const cleared = (field: string) => field in changes || (field === 'departmentId' && 'role' in changes);
    if (Object.keys(errors).some(cleared)) {
      setErrors(Object.fromEntries(Object.entries(errors).filter(([field]) => !cleared(field))));
    }
  };

  return { form, errors, formRef, edit, showErrors, clearErrors: () => setErrors({}) };
}
