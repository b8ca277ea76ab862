import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AuditLogFilters, AuditLogPage, AuditLogParams } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** Records per page ("Показать ещё" asks for this many more). */
export const AUDIT_PAGE_SIZE = 100;

export function getAuditLog(params: AuditLogParams, signal?: AbortSignal): Promise<AuditLogPage> {
  return api.get<AuditLogPage>('/api/v1/audit_log', { params: { ...params }, signal });
}

/**
 * The log, newest first, one keyset page after another: each page starts at the previous
 * page's `next_cursor` (never an offset, never a total).
 */
export const auditLogQueryOptions = (filters: AuditLogFilters, limit = AUDIT_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: queryKeys.auditLog.list({ ...filters, limit }),
    queryFn: ({ pageParam, signal }) => getAuditLog({ ...filters, limit, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pagination.has_next ? last.pagination.next_cursor : null),
    // Other filters keep the rows shown until their first page has come.
    placeholderData: keepPreviousData,
  });

export function useAuditLog(filters: AuditLogFilters) {
  return useInfiniteQuery(auditLogQueryOptions(filters));
}
