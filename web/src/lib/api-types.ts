// The API's types, written by hand from server/openapi/openapi.json (served at
// /api/v1/openapi.json). Keep the names of the document's schemas; add a type here when a
// screen starts to use an endpoint.

/** UTC timestamp with milliseconds, e.g. "2026-02-25T13:00:00.123Z". */
export type Timestamp = string;

// ---- errors ---------------------------------------------------------------------------------

export type ErrorCode =
  | 'MALFORMED_JSON'
  | 'VALIDATION_ERROR'
  | 'UNAUTHORIZED'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_REFRESH_TOKEN'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_ATTEMPTS'
  | 'INTERNAL_ERROR'
  | 'SERVICE_UNAVAILABLE'
  | 'SERVER_BUSY';

export interface FieldIssue {
  field: string;
  issue: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: FieldIssue[];
  };
}

// ---- pagination -----------------------------------------------------------------------------

export interface OffsetPagination {
  total: number;
  limit: number;
  offset: number;
  has_next: boolean;
}

export interface NumberPagination {
  limit: number;
  total: number;
  total_is_estimate: boolean;
  has_next: boolean;
  next_cursor: string | null;
}

export interface ListResponse<T> {
  data: T[];
}

export interface OffsetPage<T> {
  data: T[];
  pagination: OffsetPagination;
}

// ---- auth -----------------------------------------------------------------------------------

export interface Tokens {
  access_token: string;
  refresh_token: string;
  token_type: 'Bearer';
  expires_in: number;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse extends Tokens {
  user: {
    id: number;
    username: string;
    role: string;
    permissions: string[];
  };
}

export type UserStatus = 'active' | 'inactive';

export interface Me {
  user: {
    id: number;
    username: string;
    email: string | null;
    role: string;
    status: UserStatus;
    last_login_at: Timestamp | null;
    created_at: Timestamp;
  };
  role: string;
  /** Permission strings; "all" grants every permission. */
  permissions: string[];
}

// ---- users ----------------------------------------------------------------------------------

export interface User {
  id: number;
  username: string;
  email: string | null;
  role: string;
  status: UserStatus;
  last_login_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserCreate {
  username: string;
  email?: string | null;
  password: string;
  role: string;
  status?: UserStatus;
}

/** Only the fields sent are changed. */
export interface UserUpdate {
  email?: string | null;
  role?: string;
  password?: string;
  status?: UserStatus;
}

export interface UserListParams {
  search?: string;
  role?: string;
  status?: UserStatus;
  limit?: number;
  offset?: number;
}

export interface Role {
  id: number;
  /** 1 to 50 characters as people say it ("старший менеджер"); built-in roles keep theirs. */
  name: string;
  description: string;
  /** Codes from GET /permissions; the built-in administrator holds "all". */
  permissions: string[];
  built_in: boolean;
  /** Active users holding the role (servers before the role editor leave it out). */
  users?: number;
}

// ---- dictionaries ---------------------------------------------------------------------------

export interface Provider {
  id: number;
  code: string;
  name: string;
  type: string;
  contact: string;
  is_active: boolean;
  /** Rubles per number (2 decimals, ≥ 0); null: no price. Servers before the conversion feature leave it out. */
  price_per_number?: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProviderCreate {
  code: string;
  name: string;
  type?: string | null;
  contact?: string | null;
  is_active?: boolean;
  /** null clears the price. */
  price_per_number?: number | null;
}

export type ProviderUpdate = Partial<ProviderCreate>;

export interface Geo {
  id: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region: string | null;
  city: string | null;
  /** Russian name. */
  name: string;
  name_en: string;
  timezone: string;
  is_active: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface GeoCreate {
  country: string;
  region?: string | null;
  city?: string | null;
  name: string;
  name_en?: string | null;
  timezone: string;
  is_active?: boolean;
}

export type GeoUpdate = Partial<GeoCreate>;

export interface GeoListParams {
  country?: string;
  region?: string;
  search?: string;
  active?: 'true' | 'false';
  limit?: number;
  offset?: number;
}

export interface NumberStatus {
  id: number;
  code: string;
  name_ru: string;
  name_en: string;
  /** "#rrggbb" */
  color: string;
  sort_order: number;
  is_processed: boolean;
  is_success: boolean;
  is_final: boolean;
}

export interface NumberStatusCreate {
  code: string;
  name_ru: string;
  name_en: string;
  color?: string;
  sort_order?: number;
  is_processed?: boolean;
  is_success?: boolean;
  is_final?: boolean;
}

export type NumberStatusUpdate = Partial<NumberStatusCreate>;

// ---- projects -------------------------------------------------------------------------------

export type ProjectStatus = 'active' | 'paused' | 'deleted';

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface ScheduleEntry {
  weekday: number;
  start_time?: string | null;
  end_time?: string | null;
}

/** A project as the list shows it, with its counters. */
export interface Project {
  id: number;
  name: string;
  tag: string;
  type: string;
  is_active: boolean;
  status: ProjectStatus;
  /** Numbers per business day; 0 = no limit. */
  daily_limit: number;
  description: string;
  provider_ids: number[];
  geo_ids: number[];
  /** Distinct weekdays of the schedule, ascending (1 = Monday). */
  weekdays: number[];
  received_today: number;
  duplicates_today: number;
  received_total: number;
  last_received_at: Timestamp | null;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** −1000…1000; a higher priority gets numbers first. */
  priority: number;
  /** The pool's oldest numbers first (false: the freshest first). */
  oldest_first: boolean;
  /** Take only numbers of these sites ("include") or all but them ("exclude"). */
  sites_mode: SitesMode;
  /** Domains, at most 10 000. */
  sites: string[];
  /** A number the project had may come again after this many days; null: never. */
  receive_again_after_days: number | null;
  /** Numbers not worked on go back to the pool after this many days; null: never. */
  return_unworked_after_days: number | null;
}

export type SitesMode = 'include' | 'exclude';

/** The distribution settings of a project; all optional on POST and PATCH. */
export interface ProjectDistributionFields {
  priority?: number;
  oldest_first?: boolean;
  sites_mode?: SitesMode;
  sites?: string[];
  receive_again_after_days?: number | null;
  return_unworked_after_days?: number | null;
}

export interface ProjectDetail extends Project {
  schedule: ScheduleEntry[];
  providers: { id: number; code: string; name: string }[];
  geo: {
    id: number;
    name: string;
    name_en: string;
    country: string;
    region: string | null;
    timezone: string;
  }[];
  conversion_stats: {
    total_numbers: number;
    processed: number;
    successful: number;
    failed: number;
    conversion_rate: number;
  };
  deleted_at: Timestamp | null;
  deleted_by: number | null;
  delete_reason: string | null;
  purge_job_id: number | null;
}

export interface ProjectInput extends ProjectDistributionFields {
  name: string;
  tag?: string;
  type?: string;
  description?: string;
  is_active?: boolean;
  daily_limit?: number;
  provider_ids?: number[] | null;
  geo_ids?: number[] | null;
  schedule?: ScheduleEntry[] | null;
}

/** Only the fields sent are changed; providers, geo and schedule go through ProjectSettings. */
export interface ProjectPatch extends ProjectDistributionFields {
  name?: string;
  tag?: string;
  type?: string;
  description?: string;
  is_active?: boolean;
  daily_limit?: number;
}

/** PUT /projects/{id}/settings: all three replaced as a whole. */
export interface ProjectSettings {
  provider_ids: number[] | null;
  geo_ids: number[] | null;
  schedule: ScheduleEntry[] | null;
}

export interface Message {
  message: string;
  id: number;
}

export interface PurgeStarted extends Message {
  job_id: number;
}

export type JobStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface DeletedProject {
  id: number;
  name: string;
  tag: string;
  deleted_at: Timestamp;
  /** Username of who deleted it. */
  deleted_by: string | null;
  deleted_by_id: number | null;
  reason: string | null;
  /** Numbers still in the project. */
  numbers: number;
  /** The permanent-deletion job; null until requested. */
  purge: {
    job_id: number;
    status: JobStatus;
    progress_done: number;
    progress_total: number | null;
  } | null;
}

export type ProjectSortKey =
  | 'id'
  | 'name'
  | 'created_at'
  | 'daily_limit'
  | 'received_today'
  | 'received_total'
  | 'duplicates_today'
  | 'last_received_at';

/** A sort key, with a leading "-" for descending. */
export type ProjectSort = ProjectSortKey | `-${ProjectSortKey}`;

export interface ProjectListParams {
  /** Omitted: active and paused. */
  status?: 'active' | 'paused' | 'deleted' | 'all';
  provider_id?: number;
  geo_id?: number;
  tag?: string;
  search?: string;
  sort?: ProjectSort;
  limit?: number;
  offset?: number;
}

export interface Member {
  user_id: number;
  username: string;
  email: string | null;
  status: UserStatus;
  added_at: Timestamp;
}

// ---- phone numbers --------------------------------------------------------------------------

export interface PhoneNumber {
  id: number;
  /** E.164, e.g. "+79161234567". */
  phone_number: string;
  project_id: number;
  project_name: string;
  provider_id: number | null;
  provider_code: string | null;
  geo_id: number | null;
  geo_name: string | null;
  status_id: number;
  status_code: string;
  assigned_to: number | null;
  assigned_username: string | null;
  company: string | null;
  site: string | null;
  email: string | null;
  comment: string | null;
  reminder_at: Timestamp | null;
  is_favourite: boolean;
  call_attempts: number;
  last_call_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PhoneNumberInput {
  phone_number: string;
  project_id: number;
  provider_id?: number;
  geo_id?: number;
  status_id?: number;
  assigned_to?: number;
  company?: string;
  site?: string;
  email?: string;
  comment?: string;
  reminder_at?: string;
  is_favourite?: boolean;
}

export interface PhoneNumberPatch {
  status_id?: number;
  assigned_to?: number | null;
  company?: string;
  site?: string;
  email?: string;
  comment?: string;
  reminder_at?: string | null;
  is_favourite?: boolean;
}

export type PhoneNumberSort =
  | 'created_at'
  | '-created_at'
  | 'updated_at'
  | '-updated_at'
  | 'reminder_at'
  | '-reminder_at';

export interface PhoneNumberListParams {
  project_id?: number;
  status_id?: number;
  provider_id?: number;
  geo_id?: number;
  /** A user id or "none". */
  assigned_to?: string;
  favourite?: 'true' | 'false';
  reminder_due?: 'true' | 'false';
  reminder?: NumberReminderFilter;
  /** YYYY-MM-DD or an ISO 8601 date-time. */
  created_from?: string;
  /** YYYY-MM-DD (the whole day is included) or an ISO 8601 date-time. */
  created_to?: string;
  /** 3 to 15 digits found anywhere in the number. */
  phone?: string;
  /** 3 to 100 characters found in the company, site or comment, any case. */
  q?: string;
  sort?: PhoneNumberSort;
  limit?: number;
  cursor?: string;
}

export interface PhoneNumberPage {
  data: PhoneNumber[];
  pagination: NumberPagination;
}

/** A call of the number; the server records none yet, so its fields are not fixed. */
export type CallRecord = Record<string, unknown>;

export interface PhoneNumberDetail extends PhoneNumber {
  project: { id: number; name: string };
  provider: { id: number; code: string; name: string } | null;
  geo: {
    id: number;
    name: string;
    name_en: string;
    country: string;
    region: string | null;
    timezone: string;
  } | null;
  status: { id: number; code: string; name_ru: string; name_en: string; color: string };
  call_history: CallRecord[];
}

/** Callbacks: overdue (before now), today (due on the Moscow business day), week (today and the six days after). */
export type NumberReminderFilter = 'overdue' | 'today' | 'week';

/** A comment written on a number, kept with its author and time. */
export interface NumberNote {
  id: number;
  body: string;
  /** null: the comment came with the number (its file). */
  author_id: number | null;
  author_username: string | null;
  created_at: Timestamp;
}

/** GET /phone_numbers/{id}/notes: newest first. */
export interface NumberNotesPage {
  data: NumberNote[];
  total: number;
}

/** GET /phone_numbers/{id}/next: the next number of the list, or null at its end. */
export interface NextPhoneNumber {
  data: PhoneNumberDetail | null;
}

/** The numbers list's filters with JSON types (bulk update by filter). */
export interface PhoneNumberFilter {
  project_id?: number;
  status_id?: number;
  provider_id?: number;
  geo_id?: number;
  assigned_to?: number | 'none';
  favourite?: boolean;
  reminder_due?: boolean;
  reminder?: NumberReminderFilter;
  created_from?: string;
  created_to?: string;
  phone?: string;
  /** 3 to 100 characters found in the company, site or comment. */
  q?: string;
}

/** What to set on the numbers: at least one of status_id, assigned_to, is_favourite. */
export interface BulkChange {
  status_id?: number;
  /** null unassigns. */
  assigned_to?: number | null;
  is_favourite?: boolean;
}

/** Exactly one of phone_number_ids and filter. */
export type BulkUpdate = BulkChange & ({ phone_number_ids: number[]; filter?: never } | { filter: PhoneNumberFilter; phone_number_ids?: never });

export interface BulkUpdateResult {
  updated_count: number;
  failed_ids: number[];
}

// ---- jobs -----------------------------------------------------------------------------------

export interface Job {
  id: number;
  kind: string;
  status: JobStatus;
  progress_done: number;
  /** null when not known. */
  progress_total: number | null;
  result: Record<string, unknown> | null;
  error: string | null;
  requested_by: number | null;
  attempts: number;
  created_at: Timestamp;
  started_at: Timestamp | null;
  finished_at: Timestamp | null;
  /** Someone asked to cancel it; a running job stops at its next progress report. */
  cancel_requested: boolean;
}

// ---- imports --------------------------------------------------------------------------------

/** Where an import's numbers go: one project, or the pool the distribution hands out from. */
export type ImportTarget = 'project' | 'pool';

/** What a column of an imported file holds. */
/** For an import into a project: numbers outside the project's geo are imported all the same, or go to the pool. */
export type ImportOutsideGeo = 'import' | 'pool';
export type ImportColumn = 'phone' | 'company' | 'site' | 'email' | 'comment' | 'region' | 'ignore';

export type FileKind = 'csv' | 'xlsx' | 'xls';

/** An import's state: its job's, with "running" called "processing". */
export type ImportStatus = 'queued' | 'processing' | 'completed' | 'failed' | 'cancelled';

/** One row the import refused. */
export interface ImportError {
  /** The line of a CSV or the row of a spreadsheet. */
  row: number;
  /** The phone cell as it was (at most 100 characters). */
  value: string;
  /** The server's reason, e.g. "not a valid phone number". */
  error: string;
}

export interface Import {
  id: number;
  job_id: number;
  status: ImportStatus;
  /** null for an import into the pool. */
  project_id: number | null;
  project_name?: string | null;
  /** "pool" for an import into the pool (absent or "project" otherwise). */
  target?: ImportTarget;
  provider_id: number | null;
  geo_id: number | null;
  /** Country for numbers written without a country code, e.g. "RU". */
  region: string;
  /** The language of the error report: that of whoever started the import. */
  language: 'ru' | 'en';
  filename: string;
  file_size: number;
  file_kind: FileKind;
  /** The mapping given, or null (the header was recognized). */
  columns: ImportColumn[] | null;
  progress_done: number;
  /** An estimate while a CSV is read; null when unknown. */
  progress_total: number | null;
  /** null until completed. */
  total_rows: number | null;
  imported_rows: number | null;
  /** duplicates_in_file + already_in_project. */
  duplicate_rows: number | null;
  duplicates_in_file: number | null;
  already_in_project: number | null;
  failed_rows: number | null;
  error: string | null;
  attempts: number;
  created_by: number;
  created_by_username: string | null;
  created_at: Timestamp | null;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
  /** Numbers imported without a known region (given the default geo, or the country); null for old imports. */
  region_unknown?: number | null;
  /** Numbers this import added that another project holds too (each a line of the report); null for old imports. */
  in_other_projects?: number | null;
  /** Numbers whose region is outside the project's geo; null for old imports. */
  outside_geo?: number | null;
  /** Whether those were routed to the pool instead of the project. */
  outside_geo_to_pool?: boolean | null;
  /** Of the numbers outside the geo, those put into the pool (it did not have them). */
  routed_to_pool?: number | null;
  /**
   * Set when completed with failed rows or numbers in other projects (the report lists both),
   * e.g. "/api/v1/imports/3/errors".
   */
  error_report_url: string | null;
  /** GET /imports/{id} only: the first 100 row errors. */
  errors?: ImportError[];
}

/** What an import of a file would read (POST /imports/preview). */
export interface ImportPreview {
  file_kind: FileKind;
  encoding: 'UTF-8' | 'Windows-1251' | null;
  delimiter: string | null;
  has_header: boolean;
  header: string[] | null;
  /** The default mapping: what each column was recognized (or guessed) to hold. */
  columns: ImportColumn[];
  /** Up to 20 data rows. */
  rows: string[][];
  /** The file (or the part sent) ended in the middle of a record. */
  warning?: string;
}

export interface ImportListParams {
  project_id?: number;
  status?: ImportStatus;
  limit?: number;
  offset?: number;
}

// ---- exports --------------------------------------------------------------------------------

export type ExportFormat = 'csv' | 'xlsx';
export type ExportDelimiter = ';' | ',';

/** "expired": the file was removed after the retention period. */
export type ExportStatus = 'queued' | 'processing' | 'completed' | 'failed' | 'cancelled' | 'expired';

export interface Export {
  id: number;
  job_id: number;
  status: ExportStatus;
  format: ExportFormat;
  delimiter?: ExportDelimiter;
  language?: 'ru' | 'en';
  /** The numbers list's filters the export used. */
  filters: PhoneNumberFilter;
  filename: string;
  row_count: number | null;
  file_size: number | null;
  progress_done?: number;
  progress_total: number | null;
  error: string | null;
  created_by: number;
  created_by_username: string | null;
  created_at: Timestamp | null;
  started_at: Timestamp | null;
  completed_at: Timestamp | null;
  expires_at: Timestamp | null;
  /** Set while the file can be downloaded, e.g. "/api/v1/exports/2/download". */
  download_url: string | null;
}

export interface ExportCreate {
  format?: ExportFormat;
  delimiter?: ExportDelimiter;
  /** Of the header, statuses and geo names. */
  language?: 'ru' | 'en';
  filters?: PhoneNumberFilter;
}

export interface ExportListParams {
  limit?: number;
  offset?: number;
}

// ---- distribution ---------------------------------------------------------------------------

export type DistributionReasonCode = 'daily_limit_reached' | 'outside_schedule' | 'pool_empty' | 'project_inactive';

/** Why a project got no numbers, or fewer than asked for; `code` may be one the UI does not know yet. */
export interface DistributionReason {
  code: DistributionReasonCode | (string & {});
  message: string;
}

/** POST /projects/{id}/get_base. */
export interface GetBaseResult {
  run_id: number;
  project_id: number;
  /** Numbers that arrived in the project. */
  handed: number;
  /** What the daily limit still allows today; null: no limit. */
  remaining_today: number | null;
  reason: DistributionReason | null;
}

export interface PoolGroup {
  provider_id: number | null;
  provider_code: string | null;
  geo_id: number | null;
  geo_name: string | null;
  timezone: string | null;
  count: number;
}

export interface PoolProject {
  project_id: number;
  name: string;
  /** Numbers the project could take now. */
  can_take: number;
  /** What the daily limit still allows today; null: no limit. */
  remaining_today?: number | null;
  reason: DistributionReason | null;
}

/** GET /pool/summary; managers get only their projects and an empty `data`. */
export interface PoolSummary {
  waiting: number;
  data: PoolGroup[];
  projects: PoolProject[];
}

export type DistributionTrigger = 'manual' | 'schedule' | 'get_base';

export interface DistributionRunResult {
  project_id: number;
  name: string;
  handed: number;
  reason: DistributionReason | null;
}

export interface DistributionRun {
  id: number;
  trigger: DistributionTrigger;
  /** get_base: the project. */
  project_id: number | null;
  started_by: number | null;
  started_by_name: string | null;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  handed: number;
  results: DistributionRunResult[];
}

export interface DistributionRunListParams {
  limit?: number;
  offset?: number;
}

/** POST /distribution/runs (202): the background job that runs it. */
export interface DistributionRunStarted {
  job_id: number;
}

// ---- the numbering plan (the regulator's registry of number ranges) -------------------------

/** GET /numbering_plan. */
export interface NumberingPlanSummary {
  ranges: number;
  /** Ranges whose registry region matches no geo row. */
  unmapped_ranges: number;
  operators: number;
  /** When a registry file was last loaded; null: never. */
  loaded_at: Timestamp | null;
}

/** POST /numbering_plan: what a new registry file changed. */
export interface NumberingPlanLoadReport {
  ranges: number;
  added: number;
  changed: number;
  removed: number;
  /** Registry spellings no geo row matches; their ranges are kept without a region. */
  unmapped_regions: string[];
  /** The background job giving the numbers of changed ranges their new region. */
  rederive_job_id: number | null;
}

// ---- conversion -----------------------------------------------------------------------------

/**
 * cohort: the numbers received in the range and what has become of them now;
 * activity: what happened in the range (arrivals, moves into processed / success statuses).
 */
export type ConversionView = 'cohort' | 'activity';

/** Which projects: the active ones (default), the deleted ones, or both. */
export type ConversionState = 'active' | 'deleted' | 'all';

export type ConversionSortKey =
  | 'id'
  | 'name'
  | 'received'
  | 'duplicates'
  | 'processed'
  | 'success'
  | 'conversion_received'
  | 'conversion_processed';

/** A sort key, with a leading "-" for descending. */
export type ConversionSort = ConversionSortKey | `-${ConversionSortKey}`;

/** A number status as the conversion answers carry it (in sort_order). */
export type ConversionStatus = Pick<NumberStatus, 'id' | 'code' | 'name_ru' | 'name_en' | 'color' | 'is_processed' | 'is_success' | 'is_final'>;

/** Fractions 0..1; null when the denominator is 0 or unknown. */
export interface ConversionRates {
  of_received: number | null;
  of_processed: number | null;
  /** null until call events exist (SoftPhone). */
  of_contacted: number | null;
}

/** The measures of a project, a supplier, a region or the totals. */
export interface ConversionMeasures {
  /** Numbers that arrived in the range (import or distribution). */
  received: number;
  /** Of those, already in another project on arrival. */
  duplicates: number;
  /** cohort: of the received, now in a processed status; activity: moved into a processed status in the range. */
  processed: number;
  /** The same with success statuses. */
  success: number;
  /** Answered calls; null until call events exist. */
  contacted: number | null;
  calls: number | null;
  /** Status id (as a string) → count: cohort, received and now in it; activity, times a number entered it. */
  by_status: Record<string, number>;
  conversion: ConversionRates;
  /** received × the supplier's price per number; null when no supplier of the rows has a price. */
  cost: number | null;
  /** cost / success; null when cost is null or success is 0. */
  cost_per_success: number | null;
}

export interface ConversionProject {
  id: number;
  name: string;
  tag: string;
  type: string;
  is_active: boolean;
  deleted_at: Timestamp | null;
}

export interface ConversionSummaryRow extends ConversionMeasures {
  project: ConversionProject;
}

/** GET /conversion/summary. */
export interface ConversionSummary {
  view: ConversionView;
  /** YYYY-MM-DD, business days of the company's time zone, both inclusive. */
  date_from: string;
  date_to: string;
  state: ConversionState;
  statuses: ConversionStatus[];
  data: ConversionSummaryRow[];
  /** Over all matching projects, not just the page. */
  totals: ConversionMeasures;
  pagination: OffsetPagination;
}

export interface ConversionRangeParams {
  /** YYYY-MM-DD; omitted: date_to = today, date_from = date_to − 29 days. At most 366 days. */
  date_from?: string;
  date_to?: string;
  view?: ConversionView;
}

export interface ConversionFilterParams extends ConversionRangeParams {
  state?: ConversionState;
  /** One of provider_id and geo_id: the server refuses both ("choose a supplier or a region, not both"). */
  provider_id?: number;
  geo_id?: number;
  sort?: ConversionSort;
}

export interface ConversionSummaryParams extends ConversionFilterParams {
  /** 1..500, default 100. */
  limit?: number;
  offset?: number;
}

export type ConversionExportFormat = 'csv' | 'xlsx';

/** GET /conversion/summary/export answers the file itself. */
export interface ConversionExportParams extends ConversionFilterParams {
  format?: ConversionExportFormat;
  /**
   * The language of the file's headers. Not in the contract ("the requesting user's language");
   * the server reads it (default ru), and Accept-Language is sent as well.
   */
  language?: 'ru' | 'en';
}

export interface ConversionDay {
  /** YYYY-MM-DD */
  day: string;
  received: number;
  processed: number;
  success: number;
  conversion: ConversionRates;
}

export interface ProviderConversion extends ConversionMeasures {
  /** null: numbers without a known supplier. */
  provider: { id: number; name: string; price_per_number: number | null; code?: string } | null;
}

export interface RegionConversion extends ConversionMeasures {
  /** null: numbers without a known region. */
  geo: { id: number; name: string; name_en: string; timezone: string } | null;
}

/** GET /projects/{id}/conversion. */
export interface ProjectConversion {
  project_id: number;
  project: ConversionProject;
  view: ConversionView;
  date_from: string;
  date_to: string;
  total_numbers: number;
  processed: number;
  successful: number;
  /** Final statuses that are not success. */
  failed: number;
  conversion_rate: number;
  breakdown_by_status: { status_id: number; status_name: string; count: number }[];
  updated_at: Timestamp | null;
  statuses: ConversionStatus[];
  measures: ConversionMeasures;
  by_provider: ProviderConversion[];
  by_region: RegionConversion[];
  /** Every day of the range, zeros included. */
  daily: ConversionDay[];
}

/** POST /projects/{id}/recalculate-conversion (202). */
export interface ConversionRecalculateStarted {
  job: Job;
}

// ---- audit log ------------------------------------------------------------------------------

/** user: a signed-in user; system: a background job or the server itself; anonymous: e.g. a failed sign-in. */
export type AuditActorType = 'user' | 'system' | 'anonymous';

/** One entry of the append-only audit log. */
export interface AuditRecord {
  id: number;
  timestamp: Timestamp;
  actor_type: AuditActorType;
  user_id: number | null;
  username: string | null;
  /** The user a system job acted for; null otherwise. */
  on_behalf_of: number | null;
  /** e.g. "create", "update", "login"; new actions may appear. */
  action: string;
  /** e.g. "project", "user"; new types may appear. */
  entity_type: string;
  entity_id: string | null;
  /** Updates: {field: {old, new}}; other actions other shapes (a summary, the filters used …). */
  changes: unknown;
  ip_address: string | null;
  user_agent: string | null;
  request_id: string | null;
}

/** Keyset pagination: no total; pass `next_cursor` as `cursor` for the next page. */
export interface CursorPagination {
  limit: number;
  has_next: boolean;
  next_cursor: string | null;
}

export interface AuditLogPage {
  data: AuditRecord[];
  pagination: CursorPagination;
}

/** The filters of the log and of its CSV export. */
export interface AuditLogFilters {
  user_id?: number;
  action?: string;
  entity_type?: string;
  entity_id?: string;
  /** YYYY-MM-DD or an ISO 8601 timestamp. */
  date_from?: string;
  /** YYYY-MM-DD (the whole day is included) or an ISO 8601 timestamp. */
  date_to?: string;
}

export interface AuditLogParams extends AuditLogFilters {
  /** 1..500, default 100. */
  limit?: number;
  cursor?: string;
}

/** GET /audit_log/export answers the file itself, newest first. */
export interface AuditLogExportParams extends AuditLogFilters {
  /** The language of the CSV header (default en). */
  language?: 'ru' | 'en';
}

// ---- roles (the role editor) ------------------------------------------------------------------

export type PermissionGroup = 'projects' | 'numbers' | 'files' | 'distribution' | 'conversion' | 'dictionaries' | 'administration';

/** One entry of GET /permissions: what a role may hold. */
export interface PermissionInfo {
  code: string;
  group: PermissionGroup;
}

/** POST /roles needs name and permissions; PATCH /roles/{id} any of them. */
export interface RoleInput {
  name?: string;
  description?: string;
  permissions?: string[];
}

// ---- home ("Сегодня") -------------------------------------------------------------------------

export interface HomeSupplierReceived {
  provider_id: number;
  code: string;
  name: string;
  /** Numbers of the supplier that went into the pool today. */
  pool: number;
  /** … and straight into projects today. */
  projects: number;
}

export interface HomeImportRunning {
  id: number;
  filename: string;
  project_id: number | null;
  project_name: string | null;
  target: ImportTarget;
  status: 'queued' | 'processing';
  progress_done: number;
  progress_total: number | null;
}

export interface HomeImportFailed {
  id: number;
  filename: string;
  project_id: number | null;
  project_name: string | null;
  target: ImportTarget;
  /** The job's error, in the server's words. */
  error: string | null;
  finished_at: Timestamp;
}

export interface HomeProjectAtLimit {
  id: number;
  name: string;
  daily_limit: number;
  received: number;
}

/** What an administrator watches today (at most 20 rows of each list). */
export interface HomeCompany {
  received_by_supplier: HomeSupplierReceived[];
  imports_running: HomeImportRunning[];
  imports_failed: HomeImportFailed[];
  projects_at_limit: HomeProjectAtLimit[];
  /** Projects the last scheduled distribution left without numbers (the pool had none for them). */
  projects_without_numbers: { id: number; name: string }[];
}

/** GET /home: the caller's day; `company` only for those who see every project. */
export interface Home {
  /** The business day (Moscow), YYYY-MM-DD. */
  day: string;
  /** Counted up to 1000. */
  callbacks_overdue: number;
  /** Due today, past or not; counted up to 1000. */
  callbacks_today: number;
  next_callback_at?: Timestamp | null;
  /** Live projects the caller works in (all, for administrators). */
  projects: number;
  received_today: number;
  success_today: number;
  /** null until the SoftPhone reports calls. */
  calls_today: number;
  company: HomeCompany | null;
}
