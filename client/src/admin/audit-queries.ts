import { useInfiniteQuery } from '@tanstack/react-query';
import type { AuditQueryParams } from '@ingang/shared';
import { auditKeys, fetchAuditPage } from '../api/audit-api';

const PAGE_SIZE = 50;

/** The audit log for these filters, newest first, a page at a time ("Meer laden" fetches the next). */
export function useAuditLog(filters: AuditQueryParams) {
  return useInfiniteQuery({
    queryKey: auditKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchAuditPage({ ...filters, limit: PAGE_SIZE, before: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
