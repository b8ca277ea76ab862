// Every TanStack Query key of the app, so invalidations name the same keys as the queries.

import type { PhoneNumberListParams, ProjectListParams } from './api-types';

export const queryKeys = {
  me: ['auth', 'me'] as const,
  projects: {
    all: ['projects'] as const,
    lists: () => ['projects', 'list'] as const,
    list: (params: ProjectListParams) => ['projects', 'list', params] as const,
    detail: (id: number) => ['projects', 'detail', id] as const,
  },
  phoneNumbers: {
    all: ['phone_numbers'] as const,
    lists: () => ['phone_numbers', 'list'] as const,
    list: (params: PhoneNumberListParams) => ['phone_numbers', 'list', params] as const,
  },
  numberStatuses: ['number_statuses'] as const,
  providers: ['providers'] as const,
} as const;
