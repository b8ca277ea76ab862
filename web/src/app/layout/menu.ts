import {
  AssignmentIndOutlined as AssignmentIndOutlinedIcon,
  CloudSyncOutlined as CloudSyncOutlinedIcon,
  DeleteSweepOutlined as DeleteSweepOutlinedIcon,
  FileDownloadOutlined as FileDownloadOutlinedIcon,
  FolderOutlined as FolderOutlinedIcon,
  HistoryOutlined as HistoryOutlinedIcon,
  InsightsOutlined as InsightsOutlinedIcon,
  Inventory2Outlined as Inventory2OutlinedIcon,
  MenuBookOutlined as MenuBookOutlinedIcon,
  PhoneInTalkOutlined as PhoneInTalkOutlinedIcon,
  PeopleAltOutlined as PeopleAltOutlinedIcon,
  TodayOutlined as TodayOutlinedIcon,
  UploadFileOutlined as UploadFileOutlinedIcon,
} from '@mui/icons-material';
import type { SvgIconComponent } from '@mui/icons-material';
import { paths } from '@/config/paths';
import { hasAnyPermission, isAdministrator, type Permission } from '@/lib/permissions';

export type MenuKey =
  | 'home'
  | 'projects'
  | 'conversion'
  | 'deletedProjects'
  | 'numbers'
  | 'pool'
  | 'imports'
  | 'exports'
  | 'dictionaries'
  | 'users'
  | 'audit'
  | 'telephony'
  | 'sftp';

export interface MenuItem {
  key: MenuKey;
  to: string;
  icon: SvgIconComponent;
  /** The menu shows the entry with any one of these permissions (none: every signed-in user); the route checks the same. */
  permission: readonly Permission[];
  /** Shown to administrators only (besides the permission). */
  administrators?: boolean;
  /** Also marked active on the paths below it (the conversion's project pages). */
  nested?: boolean;
}

/** The dictionaries screen is for whoever manages one of them; managers only read them elsewhere. */
export const DICTIONARY_MANAGE_PERMISSIONS: readonly Permission[] = ['providers.manage', 'geo.manage', 'statuses.manage'];

/** Starting an import and reading their history are separate permissions; either opens the screen. */
export const IMPORT_PERMISSIONS: readonly Permission[] = ['imports.create', 'imports.read'];
export const EXPORT_PERMISSIONS: readonly Permission[] = ['exports.create', 'exports.read'];

export const menuItems: readonly MenuItem[] = [
  // "Сегодня": everyone's day; the server adds the company's picture for administrators.
  { key: 'home', to: paths.home.href(), icon: TodayOutlinedIcon, permission: [] },
  { key: 'projects', to: paths.projects.href(), icon: FolderOutlinedIcon, permission: ['projects.read'] },
  { key: 'numbers', to: paths.numbers.href(), icon: AssignmentIndOutlinedIcon, permission: ['phone_numbers.read'] },
  // Managers too (their role has conversion.read): they see only their projects' conversion.
  { key: 'conversion', to: paths.conversion.href(), icon: InsightsOutlinedIcon, permission: ['conversion.read'], nested: true },
  { key: 'deletedProjects', to: paths.deletedProjects.href(), icon: DeleteSweepOutlinedIcon, permission: ['projects.delete'] },
  { key: 'pool', to: paths.pool.href(), icon: Inventory2OutlinedIcon, permission: ['pool.read'], administrators: true },
  { key: 'imports', to: paths.imports.href(), icon: UploadFileOutlinedIcon, permission: IMPORT_PERMISSIONS },
  { key: 'exports', to: paths.exports.href(), icon: FileDownloadOutlinedIcon, permission: EXPORT_PERMISSIONS },
  { key: 'dictionaries', to: paths.dictionaries.href(), icon: MenuBookOutlinedIcon, permission: DICTIONARY_MANAGE_PERMISSIONS },
  { key: 'users', to: paths.users.href(), icon: PeopleAltOutlinedIcon, permission: ['users.read'] },
  { key: 'audit', to: paths.audit.href(), icon: HistoryOutlinedIcon, permission: ['audit.read'] },
  // The PBX connections (SoftPhone): administrators hold softphone.manage.
  { key: 'telephony', to: paths.telephony.href(), icon: PhoneInTalkOutlinedIcon, permission: ['softphone.manage'] },
  // SFTP feeds: only administrators hold sftp.manage (all).
  { key: 'sftp', to: paths.sftp.href(), icon: CloudSyncOutlinedIcon, permission: ['sftp.manage'] },
];

/** Whether the menu shows the entry to a user with these permissions. */
export function menuItemVisible(item: MenuItem, permissions: readonly string[] | undefined): boolean {
  if (!permissions) return false;
  const allowed = item.permission.length === 0 || hasAnyPermission(permissions, item.permission);
  return allowed && (!item.administrators || isAdministrator(permissions));
}
