// The app's routes in one place. `path` is the router pattern; `href` builds a link.

const NUMBER_CARD_PARAM = 'card';

export const paths = {
  signIn: {
    path: '/sign-in',
    href: (redirectTo?: string | null): string =>
      redirectTo && redirectTo !== '/' ? `/sign-in?redirect=${encodeURIComponent(redirectTo)}` : '/sign-in',
  },
  home: { path: '/', href: (): string => '/' },
  projects: { path: '/projects', href: (): string => '/projects' },
  deletedProjects: { path: '/projects/deleted', href: (): string => '/projects/deleted' },
  /** `card`: the number whose card opens over the list (?card=<id>). */
  numbers: {
    path: '/numbers',
    cardParam: NUMBER_CARD_PARAM,
    href: (filters?: { projectId?: number; card?: number }): string => {
      const search = new URLSearchParams();
      if (filters?.projectId) search.set('project', String(filters.projectId));
      if (filters?.card) search.set(NUMBER_CARD_PARAM, String(filters.card));
      const text = search.toString();
      return text ? `/numbers?${text}` : '/numbers';
    },
  },
  /** `target: 'pool'` opens the new import with the pool chosen. */
  imports: {
    path: '/imports',
    href: (options?: { target?: 'pool' }): string => (options?.target === 'pool' ? '/imports?target=pool' : '/imports'),
  },
  pool: { path: '/pool', href: (): string => '/pool' },
  /** `search`: the numbers list's filters (?project=&status=…) to start the export with. */
  exports: {
    path: '/exports',
    href: (search?: URLSearchParams | string): string => {
      const text = search === undefined ? '' : String(search);
      return text ? `/exports?${text}` : '/exports';
    },
  },
  /** `search`: the conversion screen's state (?state=&from=&to=&view=…). */
  conversion: {
    path: '/conversion',
    href: (search?: URLSearchParams | string): string => {
      const text = search === undefined ? '' : String(search);
      return text ? `/conversion?${text}` : '/conversion';
    },
  },
  /** One project's conversion; `search` carries the range and the view (?from=&to=&view=). */
  conversionProject: {
    path: '/conversion/projects/:id',
    href: (id: number, search?: URLSearchParams | string): string => {
      const text = search === undefined ? '' : String(search);
      return text ? `/conversion/projects/${id}?${text}` : `/conversion/projects/${id}`;
    },
  },
  dictionaries: { path: '/dictionaries', href: (): string => '/dictionaries' },
  users: { path: '/users', href: (): string => '/users' },
  /** «Телефония»: `unlinked` opens the unlinked calls (of one PBX when given). */
  telephony: {
    path: '/telephony',
    href: (unlinked?: { integrationId?: number }): string => {
      if (!unlinked) return '/telephony';
      const search = new URLSearchParams({ tab: 'unlinked' });
      if (unlinked.integrationId) search.set('integration', String(unlinked.integrationId));
      return `/telephony?${search.toString()}`;
    },
  },
  /** «SFTP»: `tab` opens the schedules or the runs log, `run` one run's details over the log. */
  sftp: {
    path: '/sftp',
    tabParam: 'tab',
    runParam: 'run',
    href: (options?: { tab?: 'schedules' | 'runs'; run?: number }): string => {
      if (!options?.tab && !options?.run) return '/sftp';
      const search = new URLSearchParams({ tab: options.run ? 'runs' : (options.tab ?? 'runs') });
      if (options.run) search.set('run', String(options.run));
      return `/sftp?${search.toString()}`;
    },
  },
  /** `entity`: the log filtered to one object ("история изменений" of a project or a number). */
  audit: {
    path: '/audit',
    href: (entity?: { type: string; id: number | string }): string =>
      entity ? `/audit?${new URLSearchParams({ entity_type: entity.type, entity_id: String(entity.id) }).toString()}` : '/audit',
  },
} as const;

export const api = {
  prefix: '/api/v1',
} as const;
