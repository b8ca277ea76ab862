#include "app/routes.hpp"

#include "audit/handlers.hpp"
#include "auth/handlers.hpp"
#include "jobs/handlers.hpp"
#include "numbers/handlers.hpp"
#include "projects/handlers.hpp"
#include "reminders/due.hpp"
#include "sftp/hosts.hpp"
#include "sftp/runs.hpp"
#include "sftp/schedules.hpp"
#include "softphone/click_to_call.hpp"
#include "softphone/integrations.hpp"
#include "softphone/live.hpp"
#include "softphone/mango.hpp"
#include "softphone/popup.hpp"
#include "softphone/webhook.hpp"
#include "softphone/zadarma.hpp"
#include "conversion/handlers.hpp"
#include "dictionaries/geo.hpp"
#include "distribution/handlers.hpp"
#include "exports/handlers.hpp"
#include "home/handlers.hpp"
#include "imports/handlers.hpp"
#include "numbering/handlers.hpp"
#include "dictionaries/providers.hpp"
#include "dictionaries/statuses.hpp"
#include "system/handlers.hpp"
#include "users/handlers.hpp"
#include "users/roles.hpp"

namespace numbase {

void add_routes(http::Router& r) {
  using http::Access;
  const auto open = Access::open();
  const auto signed_in = Access::signed_in();

  // method, path, access, handler, summary
  http::Route probe{"GET", "/healthz", open, system::healthz, "The process is up"};
  probe.lane = http::Lane::Probe;
  r.add(probe);
  probe.pattern = "/readyz";
  probe.handler = system::readyz;
  probe.summary = "The database is reachable and migrated";
  r.add(probe);
  r.add({"GET", "/metrics", open, system::metrics, "Prometheus metrics"});
  r.add({"GET", "/api/v1/openapi.json", open, system::openapi, "This API's OpenAPI document"});

  r.add({"POST", "/api/v1/auth/login", open, auth::login, "Sign in"});
  r.add({"POST", "/api/v1/auth/refresh", open, auth::refresh, "Exchange a refresh token for a new token pair"});
  r.add({"POST", "/api/v1/auth/logout", open, auth::logout, "Sign out (revoke the session)"});
  r.add({"GET", "/api/v1/auth/me", signed_in, auth::me, "The signed-in user, role and permissions"});
  // SoftPhone: the PBX integrations (administrators) and the webhook (signed by the PBX).
  r.add({"GET", "/api/v1/softphone/integrations", Access::need("softphone.manage"), softphone::list_integrations,
         "List the PBX integrations"});
  r.add({"POST", "/api/v1/softphone/integrations", Access::need("softphone.manage"), softphone::create_integration,
         "Connect a PBX: kind, secrets, extensions, outcome statuses"});
  r.add({"GET", "/api/v1/softphone/integrations/{id}", Access::need("softphone.manage"), softphone::get_integration,
         "One PBX integration"});
  r.add({"PATCH", "/api/v1/softphone/integrations/{id}", Access::need("softphone.manage"),
         softphone::update_integration, "Change a PBX integration (its secrets are replaced, never shown)"});
  r.add({"DELETE", "/api/v1/softphone/integrations/{id}", Access::need("softphone.manage"),
         softphone::delete_integration, "Disconnect a PBX (its calls go with it)"});
  r.add({"GET", "/api/v1/softphone/number/{phone}", Access::need("phone_numbers.read"), softphone::number_popup,
         "The pop-up for a call: the numbers with this phone in the caller's projects, with their last calls"});
  r.add({"GET", "/api/v1/softphone/me", signed_in, softphone::softphone_me,
         "The signed-in user's PBX extension, and whether click-to-call works for them"});
  r.add({"GET", "/api/v1/softphone/calls/live", signed_in, softphone::live_calls,
         "Server-sent events: the signed-in user's calls as they start, are answered and end (the pop-up)"});
  r.add({"POST", "/api/v1/softphone/calls", Access::need("phone_numbers.read"), softphone::click_to_call,
         "Click-to-call: the PBX rings the user's extension, then the number"});
  r.add({"GET", "/api/v1/softphone/calls", Access::need("softphone.manage"), softphone::list_calls,
         "Calls, newest first (unlinked=true: those no number holds)"});
  // The PBXs' webhooks, on a lane of their own.
  const auto webhook = [&r](http::Route route) {
    route.lane = http::Lane::Webhooks;
    r.add(std::move(route));
  };
  webhook({"GET", "/api/v1/softphone/webhook/{token}", open, softphone::webhook_echo,
           "The PBX checks its webhook address (Zadarma: zd_echo)"});
  webhook({"POST", "/api/v1/softphone/webhook/{token}", open, softphone::receive_webhook,
           "A call event from a Zadarma (or Novofon) integration (signed)"});
  webhook({"POST", "/api/v1/softphone/webhook/{token}/events/call", open, softphone::mango_call_event,
           "A call's state from a Mango Office integration (signed; ordered by seq)"});
  webhook({"POST", "/api/v1/softphone/webhook/{token}/events/summary", open, softphone::mango_summary,
           "A call's final record from a Mango Office integration (signed)"});
  webhook({"POST", "/api/v1/softphone/events", open, softphone::receive_event,
           "A call event from a numbase-kind PBX integration (signed)"});
  webhook({"POST", "/api/v1/softphone/call_result", open, softphone::receive_call_result,
           "A call's result from a numbase-kind PBX integration (signed): ends the call, notes it"});
  r.add({"GET", "/api/v1/home", signed_in, home::today, "Today: the caller's callbacks and projects; the company's for administrators"});

  r.add({"GET", "/api/v1/users", Access::need("users.read"), users::list_users, "List users"});
  r.add({"POST", "/api/v1/users", Access::need("users.manage"), users::create_user, "Create a user"});
  r.add({"GET", "/api/v1/users/{id}", Access::need("users.read"), users::get_user, "One user"});
  r.add({"PATCH", "/api/v1/users/{id}", Access::need("users.manage"), users::update_user, "Change a user"});
  r.add({"DELETE", "/api/v1/users/{id}", Access::need("users.manage"), users::deactivate_user,
         "Deactivate a user"});
  r.add({"GET", "/api/v1/roles", Access::need("roles.read"), users::list_roles, "List roles"});
  r.add({"POST", "/api/v1/roles", Access::need("roles.manage"), users::create_role, "Create a role (a permission set)"});
  r.add({"PATCH", "/api/v1/roles/{id}", Access::need("roles.manage"), users::update_role,
         "Rename a role or change its permissions"});
  r.add({"DELETE", "/api/v1/roles/{id}", Access::need("roles.manage"), users::delete_role,
         "Delete a role nobody holds"});
  r.add({"GET", "/api/v1/permissions", Access::need("roles.read"), users::list_permissions,
         "Every permission a role may hold, by group"});

  // Dictionaries
  r.add({"GET", "/api/v1/providers", Access::need("providers.read"), dictionaries::list_providers, "List providers"});
  r.add({"POST", "/api/v1/providers", Access::need("providers.manage"), dictionaries::create_provider,
         "Create a provider"});
  r.add({"GET", "/api/v1/providers/{id}", Access::need("providers.read"), dictionaries::get_provider, "One provider"});
  r.add({"PATCH", "/api/v1/providers/{id}", Access::need("providers.manage"), dictionaries::update_provider,
         "Change a provider"});
  r.add({"DELETE", "/api/v1/providers/{id}", Access::need("providers.manage"), dictionaries::delete_provider,
         "Delete an unused provider"});
  r.add({"GET", "/api/v1/geo", Access::need("geo.read"), dictionaries::list_geo, "List geo entries"});
  r.add({"POST", "/api/v1/geo", Access::need("geo.manage"), dictionaries::create_geo, "Create a geo entry"});
  r.add({"GET", "/api/v1/geo/{id}", Access::need("geo.read"), dictionaries::get_geo, "One geo entry"});
  r.add({"PATCH", "/api/v1/geo/{id}", Access::need("geo.manage"), dictionaries::update_geo, "Change a geo entry"});
  r.add({"DELETE", "/api/v1/geo/{id}", Access::need("geo.manage"), dictionaries::delete_geo,
         "Delete an unused geo entry"});
  r.add({"GET", "/api/v1/number_statuses", Access::need("statuses.read"), dictionaries::list_statuses,
         "List number statuses"});
  r.add({"POST", "/api/v1/number_statuses", Access::need("statuses.manage"), dictionaries::create_status,
         "Create a number status"});
  r.add({"PATCH", "/api/v1/number_statuses/{id}", Access::need("statuses.manage"), dictionaries::update_status,
         "Change a number status"});
  r.add({"DELETE", "/api/v1/number_statuses/{id}", Access::need("statuses.manage"), dictionaries::delete_status,
         "Delete an unused number status"});

  r.add({"GET", "/api/v1/audit_log", Access::need("audit.read"), audit::list_audit_log, "The audit log"});
  r.add({"GET", "/api/v1/audit_log/export", Access::need("audit.read"), audit::export_audit_log,
         "The filtered audit log as CSV"});

  // Projects. Managers reach only the projects they are members of (checked in the SQL).
  r.add({"GET", "/api/v1/projects", Access::need("projects.read"), projects::list_projects, "List projects"});
  r.add({"POST", "/api/v1/projects", Access::need("projects.create"), projects::create_project, "Create a project"});
  r.add({"GET", "/api/v1/projects/deleted", Access::need("projects.delete"), projects::list_deleted_projects,
         "Deleted projects: who, when, why"});
  r.add({"GET", "/api/v1/projects/{id}", Access::need("projects.read"), projects::get_project, "One project"});
  r.add({"GET", "/api/v1/projects/{id}/conversion", Access::need("conversion.read"),
         conversion::get_project_conversion, "One project's conversion: measures, breakdowns, daily series"});
  r.add({"POST", "/api/v1/projects/{id}/recalculate-conversion", Access::need("conversion.manage"),
         conversion::recalculate_project, "Rebuild a project's conversion counters from its numbers (a job)"});

  r.add({"PATCH", "/api/v1/projects/{id}", Access::need("projects.update"), projects::update_project,
         "Change a project"});
  r.add({"PUT", "/api/v1/projects/{id}/settings", Access::need("projects.settings"), projects::put_project_settings,
         "Replace a project's providers, geo and schedule"});
  r.add({"DELETE", "/api/v1/projects/{id}", Access::need("projects.delete"), projects::delete_project,
         "Delete a project (soft, with an optional reason)"});
  r.add({"POST", "/api/v1/projects/{id}/restore", Access::need("projects.delete"), projects::restore_project,
         "Restore a deleted project"});
  r.add({"DELETE", "/api/v1/projects/{id}/permanent", Access::need("projects.purge"), projects::purge_project,
         "Delete a deleted project and its numbers for good, in the background"});
  r.add({"GET", "/api/v1/projects/{id}/members", Access::need("projects.read"), projects::list_members,
         "A project's members (its members see one another, to assign numbers)"});
  r.add({"POST", "/api/v1/projects/{id}/members", Access::need("projects.members"), projects::add_member,
         "Add a member to a project"});
  r.add({"DELETE", "/api/v1/projects/{id}/members/{user_id}", Access::need("projects.members"),
         projects::remove_member, "Remove a member from a project"});

  // Distribution: the pool, "get base" for one project, runs for all.
  r.add({"POST", "/api/v1/projects/{id}/get_base", Access::need("projects.get_base"), distribution::get_base,
         "Hand the project what it may receive from the pool right now"});
  // Conversion reports: counters only; managers see their projects (in the SQL).
  r.add({"GET", "/api/v1/conversion/summary", Access::need("conversion.read"), conversion::get_summary,
         "Conversion of every project over a date range, with totals"});
  r.add({"GET", "/api/v1/conversion/summary/export", Access::need("conversion.read"), conversion::export_summary,
         "The conversion summary as CSV or XLSX"});
  r.add({"GET", "/api/v1/pool/summary", Access::need("pool.read"), distribution::pool_summary,
         "Numbers waiting in the pool by supplier and region, and what each project could take now"});
  r.add({"POST", "/api/v1/distribution/runs", Access::need("distribution.manage"), distribution::create_run,
         "Run the distribution for all active projects now, in the background"});
  r.add({"GET", "/api/v1/distribution/runs", Access::need("distribution.manage"), distribution::list_runs,
         "Distribution runs, newest first"});
  r.add({"GET", "/api/v1/distribution/runs/{id}", Access::need("distribution.manage"), distribution::get_run,
         "One distribution run with its per-project results"});

  // Phone numbers, always within the caller's projects.
  r.add({"GET", "/api/v1/phone_numbers", Access::need("phone_numbers.read"), numbers::list_numbers,
         "List numbers (filters, keyset pagination)"});
  r.add({"POST", "/api/v1/phone_numbers", Access::need("phone_numbers.create"), numbers::create_number,
         "Add a number"});
  r.add({"GET", "/api/v1/phone_numbers/{id}", Access::need("phone_numbers.read"), numbers::get_number,
         "One number with its call history"});
  r.add({"GET", "/api/v1/reminders/events", Access::need("phone_numbers.read"), reminders::events,
         "Server-sent events: each reminder on the caller's numbers as it comes due"});
  r.add({"GET", "/api/v1/phone_numbers/{id}/next", Access::need("phone_numbers.read"), numbers::next_number,
         "The next number after this one in a list (the list's filters and sort)"});
  r.add({"GET", "/api/v1/phone_numbers/{id}/notes", Access::need("phone_numbers.read"), numbers::list_notes,
         "The notes written on a number (its comments, with author and time), newest first"});
  r.add({"PATCH", "/api/v1/phone_numbers/{id}", Access::need("phone_numbers.update"), numbers::update_number,
         "Change a number's status, comment, reminder, favourite or assignee"});
  r.add({"POST", "/api/v1/phone_numbers/bulk_update", Access::need("phone_numbers.update"),
         numbers::bulk_update_numbers, "Change many numbers, by ids or by the list's filter"});

  // Imports (files streamed to disk, imported by a background job) and exports.
  http::Route upload{"POST", "/api/v1/imports", Access::need("imports.create"), imports::create_import,
                     "Upload a file of numbers (CSV, XLSX, XLS) and import it into a project or the pool"};
  upload.upload = true;
  upload.lane = http::Lane::Files;
  r.add(upload);
  upload.pattern = "/api/v1/imports/preview";
  upload.handler = imports::preview_import;
  upload.summary = "The detected format, columns and first rows of a file, without importing";
  r.add(upload);
  upload.pattern = "/api/v1/numbering_plan";
  upload.access = Access::need("geo.manage");
  upload.handler = numbering::upload_numbering_plan;
  upload.summary = "Replace the numbering plan with a newer registry file; numbers of changed ranges follow";
  r.add(upload);
  r.add({"GET", "/api/v1/numbering_plan", Access::need("geo.read"), numbering::numbering_plan_summary,
         "The numbering plan loaded: ranges, those of unknown region, operators, when"});
  r.add({"GET", "/api/v1/imports", Access::need("imports.read"), imports::list_imports, "Import history"});
  r.add({"GET", "/api/v1/imports/{id}", Access::need("imports.read"), imports::get_import,
         "One import: status, counts, the first errors"});
  r.add({"GET", "/api/v1/imports/{id}/errors", Access::need("imports.read"), imports::download_error_report,
         "An import's full error report as CSV"});
  r.add({"POST", "/api/v1/exports", Access::need("exports.create"), exports::create_export,
         "Export the numbers matching a filter to CSV or XLSX, in the background"});
  r.add({"GET", "/api/v1/exports", Access::need("exports.read"), exports::list_exports,
         "Exports (one's own; administrators see all)"});
  r.add({"GET", "/api/v1/exports/{id}", Access::need("exports.read"), exports::get_export, "One export"});
  r.add({"GET", "/api/v1/exports/{id}/download", Access::need("exports.read"), exports::download_export,
         "Download an export's file (its creator or an administrator)"});

  // SFTP feeds (administrators): hosts, schedules, the runs log.
  const auto sftp = Access::need("sftp.manage");
  r.add({"GET", "/api/v1/sftp/configs", sftp, sftp::list_hosts, "SFTP hosts (secrets never shown)"});
  r.add({"POST", "/api/v1/sftp/configs", sftp, sftp::create_host, "Add an SFTP host"});
  r.add({"GET", "/api/v1/sftp/configs/{id}", sftp, sftp::get_host, "One SFTP host"});
  r.add({"PATCH", "/api/v1/sftp/configs/{id}", sftp, sftp::update_host,
         "Change an SFTP host (a secret given replaces the stored one)"});
  r.add({"DELETE", "/api/v1/sftp/configs/{id}", sftp, sftp::delete_host, "Remove an SFTP host without schedules"});
  r.add({"POST", "/api/v1/sftp/configs/{id}/test", sftp, sftp::test_host,
         "Connect, show the host key's fingerprint and, once it is accepted, list the directory"});
  r.add({"POST", "/api/v1/sftp/configs/{id}/accept_host_key", sftp, sftp::accept_host_key,
         "Pin the host key the last test met"});
  r.add({"GET", "/api/v1/sftp/schedules", sftp, sftp::list_schedules, "SFTP import and export schedules"});
  r.add({"POST", "/api/v1/sftp/schedules", sftp, sftp::create_schedule, "Add an SFTP schedule"});
  r.add({"GET", "/api/v1/sftp/schedules/{id}", sftp, sftp::get_schedule, "One SFTP schedule"});
  r.add({"PATCH", "/api/v1/sftp/schedules/{id}", sftp, sftp::update_schedule, "Change an SFTP schedule"});
  r.add({"DELETE", "/api/v1/sftp/schedules/{id}", sftp, sftp::delete_schedule, "Remove an SFTP schedule (its runs stay)"});
  r.add({"POST", "/api/v1/sftp/schedules/{id}/run", sftp, sftp::run_schedule, "Run a schedule now"});
  r.add({"GET", "/api/v1/sftp/cron", sftp, sftp::cron_preview, "The next five times a cron expression names"});
  r.add({"GET", "/api/v1/sftp/jobs", sftp, sftp::list_runs, "The SFTP runs log, newest first"});
  r.add({"POST", "/api/v1/sftp/jobs", sftp, sftp::create_run, "Run an SFTP import or export once"});
  r.add({"GET", "/api/v1/sftp/jobs/{id}", sftp, sftp::get_run, "One SFTP run with what it did with each file"});

  r.add({"GET", "/api/v1/jobs/{id}", signed_in, jobs::get_job, "A background job's progress and result"});
  r.add({"POST", "/api/v1/jobs/{id}/cancel", signed_in, jobs::cancel_job,
         "Cancel a queued or running job (nothing it did stays)"});
  r.add({"GET", "/api/v1/jobs/{id}/events", signed_in, jobs::job_events,
         "A job's progress as server-sent events, until it finishes"});
}

}  // namespace numbase
