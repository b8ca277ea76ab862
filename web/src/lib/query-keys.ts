// Every TanStack Query key of the app, so invalidations name the same keys as the queries.

import type {
  AuditLogParams,
  ConversionRangeParams,
  ConversionSummaryParams,
  DistributionRunListParams,
  ExportListParams,
  GeoListParams,
  ImportListParams,
  PhoneNumberListParams,
  ProjectListParams,
  SftpRunListParams,
  UserListParams,
} from './api-types';

export const queryKeys = {
  me: ['auth', 'me'] as const,
  projects: {
    all: ['projects'] as const,
    lists: () => ['projects', 'list'] as const,
    list: (params: ProjectListParams) => ['projects', 'list', params] as const,
    detail: (id: number) => ['projects', 'detail', id] as const,
    deleted: (params: { limit: number; offset: number }) => ['projects', 'deleted', params] as const,
    members: (id: number) => ['projects', 'members', id] as const,
  },
  phoneNumbers: {
    all: ['phone_numbers'] as const,
    lists: () => ['phone_numbers', 'list'] as const,
    list: (params: PhoneNumberListParams) => ['phone_numbers', 'list', params] as const,
    detail: (id: number) => ['phone_numbers', 'detail', id] as const,
    notes: (id: number) => ['phone_numbers', 'notes', id] as const,
  },
  numberStatuses: ['number_statuses'] as const,
  providers: ['providers'] as const,
  geo: {
    all: ['geo'] as const,
    list: (params: GeoListParams) => ['geo', 'list', params] as const,
    detail: (id: number) => ['geo', 'detail', id] as const,
  },
  users: {
    all: ['users'] as const,
    list: (params: UserListParams) => ['users', 'list', params] as const,
  },
  roles: ['roles'] as const,
  permissions: ['permissions'] as const,
  home: ['home'] as const,
  jobs: {
    detail: (id: number) => ['jobs', id] as const,
  },
  imports: {
    all: ['imports'] as const,
    lists: () => ['imports', 'list'] as const,
    list: (params: ImportListParams) => ['imports', 'list', params] as const,
    detail: (id: number) => ['imports', 'detail', id] as const,
  },
  exports: {
    all: ['exports'] as const,
    lists: () => ['exports', 'list'] as const,
    list: (params: ExportListParams) => ['exports', 'list', params] as const,
    detail: (id: number) => ['exports', 'detail', id] as const,
  },
  pool: {
    all: ['pool'] as const,
    summary: () => ['pool', 'summary'] as const,
  },
  numberingPlan: ['numbering_plan'] as const,
  distributionRuns: {
    all: ['distribution_runs'] as const,
    lists: () => ['distribution_runs', 'list'] as const,
    list: (params: DistributionRunListParams) => ['distribution_runs', 'list', params] as const,
    detail: (id: number) => ['distribution_runs', 'detail', id] as const,
  },
  conversion: {
    all: ['conversion'] as const,
    summary: (params: ConversionSummaryParams) => ['conversion', 'summary', params] as const,
    project: (id: number, params: ConversionRangeParams) => ['conversion', 'project', id, params] as const,
  },
  softphone: {
    all: ['softphone'] as const,
    /** The signed-in user's extension and click-to-call. */
    me: ['softphone', 'me'] as const,
    integrations: ['softphone', 'integrations'] as const,
    /** The filters only: the pages (cursors) are those of one infinite query. */
    calls: (filters: { unlinked?: boolean; integration_id?: number; limit?: number }) => ['softphone', 'calls', filters] as const,
  },
  sftp: {
    all: ['sftp'] as const,
    hosts: ['sftp', 'hosts'] as const,
    schedules: ['sftp', 'schedules'] as const,
    cron: (expression: string, timezone: string) => ['sftp', 'cron', expression, timezone] as const,
    runs: {
      all: ['sftp', 'runs'] as const,
      list: (params: SftpRunListParams) => ['sftp', 'runs', 'list', params] as const,
      detail: (id: number) => ['sftp', 'runs', 'detail', id] as const,
    },
  },
  auditLog: {
    all: ['audit_log'] as const,
    /** The filters only: the pages (cursors) are those of one infinite query. */
    list: (filters: Omit<AuditLogParams, 'cursor'>) => ['audit_log', 'list', filters] as const,
  },
} as const;
