import type { AuditPageDto, AuditQueryParams } from '@ingang/shared';
import { apiRequest } from './http';

export const auditKeys = {
  all: ['admin', 'audit'] as const,
  list: (filters: AuditQueryParams) => ['admin', 'audit', filters] as const,
};

/** A page of the audit log, newest first; `before` is the previous page's `nextCursor`. */
export function fetchAuditPage(params: AuditQueryParams, signal?: AbortSignal): Promise<AuditPageDto> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const search = query.toString();
  return apiRequest<AuditPageDto>(`/api/admin/audit${search ? `?${search}` : ''}`, { signal });
}
