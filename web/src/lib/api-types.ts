// The API's types under the names the app uses. They are the OpenAPI document's
// (server/openapi/openapi.json), generated into api-schema.gen.ts by `npm run api-types`; to
// change one, change the document. Only what the document cannot say is written here, each
// with its reason.

import type { components, operations } from './api-schema.gen';

type Schemas = components['schemas'];

/** The JSON body an operation answers with (200 unless said). */
type ResponseBody<Op extends keyof operations, Status extends number = 200> =
  operations[Op]['responses'] extends { [S in Status]: { content: { 'application/json': infer Body } } } ? Body : never;

/** The JSON body an operation takes. */
type RequestBody<Op extends keyof operations> =
  NonNullable<operations[Op]['requestBody']> extends { content: { 'application/json': infer Body } } ? Body : never;

/** An operation's query parameters. */
type Query<Op extends keyof operations> = NonNullable<operations[Op]['parameters']['query']>;

/** A sort key without its leading "-" for descending. */
type SortKey<Sort extends string> = Exclude<Sort, `-${string}`>;

// ---- errors ---------------------------------------------------------------------------------

/** The body of every error response. */
export type ErrorBody = Schemas['Error'];
export type FieldIssue = ErrorBody['error']['details'][number];

// ---- pagination -----------------------------------------------------------------------------

export type OffsetPagination = Schemas['OffsetPagination'];
export type NumberPagination = Schemas['NumberPagination'];
/** Keyset pagination: no total; pass `next_cursor` as `cursor` for the next page. */
export type CursorPagination = Schemas['CursorPagination'];

/** Hand-written: the document spells this envelope out per operation; the fetchers share one generic. */
export interface ListResponse<T> {
  data: T[];
}

/** Hand-written for the same reason as ListResponse. */
export interface OffsetPage<T> {
  data: T[];
  pagination: OffsetPagination;
}

// ---- auth -----------------------------------------------------------------------------------

export type Tokens = Schemas['Tokens'];
export type LoginRequest = RequestBody<'login'>;
export type LoginResponse = Schemas['LoginResponse'];
export type Me = Schemas['Me'];

// ---- users and roles ------------------------------------------------------------------------

export type User = Schemas['User'];
export type UserStatus = User['status'];
export type UserCreate = Schemas['UserCreate'];
/** Only the fields sent are changed. */
export type UserUpdate = Schemas['UserUpdate'];
export type UserListParams = Query<'listUsers'>;

export type Role = Schemas['Role'];
/** POST /roles needs name and permissions; PATCH /roles/{id} any of them. */
export type RoleInput = Schemas['RoleInput'];
/** One entry of GET /permissions: what a role may hold. */
export type PermissionInfo = ResponseBody<'listPermissions'>['data'][number];
export type PermissionGroup = PermissionInfo['group'];

// ---- dictionaries ---------------------------------------------------------------------------

export type Provider = Schemas['Provider'];
export type ProviderCreate = Schemas['ProviderCreate'];
export type ProviderUpdate = Schemas['ProviderUpdate'];

export type Geo = Schemas['Geo'];
export type GeoCreate = Schemas['GeoCreate'];
export type GeoUpdate = Schemas['GeoUpdate'];
export type GeoListParams = Query<'listGeo'>;

export type NumberStatus = Schemas['NumberStatus'];
export type NumberStatusCreate = Schemas['NumberStatusCreate'];
export type NumberStatusUpdate = Schemas['NumberStatusUpdate'];

// ---- projects -------------------------------------------------------------------------------

export type ScheduleEntry = Schemas['ScheduleEntry'];
/** A project as the list shows it, with its counters. */
export type Project = Schemas['Project'];
export type ProjectStatus = Project['status'];
export type SitesMode = Project['sites_mode'];
export type ProjectDetail = Schemas['ProjectDetail'];
export type ProjectInput = Schemas['ProjectInput'];
/** Only the fields sent are changed; providers, geo and schedule go through ProjectSettings. */
export type ProjectPatch = Schemas['ProjectPatch'];
/** PUT /projects/{id}/settings: all three replaced as a whole. */
export type ProjectSettings = Schemas['ProjectSettings'];
/** DELETE /projects/{id}, POST /projects/{id}/restore. */
export type Message = ResponseBody<'deleteProject'>;
/** DELETE /projects/{id}/permanent (202). */
export type PurgeStarted = ResponseBody<'purgeProject', 202>;
export type DeletedProject = Schemas['DeletedProject'];
export type Member = Schemas['Member'];

export type ProjectListParams = Query<'listProjects'>;
/** A sort key, with a leading "-" for descending. */
export type ProjectSort = NonNullable<ProjectListParams['sort']>;
export type ProjectSortKey = SortKey<ProjectSort>;

// ---- phone numbers --------------------------------------------------------------------------

export type PhoneNumber = Schemas['PhoneNumber'];
export type PhoneNumberInput = Schemas['PhoneNumberInput'];
export type PhoneNumberPatch = Schemas['PhoneNumberPatch'];
export type PhoneNumberDetail = Schemas['PhoneNumberDetail'];
/** A call of the number (the SoftPhone's). */
export type CallRecord = Schemas['CallRecord'];
export type PhoneNumberListParams = Query<'listPhoneNumbers'>;
export type PhoneNumberSort = NonNullable<PhoneNumberListParams['sort']>;
export type PhoneNumberPage = ResponseBody<'listPhoneNumbers'>;
/** GET /phone_numbers/{id}/next: the next number of the list, or null at its end. */
export type NextPhoneNumber = ResponseBody<'nextPhoneNumber'>;

/** A comment written on a number, kept with its author and time. */
export type NumberNote = Schemas['NumberNote'];
/** GET /phone_numbers/{id}/notes: newest first. */
export type NumberNotesPage = ResponseBody<'listNumberNotes'>;

/** The numbers list's filters with JSON types (bulk update by filter, exports). */
export type PhoneNumberFilter = Schemas['PhoneNumberFilter'];
/** Callbacks: overdue (before now), today (due on the Moscow business day), week (today and the six days after). */
export type NumberReminderFilter = NonNullable<PhoneNumberFilter['reminder']>;

/** What to set on the numbers: at least one of status_id, assigned_to, is_favourite. */
export type BulkChange = Omit<Schemas['BulkUpdate'], 'phone_number_ids' | 'filter'>;
/**
 * Hand-written narrowing: "exactly one of phone_number_ids and filter" is a sentence in the
 * document's BulkUpdate, a union here.
 */
export type BulkUpdate = BulkChange &
  (
    | { phone_number_ids: NonNullable<Schemas['BulkUpdate']['phone_number_ids']>; filter?: never }
    | { filter: PhoneNumberFilter; phone_number_ids?: never }
  );
export type BulkUpdateResult = Schemas['BulkUpdateResult'];

// ---- jobs -----------------------------------------------------------------------------------

export type Job = Schemas['Job'];
export type JobStatus = Job['status'];

// ---- imports --------------------------------------------------------------------------------

export type Import = Schemas['Import'];
/** Where an import's numbers go: one project, or the pool the distribution hands out from. */
export type ImportTarget = Import['target'];
/** An import's state: its job's, with "running" called "processing". */
export type ImportStatus = Import['status'];
export type FileKind = Import['file_kind'];
/** What a column of an imported file holds. */
export type ImportColumn = Schemas['ImportColumn'];
/** For an import into a project: numbers outside the project's geo are imported all the same, or go to the pool. */
export type ImportOutsideGeo = NonNullable<
  NonNullable<operations['createImport']['requestBody']>['content']['multipart/form-data']['outside_geo']
>;
/** One row the import refused. */
export type ImportError = Schemas['ImportError'];
/** What an import of a file would read (POST /imports/preview). */
export type ImportPreview = Schemas['ImportPreview'];
export type ImportListParams = Query<'listImports'>;

// ---- exports --------------------------------------------------------------------------------

export type Export = Schemas['Export'];
export type ExportFormat = Export['format'];
export type ExportDelimiter = Export['delimiter'];
/** "expired": the file was removed after the retention period. */
export type ExportStatus = Export['status'];
export type ExportCreate = Schemas['ExportCreate'];
export type ExportListParams = Query<'listExports'>;

// ---- distribution ---------------------------------------------------------------------------

/** Why a project got no numbers, or fewer than asked for. */
export type DistributionReason = Schemas['DistributionReason'];
export type DistributionReasonCode = DistributionReason['code'];
/** POST /projects/{id}/get_base. */
export type GetBaseResult = Schemas['GetBaseResult'];
/** GET /pool/summary; managers get only their projects and an empty `data`. */
export type PoolSummary = Schemas['PoolSummary'];
export type PoolGroup = PoolSummary['data'][number];
export type PoolProject = PoolSummary['projects'][number];
export type DistributionRun = Schemas['DistributionRun'];
export type DistributionTrigger = DistributionRun['trigger'];
export type DistributionRunResult = DistributionRun['results'][number];
export type DistributionRunListParams = Query<'listDistributionRuns'>;
/** POST /distribution/runs (202): the background job that runs it. */
export type DistributionRunStarted = ResponseBody<'startDistributionRun', 202>;

// ---- the numbering plan (the regulator's registry of number ranges) -------------------------

/** GET /numbering_plan. */
export type NumberingPlanSummary = ResponseBody<'numberingPlanSummary'>;
/** POST /numbering_plan: what a new registry file changed. */
export type NumberingPlanLoadReport = ResponseBody<'uploadNumberingPlan'>;

// ---- conversion -----------------------------------------------------------------------------

/** GET /conversion/summary. */
export type ConversionSummary = Schemas['ConversionSummary'];
/**
 * cohort: the numbers received in the range and what has become of them now;
 * activity: what happened in the range (arrivals, moves into processed / success statuses).
 */
export type ConversionView = ConversionSummary['view'];
/** Which projects: the active ones (default), the deleted ones, or both. */
export type ConversionState = ConversionSummary['state'];
export type ConversionSummaryRow = ConversionSummary['data'][number];
export type ConversionStatus = Schemas['ConversionStatus'];
export type ConversionProject = Schemas['ConversionProject'];
export type ConversionRates = Schemas['ConversionRates'];
/** The measures of a project, a supplier, a region or the totals. */
export type ConversionMeasures = Schemas['ConversionMeasures'];

export type ConversionSummaryParams = Query<'getConversionSummary'>;
/** The summary's filters without its page (the export takes them too). */
export type ConversionFilterParams = Omit<ConversionSummaryParams, 'limit' | 'offset'>;
export type ConversionRangeParams = Query<'getProjectConversion'>;
/** A sort key, with a leading "-" for descending. */
export type ConversionSort = NonNullable<ConversionSummaryParams['sort']>;
export type ConversionSortKey = SortKey<ConversionSort>;
/** GET /conversion/summary/export answers the file itself. */
export type ConversionExportParams = Query<'exportConversionSummary'>;
export type ConversionExportFormat = NonNullable<ConversionExportParams['format']>;

/** GET /projects/{id}/conversion. */
export type ProjectConversion = Schemas['ProjectConversion'];
export type ConversionDay = ProjectConversion['daily'][number];
export type ProviderConversion = ProjectConversion['by_provider'][number];
export type RegionConversion = ProjectConversion['by_region'][number];
/** POST /projects/{id}/recalculate-conversion (202). */
export type ConversionRecalculateStarted = ResponseBody<'recalculateConversion', 202>;

// ---- audit log ------------------------------------------------------------------------------

/** One entry of the append-only audit log. */
export type AuditRecord = Schemas['AuditRecord'];
/** user: a signed-in user; system: a background job or the server itself; anonymous: e.g. a failed sign-in. */
export type AuditActorType = AuditRecord['actor_type'];
export type AuditLogPage = ResponseBody<'listAuditLog'>;
export type AuditLogParams = Query<'listAuditLog'>;
/** The filters of the log and of its CSV export. */
export type AuditLogFilters = Omit<AuditLogParams, 'cursor' | 'limit'>;
/** GET /audit_log/export answers the file itself, newest first. */
export type AuditLogExportParams = Query<'exportAuditLog'>;

// ---- home ("Сегодня") -------------------------------------------------------------------------

/** GET /home: the caller's day; `company` only for those who see every project. */
export type Home = Schemas['Home'];
/** What an administrator watches today (at most 20 rows of each list). */
export type HomeCompany = NonNullable<Home['company']>;
export type HomeSupplierReceived = HomeCompany['received_by_supplier'][number];
export type HomeImportRunning = HomeCompany['imports_running'][number];
export type HomeImportFailed = HomeCompany['imports_failed'][number];
export type HomeProjectAtLimit = HomeCompany['projects_at_limit'][number];

// ---- softphone ------------------------------------------------------------------------------

export type SoftphoneIntegration = Schemas['SoftphoneIntegration'];
export type SoftphoneIntegrationInput = Schemas['SoftphoneIntegrationInput'];
export type SoftphoneCard = Schemas['SoftphoneCard'];
export type SoftphoneLiveCall = Schemas['SoftphoneLiveCall'];
export type SoftphoneCallListed = Schemas['SoftphoneCallListed'];
export type SoftphoneNumberLookup = ResponseBody<'softphoneNumberPopup'>;
export type SoftphoneMe = ResponseBody<'softphoneMe'>;
export type ClickToCallRequest = RequestBody<'clickToCall'>;
export type ClickToCallAccepted = ResponseBody<'clickToCall', 202>;
export type SoftphoneCallPage = ResponseBody<'listSoftphoneCalls'>;
export type SoftphoneCallQuery = Query<'listSoftphoneCalls'>;

// ---- SFTP feeds -------------------------------------------------------------------------------

export type SftpConfig = Schemas['SftpConfig'];
export type SftpConfigInput = Schemas['SftpConfigInput'];
export type SftpHostKey = Schemas['SftpHostKey'];
export type SftpEntry = Schemas['SftpEntry'];
export type SftpTestResult = Schemas['SftpTestResult'];
export type SftpImportSettings = Schemas['SftpImportSettings'];
export type SftpImportSettingsInput = Schemas['SftpImportSettingsInput'];
export type SftpExportSettings = Schemas['SftpExportSettings'];
export type SftpExportSettingsInput = Schemas['SftpExportSettingsInput'];
export type SftpSchedule = Schemas['SftpSchedule'];
export type SftpScheduleInput = Schemas['SftpScheduleInput'];
export type SftpRun = Schemas['SftpRun'];
export type SftpRunFile = Schemas['SftpRunFile'];
export type SftpRunInput = Schemas['SftpRunInput'];
export type SftpRunListParams = Query<'listSftpRuns'>;
export type CronPreview = Schemas['CronPreview'];
export type CronPreviewParams = Query<'previewSftpCron'>;
