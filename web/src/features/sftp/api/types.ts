// The SFTP feeds' types under this feature's names: the hosts (their keys and the connection
// test), the schedules, and the runs log. All from the OpenAPI document (src/lib/api-types.ts);
// only the constant lists the forms iterate are written here.

import type {
  CronPreview,
  SftpConfig,
  SftpConfigInput,
  SftpEntry,
  SftpExportSettings,
  SftpExportSettingsInput,
  SftpImportSettings,
  SftpImportSettingsInput,
  SftpRun,
  SftpRunFile,
  SftpSchedule,
  SftpScheduleInput,
  SftpTestResult,
} from '@/lib/api-types';

export type { SftpRunListParams } from '@/lib/api-types';

export type Host = SftpConfig;
export type AuthMethod = SftpConfig['auth_method'];
export const AUTH_METHODS: readonly AuthMethod[] = ['password', 'key'];

/** POST needs these; the document leaves every field optional (PATCH shares it). */
export type HostCreate = SftpConfigInput & Required<Pick<SftpConfigInput, 'name' | 'host' | 'username' | 'auth_method'>>;
/** Only what is sent changes; a secret left out stays. */
export type HostUpdate = SftpConfigInput;

export type HostTest = SftpTestResult;
export type HostKeyStatus = SftpTestResult['host_key']['status'];
export type TestErrorCode = NonNullable<SftpTestResult['error']>['code'];
export const TEST_ERROR_CODES: readonly TestErrorCode[] = [
  'HOST_KEY_UNKNOWN',
  'HOST_KEY_CHANGED',
  'AUTH_FAILED',
  'CONNECT_FAILED',
  'NOT_FOUND',
  'PERMISSION_DENIED',
  'SFTP_ERROR',
];
export type RemoteEntry = SftpEntry;

export type Schedule = SftpSchedule;
export type Direction = SftpSchedule['direction'];
export const DIRECTIONS: readonly Direction[] = ['import', 'export'];
export type ImportSettings = SftpImportSettings;
export type ExportSettings = SftpExportSettings;
export type ImportTarget = SftpImportSettings['target'];
export type ImportColumn = NonNullable<SftpImportSettings['columns']>[number];
/** What a file's column may hold, in the order the uploads' mapping offers them. */
export const IMPORT_COLUMNS = ['phone', 'company', 'site', 'email', 'comment', 'region', 'ignore'] as const satisfies readonly ImportColumn[];
export type ScheduleInput = Omit<SftpScheduleInput, 'import' | 'export'> & {
  import?: SftpImportSettingsInput;
  export?: SftpExportSettingsInput;
};
export type ScheduleCreate = ScheduleInput & Required<Pick<SftpScheduleInput, 'name' | 'config_id' | 'direction' | 'cron'>>;

export type Run = SftpRun;
export type RunStatus = SftpRun['status'];
export type RunFile = SftpRunFile;
export type RunFileAction = SftpRunFile['action'];
export type RunFileImport = NonNullable<SftpRunFile['import']>;
export type CronNext = CronPreview;

export interface HostList {
  data: Host[];
}

export interface ScheduleList {
  data: Schedule[];
}

/** A run is still to finish (the log and its details are asked again meanwhile). */
export function isRunActive(status: RunStatus): boolean {
  return status === 'scheduled' || status === 'running';
}
