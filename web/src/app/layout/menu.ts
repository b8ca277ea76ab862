import {
  AssignmentIndOutlined as AssignmentIndOutlinedIcon,
  FolderOutlined as FolderOutlinedIcon,
  HistoryOutlined as HistoryOutlinedIcon,
  MenuBookOutlined as MenuBookOutlinedIcon,
  PeopleAltOutlined as PeopleAltOutlinedIcon,
  UploadFileOutlined as UploadFileOutlinedIcon,
} from '@mui/icons-material';
import type { SvgIconComponent } from '@mui/icons-material';
import { paths } from '@/config/paths';
import type { Permission } from '@/lib/permissions';

export type MenuKey = 'projects' | 'numbers' | 'imports' | 'dictionaries' | 'users' | 'audit';

export interface MenuItem {
  key: MenuKey;
  to: string;
  icon: SvgIconComponent;
  /** The menu shows the entry only with this permission. */
  permission: Permission;
}

export const menuItems: readonly MenuItem[] = [
  { key: 'projects', to: paths.projects.href(), icon: FolderOutlinedIcon, permission: 'projects.read' },
  { key: 'numbers', to: paths.numbers.href(), icon: AssignmentIndOutlinedIcon, permission: 'phone_numbers.read' },
  { key: 'imports', to: paths.imports.href(), icon: UploadFileOutlinedIcon, permission: 'imports.create' },
  { key: 'dictionaries', to: paths.dictionaries.href(), icon: MenuBookOutlinedIcon, permission: 'providers.manage' },
  { key: 'users', to: paths.users.href(), icon: PeopleAltOutlinedIcon, permission: 'users.read' },
  { key: 'audit', to: paths.audit.href(), icon: HistoryOutlinedIcon, permission: 'audit.read' },
];
