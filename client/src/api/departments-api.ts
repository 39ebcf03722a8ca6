import type { CreateDepartmentRequest, DepartmentDto, UpdateDepartmentRequest } from '@ingang/shared';
import { apiRequest } from './http';

export const departmentKeys = {
  all: ['departments'] as const,
  admin: ['departments', 'admin'] as const,
};

const departmentPath = (id: string) => `/api/admin/departments/${encodeURIComponent(id)}`;

/** Every department, deactivated ones included (administrators only). */
export function fetchAdminDepartments(signal?: AbortSignal): Promise<DepartmentDto[]> {
  return apiRequest<DepartmentDto[]>('/api/admin/departments', { signal });
}

export function createDepartment(request: CreateDepartmentRequest): Promise<DepartmentDto> {
  return apiRequest<DepartmentDto>('/api/admin/departments', { method: 'POST', body: request });
}

/** A field left out is kept; `escalationPolicy: null` returns to the default; `active: true` reactivates. */
export function updateDepartment(id: string, request: UpdateDepartmentRequest): Promise<DepartmentDto> {
  return apiRequest<DepartmentDto>(departmentPath(id), { method: 'PATCH', body: request });
}

/** Departments are deactivated, never deleted: escalations keep referring to them. */
export function deactivateDepartment(id: string): Promise<DepartmentDto> {
  return apiRequest<DepartmentDto>(departmentPath(id), { method: 'DELETE' });
}
