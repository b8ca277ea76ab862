// Permission strings as GET /api/v1/auth/me returns them; "all" grants every permission.

export type Permission =
  | 'projects.read'
  | 'projects.create'
  | 'projects.update'
  | 'projects.delete'
  | 'projects.purge'
  | 'projects.members'
  /** Change what a project receives: active, daily limit, suppliers, geo, schedule, distribution. */
  | 'projects.settings'
  | 'phone_numbers.read'
  | 'phone_numbers.update'
  /** Change the assignee of a number a colleague is assigned. */
  | 'phone_numbers.reassign'
  | 'phone_numbers.create'
  | 'providers.read'
  | 'providers.manage'
  | 'geo.read'
  | 'geo.manage'
  | 'statuses.read'
  | 'statuses.manage'
  | 'users.read'
  | 'users.manage'
  | 'roles.read'
  /** Create, change and delete roles (the role editor). */
  | 'roles.manage'
  | 'audit.read'
  | 'imports.create'
  | 'imports.read'
  | 'exports.create'
  | 'exports.read'
  | 'projects.get_base'
  | 'pool.read'
  | 'conversion.read'
  | 'conversion.manage'
  /** Connect PBXs (SoftPhone) and see the calls no number holds. */
  | 'softphone.manage'
  /** SFTP feeds: hosts, schedules, the runs log (only `all` grants it by default). */
  | 'sftp.manage';

export function hasPermission(granted: readonly string[] | undefined, needed: Permission): boolean {
  if (!granted) return false;
  return granted.includes('all') || granted.includes(needed);
}

/** True when any one of `needed` is granted. */
export function hasAnyPermission(granted: readonly string[] | undefined, needed: readonly Permission[]): boolean {
  return needed.some((p) => hasPermission(granted, p));
}

/** Administrators are granted "all"; a few screens (the pool, the distribution runs) are theirs only. */
export function isAdministrator(granted: readonly string[] | undefined): boolean {
  return granted?.includes('all') ?? false;
}
