// The one translation layer for the server's words: its error `message`s, the `issue`s of its
// field details, the import readers' file and row errors, the reasons of failed jobs and of the
// distribution. The server speaks English; the UI shows them in the user's language.
// Exact texts come from a dictionary, texts with numbers or names from a short list of patterns,
// error codes give a generic message; a text this UI does not know is shown as the server wrote it.

import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ru, type Messages } from '@/locales/ru';
import { isApiError } from './api-client';

type ServerMessages = Messages['serverMessages'];
export type ServerErrorCode = keyof ServerMessages['codes'];
type ExactKey = keyof ServerMessages['exact'];
type PatternKey = Exclude<keyof ServerMessages['patterns'], `usesProjects_${string}` | `usesNumbers_${string}`> | 'usesProjects' | 'usesNumbers';

/** The server's exact texts (server/src: validation_error, f.fail, issues, conflict, not_found, FileError …). */
const EXACT: Readonly<Record<string, ExactKey>> = {
  'Invalid input data': 'invalidInput',
  'Authentication required': 'authRequired',
  'You do not have permission to perform this action': 'forbidden',
  'Not found': 'notFound',
  'No such endpoint': 'noSuchEndpoint',
  'Job not found': 'jobNotFound',
  'Project not found': 'projectNotFound',
  'Member not found': 'memberNotFound',
  'User not found': 'userNotFound',
  'Export not found': 'exportNotFound',
  'Provider not found': 'providerNotFound',
  'Geo entry not found': 'geoNotFound',
  'Status not found': 'statusNotFound',
  'Import not found': 'importNotFound',
  'Run not found': 'runNotFound',
  'Number not found': 'numberNotFound',
  'The file is no longer available': 'fileGone',
  'No error report: the import is unknown or not completed': 'noErrorReport',
  'The project is not deleted': 'projectNotDeleted',
  'The project is being deleted permanently and cannot be restored': 'projectBeingPurged',
  'Delete the project first; only deleted projects can be deleted permanently': 'deleteProjectFirst',
  'A user with this username already exists': 'usernameTaken',
  'A user with this email already exists': 'emailTaken',
  'You cannot deactivate your own account': 'cannotDeactivateSelf',
  'You cannot change your own role': 'cannotChangeOwnRole',
  'Invalid username or password': 'invalidCredentials',
  'The refresh token is invalid, expired or revoked': 'invalidRefreshToken',
  'Too many failed sign-in attempts; try again later': 'tooManyAttempts',
  'Send the refresh token or an access token to sign out': 'logoutNeedsToken',
  'The access token is invalid or expired': 'accessTokenInvalid',
  'The export file was removed after its retention period': 'exportFileRemoved',
  'A provider with this code already exists': 'providerCodeTaken',
  'A geo entry for this place already exists': 'geoTaken',
  'A status with this code already exists': 'statusCodeTaken',
  "The default status 'new' cannot be renamed": 'defaultStatusRename',
  "The default status 'new' cannot be deleted": 'defaultStatusDelete',
  'Request body must be a JSON object': 'bodyNotObject',
  'The record is referenced by or refers to another record': 'referenced',
  'A value is out of range or malformed': 'valueOutOfRange',
  'The database is not available; try again shortly': 'databaseUnavailable',
  'Internal server error': 'internalError',
  'The request line or headers are larger than 16 KiB': 'headersTooLarge',
  'The request is malformed': 'requestMalformed',
  'The request target is not a valid URL': 'badTarget',
  'The request body is larger than this endpoint accepts': 'bodyTooLarge',
  'The upload is larger than the configured limit': 'uploadTooLarge',
  'The body is not valid multipart/form-data': 'badMultipart',
  'The upload could not be stored': 'uploadNotStored',
  'The number is already in this project': 'numberInProject',
  "The project's daily limit has been reached": 'dailyLimitReached',
  "Outside the project's schedule in all of its regions": 'outsideSchedule',
  "No numbers of the project's suppliers and regions are waiting in the pool": 'poolEmpty',
  'The project is paused or deleted': 'projectInactive',
  // Field issues.
  'is required': 'required',
  'is empty': 'empty',
  'already exists': 'alreadyExists',
  'must be a string': 'mustBeString',
  'must be a boolean': 'mustBeBoolean',
  'must be an integer': 'mustBeInteger',
  'must be an id': 'mustBeId',
  'must be an array of ids': 'mustBeIdArray',
  'must be an array of {weekday, start_time, end_time}': 'scheduleShape',
  'must be an object': 'mustBeObject',
  'must be 1 (Monday) to 7 (Sunday)': 'weekdayRange',
  'must be a time HH:MM': 'timeHhMm',
  'an active project needs at least one provider': 'activeNeedsProvider',
  'an active project needs at least one geo': 'activeNeedsGeo',
  'contains an unknown provider': 'unknownProviderInList',
  'contains an unknown geo': 'unknownGeoInList',
  'give both start_time and end_time, or neither for the whole day': 'bothTimesOrNone',
  'must be a time from 00:00 to 23:59': 'startTimeRange',
  'must be a time from 00:01 to 24:00': 'endTimeRange',
  'start_time must be before end_time': 'startBeforeEnd',
  'must be from 1 to 3650 days, or null for never': 'retentionDays',
  'must be include or exclude': 'sitesMode',
  'must be a list of at most 10000 domains, each at most 253 characters': 'sitesList',
  'must be from 0 (no limit) to 100000000': 'dailyLimitRange',
  'unknown user': 'unknownUser',
  'must be 3-150 letters, digits or _ . @ -': 'usernameFormat',
  'must be a valid email address': 'validEmail',
  'unknown role': 'unknownRole',
  'must be active or inactive': 'activeOrInactive',
  'must be csv or xlsx': 'csvOrXlsx',
  'must be ; or ,': 'semicolonOrComma',
  'must be ru or en': 'ruOrEn',
  "must be an object with the numbers list's filters": 'exportFilters',
  'must be 1-32 letters, digits or _ . -': 'providerCodeFormat',
  'must be an ISO 3166-1 alpha-2 code': 'countryCode',
  'must be an IANA time zone name, e.g. Europe/Moscow': 'timezoneName',
  'requires a region': 'requiresRegion',
  'must be 1-50 lower-case letters, digits or _, starting with a letter': 'statusCodeFormat',
  'must be a colour like #4caf50': 'colorFormat',
  'must be a 32-bit integer': 'int32',
  'is the default status': 'isDefaultStatus',
  'must be a two-letter country code such as RU': 'twoLetterCountry',
  'must be a positive integer': 'positiveInteger',
  'must be a JSON array of column names': 'columnsArray',
  'unknown column name; use phone, company, site, email, comment, region or ignore': 'unknownColumn',
  'one column must be phone': 'onePhoneColumn',
  'must be project or pool': 'projectOrPool',
  'must be empty for an import into the pool': 'emptyForPool',
  'must be import or pool': 'importOrPool',
  'no such project': 'noSuchProject',
  'no such provider': 'noSuchProvider',
  'no such geo entry': 'noSuchGeo',
  'must not contain a NUL character': 'noNulCharacter',
  'a key contains a NUL character': 'keyWithNul',
  'must be a date or an ISO 8601 timestamp': 'dateOrTimestamp',
  'give 3 to 15 digits of the number': 'phoneDigits',
  'give 3 to 100 characters of the company, site or comment': 'textChars',
  'must be overdue, today or week': 'reminderWhen',
  'must be an ISO 8601 timestamp': 'timestamp',
  'unknown status': 'unknownStatus',
  'unknown or inactive user': 'unknownOrInactiveUser',
  'unknown provider': 'unknownProvider',
  'unknown geo': 'unknownGeo',
  "is not a member of the number's project": 'notProjectMember',
  'is not a valid phone number': 'invalidPhoneNumber',
  'already in this project': 'alreadyInProject',
  'give at least one of status_id, assigned_to, is_favourite': 'bulkNeedsChange',
  'give either phone_number_ids or filter': 'idsOrFilter',
  'must be an array of 1 to 10000 ids': 'idsArray',
  'must contain only ids': 'onlyIds',
  "must be an object with the list's filters": 'listFilters',
  'must be a date (YYYY-MM-DD) or an ISO 8601 timestamp': 'dateYmdOrTimestamp',
  'is out of range or too long': 'outOfRangeOrLong',
  // The conversion (server/src/conversion, dictionaries/providers.cpp).
  'must be a date (YYYY-MM-DD)': 'dateYmd',
  'must be on or before date_to, at most 366 days before it': 'conversionRange',
  'choose a supplier or a region, not both': 'supplierOrRegion',
  'must be a number from 0 to 1000000000, or null': 'pricePerNumber',
  // The import readers' file errors.
  'no column holds phone numbers; give a column mapping': 'noPhoneColumn',
  'the file is empty': 'fileEmpty',
  'the file is not a text (CSV) file': 'notCsv',
  'the file ends inside a quoted field (is it truncated?)': 'quotedFieldUnterminated',
  'the file takes too long to read for a preview (millions of empty rows?)': 'previewTooSlow',
  'cannot read the file': 'cannotReadFile',
  'not an XLSX file': 'notXlsx',
  'not an XLSX file: the ZIP archive has no xl/workbook.xml': 'xlsxNoWorkbook',
  'the XLSX file has no worksheets': 'xlsxNoSheets',
  'not an XLS file': 'notXls',
  'not an XLS file: it holds no Excel workbook': 'xlsNoWorkbook',
  'the XLS file is damaged: it ends early (is it cut short?)': 'xlsEndsEarly',
  'the XLS file is too large or damaged': 'xlsTooLarge',
  'the XLS file uses an unsupported code page': 'xlsCodePage',
  'the XLS file is password-protected; save it without a password': 'xlsPassword',
  // The numbering plan registry.
  'the registry file cannot be read (not seekable)': 'registryNotSeekable',
  'the registry file cannot be read': 'registryUnreadable',
  'the registry file cannot be read again': 'registryUnreadableAgain',
  'От is greater than До': 'registryFromGreaterThanTo',
  'Оператор is empty': 'registryOperatorEmpty',
  'Регион is empty': 'registryRegionEmpty',
  'the registry file has no ranges': 'registryNoRanges',
  // An import's row errors.
  'no phone number': 'noPhone',
  'not a valid phone number': 'notValidPhone',
  'the row holds a NUL character or text that is not valid UTF-8': 'badText',
  // Failed jobs.
  'the import or its project no longer exists': 'importGone',
  'the project was deleted': 'projectWasDeleted',
  'the user who asked for the export is no longer active': 'exporterInactive',
  'the export no longer exists': 'exportGone',
  "the export's filter is not valid": 'exportFilterInvalid',
  'the user may no longer export numbers': 'exportNotAllowed',
  "the job's lease was lost": 'leaseLost',
  'the job names no project': 'jobNamesNoProject',
  'the project no longer exists': 'projectGone',
  // Roles (server/src/users/roles.cpp).
  'Role not found': 'roleNotFound',
  'A role with this name exists': 'roleNameTaken',
  'The administrator role always holds every permission and keeps its name': 'administratorRoleFixed',
  'A built-in role keeps its name': 'builtInRoleName',
  'a built-in role keeps its name': 'builtInRoleNameIssue',
  'A built-in role cannot be deleted': 'builtInRoleDelete',
  'is held by users': 'heldByUsers',
  'must be 1 to 50 characters, without spaces at the ends': 'roleNameFormat',
  'must be an array of permission codes': 'permissionsArray',
  'contains an unknown permission (see GET /permissions)': 'unknownPermission',
  // SoftPhone (server/src/softphone).
  'Integration not found': 'integrationNotFound',
  'must be numbase, zadarma or mango': 'pbxKind',
  'is not a secret of this kind': 'notSecretOfKind',
  'must name an active user by id': 'activeUserId',
  'must be answered, no_answer, busy or failed': 'callOutcome',
  'must be a status id, or null to leave the status': 'statusIdOrNull',
  'cannot change: make another integration': 'kindFixed',
  'no PBX with click-to-call knows your extension': 'noClickToCall',
  'is not a number of your projects': 'notYourNumber',
  'must be an http(s) address up to 500 characters': 'pbxApiUrl',
  'must be a project id, or null to leave such calls unlinked': 'unlinkedProjectId',
  // SFTP feeds (server/src/sftp).
  'SFTP host not found': 'sftpHostNotFound',
  'An SFTP host with this name already exists': 'sftpHostNameTaken',
  'SFTP schedule not found': 'sftpScheduleNotFound',
  'SFTP run not found': 'sftpRunNotFound',
  'The host has schedules: delete them first': 'sftpHostHasSchedules',
  'A run on this host has not finished yet': 'sftpHostRunning',
  "The schedule's host is switched off": 'sftpScheduleHostOff',
  'A run of this schedule has not finished yet': 'sftpScheduleRunning',
  'This is not the key the last test met: test the connection again': 'sftpNotSeenKey',
  'is not the key the server showed in the last test': 'sftpNotSeenKeyIssue',
  'must be password or key': 'passwordOrKey',
  'is not a private key libssh can read (OpenSSH or PEM), or the passphrase is wrong': 'privateKeyUnreadable',
  'must be a cron expression of five fields (minute hour day month weekday) or @hourly, @daily, @weekly, @monthly, @yearly': 'cronExpression',
  'must be import or export': 'importOrExport',
  'must be pool or project': 'poolOrProject',
  'must be a path of up to 1000 characters': 'remotePath',
  'no such host': 'noSuchHost',
  'must be a file name template such as numbers_{yyyy-mm-dd}.csv': 'fileNameTemplate',
  'must be a host name or address': 'hostNameOrAddress',
  'must be at most 16 KiB': 'atMost16KiB',
  'cannot change: make another schedule': 'directionFixed',
  "the host key has not been accepted yet: compare its fingerprint with the one the server's owner gives": 'sftpKeyNotAccepted',
  'the schedule has no owner to import for': 'sftpNoOwnerImport',
  'the schedule has no owner to export for': 'sftpNoOwnerExport',
  'the run no longer exists': 'sftpRunGone',
  'the SFTP host was deleted': 'sftpHostDeleted',
  'the SFTP host is switched off': 'sftpHostSwitchedOff',
  'the private key cannot be read, or its passphrase is wrong': 'privateKeyOrPassphrase',
  'the server refused an SFTP session': 'sftpSessionRefused',
  'the SFTP session did not start': 'sftpSessionNotStarted',
};

type Translate = (text: string) => string;
type Vars = Record<string, string | number>;

interface Pattern {
  re: RegExp;
  /** The translation of a match; `tr` translates a nested server text (a reason inside a message). */
  render: (m: RegExpMatchArray, t: Lookup, tr: Translate) => string;
}

/** A key of the serverMessages section (kept out of i18next's typed keys, see i18n-types.d.ts). */
type Lookup = (key: string, vars?: Vars) => string;

/** t for serverMessages: values are the server's own words (names, values), React escapes them. */
function lookup(t: TFunction): Lookup {
  const untyped = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return (key, vars) => untyped(`serverMessages.${key}`, { ...vars, interpolation: { escapeValue: false } });
}

const p = (key: PatternKey, vars: Vars, t: Lookup): string => t(`patterns.${key}`, vars);

/** "2 projects and 10 numbers" (dictionaries/fields.hpp in_use) in the user's language. */
function uses(text: string, t: Lookup): string | null {
  const parts = text.split(' and ').map((part) => {
    const m = /^(\d+) (projects|numbers)$/.exec(part);
    if (!m) return null;
    const count = Number(m[1]);
    return p(m[2] === 'projects' ? 'usesProjects' : 'usesNumbers', { count, n: count }, t);
  });
  if (parts.some((x) => x === null) || parts.length === 0) return null;
  return (parts as string[]).reduce((first, second) => p('and', { first, second }, t));
}

const IN_USE: Readonly<Record<string, PatternKey>> = { provider: 'providerInUse', 'geo entry': 'geoInUse', status: 'statusInUse' };

/** Texts with numbers, names or another server text inside; the first match wins. */
const PATTERNS: readonly Pattern[] = [
  { re: /^must be (\d+)-(\d+) characters$/, render: (m, t) => p('lengthRange', { min: m[1]!, max: m[2]! }, t) },
  { re: /^must be (\d+) to (\d+) characters$/, render: (m, t) => p('lengthTo', { min: m[1]!, max: m[2]! }, t) },
  { re: /^is required: (\d+) to (\d+) characters$/, render: (m, t) => p('requiredLength', { min: m[1]!, max: m[2]! }, t) },
  { re: /^must be at most (\d+) characters$/, render: (m, t) => p('atMost', { max: m[1]! }, t) },
  { re: /^must be at least (\d+) characters$/, render: (m, t) => p('atLeast', { min: m[1]! }, t) },
  { re: /^must be from (-?\d+) to (-?\d+)$/, render: (m, t) => p('numberRange', { min: m[1]!, max: m[2]! }, t) },
  { re: /^must be an integer from (-?\d+) to (-?\d+)$/, render: (m, t) => p('integerRange', { min: m[1]!, max: m[2]! }, t) },
  { re: /^must be one of: (.+)$/, render: (m, t) => p('oneOf', { list: m[1]! }, t) },
  { re: /^time windows of weekday (\d+) overlap$/, render: (m, t) => p('windowsOverlap', { day: m[1]! }, t) },
  { re: /^weekday (\d+) is both a whole day and windows$/, render: (m, t) => p('wholeDayAndWindows', { day: m[1]! }, t) },
  { re: /^weekday (\d+) is listed twice$/, render: (m, t) => p('weekdayTwice', { day: m[1]! }, t) },
  { re: /^The job has already finished \((.+)\)$/, render: (m, t) => p('jobFinished', { status: m[1]! }, t) },
  { re: /^The export is not ready \((.+)\)$/, render: (m, t) => p('exportNotReady', { status: m[1]! }, t) },
  {
    re: /^The (provider|geo entry|status) is used by (.+)$/,
    render: (m, t) => {
      const list = uses(m[2]!, t);
      return list === null ? m[0] : p(IN_USE[m[1]!]!, { uses: list }, t);
    },
  },
  {
    re: /^used by (.+)$/,
    render: (m, t) => {
      const list = uses(m[1]!, t);
      return list === null ? m[0] : p('usedBy', { uses: list }, t);
    },
  },
  { re: /^Method (\S+) is not allowed here$/, render: (m, t) => p('methodNotAllowed', { method: m[1]! }, t) },
  { re: /^No such endpoint: (.+)$/, render: (m, t) => p('noSuchEndpoint', { target: m[1]! }, t) },
  { re: /^Request body is not valid JSON: (.+)$/, render: (m, t) => p('invalidJson', { reason: m[1]! }, t) },
  { re: /^The file cannot be read: (.+)$/s, render: (m, t, tr) => p('fileUnreadable', { reason: tr(m[1]!) }, t) },
  { re: /^The numbering plan file cannot be loaded: (.+)$/s, render: (m, t, tr) => p('planUnloadable', { reason: tr(m[1]!) }, t) },
  { re: /^line (\d+): (.+)$/s, render: (m, t, tr) => p('atLine', { line: m[1]!, reason: tr(m[2]!) }, t) },
  { re: /^already in another project: (.*)$/s, render: (m, t) => p('inOtherProject', { project: m[1]! }, t) },
  { re: /^the file is missing: (.+)$/, render: (m, t) => p('fileMissing', { name: m[1]! }, t) },
  { re: /^a row has more than (\d+) columns$/, render: (m, t) => p('tooManyColumns', { max: m[1]! }, t) },
  { re: /^a row is longer than (\d+) bytes$/, render: (m, t) => p('rowTooLong', { max: m[1]! }, t) },
  { re: /^a cell is longer than (\d+) bytes$/, render: (m, t) => p('cellTooLong', { max: m[1]! }, t) },
  {
    re: /^the XLSX file is damaged or hostile: (.+) inflates to far more than a spreadsheet of its size could hold$/,
    render: (m, t) => p('xlsxHostile', { part: m[1]! }, t),
  },
  { re: /^the XLSX file is damaged: (.+)$/, render: (m, t) => p('xlsxDamaged', { detail: m[1]! }, t) },
  { re: /^the XLSX file's shared strings take more than (\d+) MiB$/, render: (m, t) => p('xlsxSharedStrings', { max: m[1]! }, t) },
  { re: /^the XLS file is damaged \(FreeXL error (-?\d+)\)$/, render: (m, t) => p('xlsDamaged', { code: m[1]! }, t) },
  {
    re: /^not a numbering plan registry file \((.+)\); its first row must name the columns (.+)$/,
    render: (m, t) => {
      const missing = /^no column (.+)$/.exec(m[1]!);
      const why =
        m[1] === 'it is empty' ? p('registryEmpty', {}, t) : missing ? p('registryMissingColumn', { column: missing[1]! }, t) : m[1]!;
      return p('registryHeader', { why, columns: m[2]! }, t);
    },
  },
  { re: /^the row has (\d+) columns, the header (\d+)$/, render: (m, t) => p('registryColumnCount', { count: m[1]!, header: m[2]! }, t) },
  { re: /^АВС\/ DEF must be a 3-digit code, not '(.*)'$/s, render: (m, t) => p('registryCode', { value: m[1]! }, t) },
  { re: /^От must be a number of up to 7 digits, not '(.*)'$/s, render: (m, t) => p('registryFrom', { value: m[1]! }, t) },
  { re: /^До must be a number of up to 7 digits, not '(.*)'$/s, render: (m, t) => p('registryTo', { value: m[1]! }, t) },
  { re: /^Емкость '(.*)' is not the size of the range От\.\.До$/s, render: (m, t) => p('registryCapacity', { value: m[1]! }, t) },
  { re: /^the range overlaps the one on line (\d+)$/, render: (m, t) => p('registryOverlap', { line: m[1]! }, t) },
  { re: /^no handler for job kind (.+)$/, render: (m, t) => p('noJobHandler', { kind: m[1]! }, t) },
  {
    re: /^The role is held by (\d+) user\(s\): give them another role first$/,
    render: (m, t) => p('roleHeld', { count: m[1]! }, t),
  },
  // SFTP feeds (server/src/sftp): the port's range, a run's errors.
  { re: /^must be between (-?\d+) and (-?\d+)$/, render: (m, t) => p('numberRange', { min: m[1]!, max: m[2]! }, t) },
  { re: /^the remote file (.+) does not exist$/s, render: (m, t) => p('remoteFileMissing', { path: m[1]! }, t) },
  { re: /^cannot connect to (\S+): (.+)$/s, render: (m, t) => p('cannotConnect', { host: m[1]!, reason: m[2]! }, t) },
  {
    re: /^the host key of (\S+) has changed \((\S+), accepted (\S+)\): this may be an attack; nothing was sent$/,
    render: (m, t) => p('hostKeyChanged', { host: m[1]!, seen: m[2]!, accepted: m[3]! }, t),
  },
  {
    re: /^the host key of (\S+) has not been accepted yet: test the connection and accept (\S+)$/,
    render: (m, t) => p('hostKeyNotAccepted', { host: m[1]!, fingerprint: m[2]! }, t),
  },
  {
    re: /^the server (\S+) refused user (.+) with this (password|key)$/s,
    render: (m, t) => p(m[3] === 'key' ? 'refusedUserKey' : 'refusedUserPassword', { host: m[1]!, user: m[2]! }, t),
  },
  { re: /^(.+): no such file or directory$/s, render: (m, t) => p('noSuchRemoteFile', { subject: m[1]! }, t) },
  { re: /^(.+): permission denied$/s, render: (m, t) => p('remotePermissionDenied', { subject: m[1]! }, t) },
  // "field: issue", as applyServerFieldErrors reports the issues of fields a form does not show.
  { re: /^([\w.[\]]+): (.+)$/s, render: (m, t, tr) => p('fieldIssue', { field: m[1]!, issue: tr(m[2]!) }, t) },
];

/** A server text in the user's language; a text this UI does not know stays as the server wrote it. */
export function translateServerMessage(text: string, t: TFunction): string {
  const tt = lookup(t);
  const tr: Translate = (s) => {
    const trimmed = s.trim();
    const exact = EXACT[trimmed];
    if (exact) return tt(`exact.${exact}`);
    for (const pattern of PATTERNS) {
      const m = pattern.re.exec(trimmed);
      if (m) return pattern.render(m, tt, tr);
    }
    return s;
  };
  return tr(text);
}

/** Whether the layer knows a server text (exactly or by a pattern). */
export function isKnownServerMessage(text: string): boolean {
  const trimmed = text.trim();
  return trimmed in EXACT || PATTERNS.some((pattern) => pattern.re.test(trimmed));
}

/** The generic message of an error code, null for a code this UI does not know. */
export function errorCodeMessage(code: string, t: TFunction): string | null {
  return Object.hasOwn(ru.serverMessages.codes, code) ? lookup(t)(`codes.${code}`) : null;
}

/**
 * What a failed request says, in the user's language: its message translated when the UI knows
 * it; else the code's generic message when the server gave no text; else the server's text.
 */
export function serverErrorText(error: unknown, t: TFunction): string | null {
  if (!isApiError(error)) return null;
  if (error.message && isKnownServerMessage(error.message)) return translateServerMessage(error.message, t);
  if (!error.message) return errorCodeMessage(error.code, t);
  return error.message;
}

/** translateServerMessage bound to the current language. */
export function useServerMessage(): (text: string) => string {
  const { t } = useTranslation();
  return useCallback((text: string) => translateServerMessage(text, t), [t]);
}
