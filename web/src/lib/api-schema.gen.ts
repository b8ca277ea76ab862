// Generated from server/openapi/openapi.json by `npm run api-types` (web/scripts/api-types.mjs,
// openapi-typescript). Do not edit: change the document and run it again.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Liveness probe; does not touch the database.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database is reachable and migrated
         * @description Readiness probe: 200 when the database answers and every migration is applied, 503 otherwise.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Prometheus text exposition format (version 0.0.4): HTTP request counters and latencies by route, database pool gauges.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API's OpenAPI document */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Checks the username (case-insensitive) and password and starts a session. Repeated failures for a username or IP address are refused with 429 for a while.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a refresh token for a new token pair
         * @description Rotates the refresh token: the one sent becomes used, and a new access and refresh token are returned. Presenting a used refresh token again revokes the whole session.
         */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out (revoke the session)
         * @description Revokes the session of the refresh token in the body or, with an empty body, the session of the access token in the Authorization header (optional for this route).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user, role and permissions */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Today: the caller's callbacks and projects; the company's for administrators
         * @description "Сегодня": every figure from counters and small tables, never from counting numbers.
         */
        get: operations["getHome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Users ordered by id, with offset pagination.
         */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /**
         * Deactivate a user
         * @description Soft delete: sets the status to inactive and signs the user out everywhere. Idempotent. You cannot deactivate yourself (409).
         */
        delete: operations["deactivateUser"];
        options?: never;
        head?: never;
        /** Change a user */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List roles */
        get: operations["listRoles"];
        put?: never;
        /**
         * Create a role (a permission set)
         * @description name and permissions are required. Audited.
         */
        post: operations["createRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a role nobody holds
         * @description Built-in roles and roles held by users are kept (409). Audited.
         */
        delete: operations["deleteRole"];
        options?: never;
        head?: never;
        /**
         * Rename a role or change its permissions
         * @description Takes effect with each holder's next request. The administrator role keeps its name and every permission (409); a built-in role keeps its name (409). Audited.
         */
        patch: operations["updateRole"];
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every permission a role may hold, by group
         * @description The catalog the role editor ticks from; the UI describes each code in plain language.
         */
        get: operations["listPermissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List providers */
        get: operations["listProviders"];
        put?: never;
        /**
         * Create a provider
         * @description A code already used (case-insensitively) gives 409 with the field code.
         */
        post: operations["createProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One provider */
        get: operations["getProvider"];
        put?: never;
        post?: never;
        /**
         * Delete an unused provider
         * @description Deletes the provider for good. A provider that projects or numbers refer to cannot be deleted (409; the message and details say how many use it); deactivate it instead.
         */
        delete: operations["deleteProvider"];
        options?: never;
        head?: never;
        /** Change a provider */
        patch: operations["updateProvider"];
        trace?: never;
    };
    "/api/v1/geo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List geo entries
         * @description Geo entries with offset pagination: countries (no region), regions (no city) and cities.
         */
        get: operations["listGeo"];
        put?: never;
        /**
         * Create a geo entry
         * @description The place (country, region, city) must be new (409 otherwise); the time zone must be one PostgreSQL knows (422 otherwise).
         */
        post: operations["createGeo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/geo/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One geo entry */
        get: operations["getGeo"];
        put?: never;
        post?: never;
        /**
         * Delete an unused geo entry
         * @description Deletes the entry for good. An entry that projects or numbers refer to cannot be deleted (409; the message and details say how many use it); deactivate it instead.
         */
        delete: operations["deleteGeo"];
        options?: never;
        head?: never;
        /** Change a geo entry */
        patch: operations["updateGeo"];
        trace?: never;
    };
    "/api/v1/number_statuses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List number statuses */
        get: operations["listNumberStatuses"];
        put?: never;
        /**
         * Create a number status
         * @description A code already used gives 409 with the field code. Without sort_order the status goes last.
         */
        post: operations["createNumberStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/number_statuses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an unused number status
         * @description A status that numbers have cannot be deleted: 409 with the message "The status is used by N numbers" and the detail {"field": "status", "issue": "used by N numbers"}. The default status new cannot be deleted either (409).
         */
        delete: operations["deleteNumberStatus"];
        options?: never;
        head?: never;
        /**
         * Change a number status
         * @description The code of the default status new cannot be changed (409).
         */
        patch: operations["updateNumberStatus"];
        trace?: never;
    };
    "/api/v1/audit_log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log
         * @description Audit records, newest first, with cursor pagination.
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit_log/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The filtered audit log as CSV
         * @description Every matching record, newest first, streamed as UTF-8 CSV with a BOM and CRLF line ends. Columns: id, timestamp, actor_type, user_id, username, on_behalf_of, action, entity_type, entity_id, changes (JSON), ip_address, user_agent, request_id. The export itself is audited.
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List projects
         * @description Projects with their counters, offset pagination. Managers see only the projects they are members of (projects.all sees all).
         */
        get: operations["listProjects"];
        put?: never;
        /**
         * Create a project
         * @description Creates a project, with its providers, geo and schedule if given. An active project needs at least one provider and one geo (422).
         */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deleted projects: who, when, why
         * @description All soft-deleted projects with who deleted them, the reason, how many numbers they hold and the progress of their permanent deletion, if requested.
         */
        get: operations["listDeletedProjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project
         * @description A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. A deleted project is visible only with the projects.delete permission.
         */
        get: operations["getProject"];
        put?: never;
        post?: never;
        /**
         * Delete a project (soft, with an optional reason)
         * @description Soft delete: the project and its numbers disappear from lists and can be restored (POST /api/v1/projects/{id}/restore) until deleted permanently. A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. An already deleted project gives 404.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /**
         * Change a project
         * @description A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. A deleted project gives 404. is_active, daily_limit and the distribution fields need projects.settings: without it a request naming any of them is refused whole with 403, the fields in details.
         */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/api/v1/projects/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a project's providers, geo and schedule
         * @description Replaces all three settings. An active project needs at least one provider and one geo; unknown ids, bad times, overlapping windows or a weekday given twice give 422. A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. A deleted project gives 404. Needs projects.settings (administrators; a role may be given it): what a project receives is not its members' to change.
         */
        put: operations["putProjectSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a deleted project
         * @description No body. 409 if the project is not deleted, or if its permanent deletion has been requested. 404 if no such project (project membership is not checked here).
         */
        post: operations["restoreProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/permanent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a deleted project and its numbers for good, in the background
         * @description Starts a background job (kind project_purge) that deletes the project's numbers in batches and then the project. Only a soft-deleted project can be deleted permanently (409 otherwise). Repeating the request while the job exists returns the same job_id. 404 if no such project (project membership is not checked here).
         */
        delete: operations["purgeProject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A project's members
         * @description A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. Deleted projects' members are still listed. Its members see one another (to assign numbers); email only for those with projects.members.
         */
        get: operations["listProjectMembers"];
        put?: never;
        /**
         * Add a member to a project
         * @description Idempotent: adding a member twice is not an error. A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. A deleted project gives 404.
         */
        post: operations["addProjectMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/members/{user_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member from a project
         * @description A project that does not exist, or that the caller may not see (managers see only the projects they are members of; the projects.all permission sees all), gives 404. A user who is not a member also gives 404.
         */
        delete: operations["removeProjectMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List numbers (filters, keyset pagination)
         * @description The numbers of the live projects the caller may see (managers: the projects they are members of; projects.all: every project), newest first by default, with keyset pagination. A project_id the caller may not see gives an empty list.
         */
        get: operations["listPhoneNumbers"];
        put?: never;
        /**
         * Add a number
         * @description Adds a number to a project. A project_id that does not exist, is deleted or that the caller may not see (not a member, without projects.all) gives 404. The same number already in the project gives 409 (field phone_number); unknown provider, geo, status or an inactive user give 422.
         */
        post: operations["createPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone_numbers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One number with its call history
         * @description A number that does not exist, or that the caller may not see (its project is deleted, or — without projects.all — the caller is not a member of its project), gives 404.
         */
        get: operations["getPhoneNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a number's status, comment, reminder, favourite or assignee
         * @description A number that does not exist, or that the caller may not see (its project is deleted, or — without projects.all — the caller is not a member of its project), gives 404. An unknown status or an unknown or inactive user gives 422. A new comment is kept as a note (GET /phone_numbers/{id}/notes). Changing the assignee of a number a colleague is assigned (taking it, or taking it from them) needs the permission phone_numbers.reassign (403 otherwise); the assignee must see the number's project (422).
         */
        patch: operations["updatePhoneNumber"];
        trace?: never;
    };
    "/api/v1/phone_numbers/{id}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The next number after this one in a list
         * @description "Следующий номер": the number after {id} in the list with these filters and sort (the numbers list's own parameters), as its card shows it; data is null at the end of the list. The current number need not match the filters any more (its status may just have changed). 404 when the caller may not see {id}.
         */
        get: operations["nextPhoneNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone_numbers/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The notes written on a number, newest first
         * @description Every comment set on a number (PATCH comment) is kept as a note with its author and time; the number's comment is the latest. A comment the number came with (from its file) becomes the first note, without author, when the first note is written. 404 when the caller may not see the number.
         */
        get: operations["listNumberNotes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reminders/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: each reminder on the caller's numbers as it comes due
         * @description text/event-stream. `event: reminder` with data {id, phone_number, company, reminder_at, project_id, project_name} for each number assigned to the caller whose reminder comes due while the stream is open (looked for every 5 s; those overdue before it opened are on GET /home); `: keep-alive` comments every 15 s. The stream ends when the server stops; reconnect then.
         */
        get: operations["reminderEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the PBX integrations
         * @description With each one's last event, calls today, unlinked calls and signature failures.
         */
        get: operations["listSoftphoneIntegrations"];
        put?: never;
        /**
         * Connect a PBX
         * @description name, kind and secrets are required; outcomes default to answered → in_progress, no_answer and busy → no_answer. Audited (secrets redacted).
         */
        post: operations["createSoftphoneIntegration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One PBX integration */
        get: operations["getSoftphoneIntegration"];
        put?: never;
        post?: never;
        /**
         * Disconnect a PBX
         * @description Its calls go with it. Audited.
         */
        delete: operations["deleteSoftphoneIntegration"];
        options?: never;
        head?: never;
        /**
         * Change a PBX integration
         * @description Secrets given replace the old ones; the kind cannot change. Audited.
         */
        patch: operations["updateSoftphoneIntegration"];
        trace?: never;
    };
    "/api/v1/softphone/number/{phone}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The pop-up for a call
         * @description The numbers with this phone (any spelling; URL-encode the +) in the caller's projects, newest first, each with its status and its five last calls.
         */
        get: operations["softphoneNumberPopup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call event from a numbase-kind PBX
         * @description Signed, not signed in: X-Numbase-Signature is "sha256=" + hex HMAC-SHA256(secret, X-Numbase-Timestamp + "." + raw body), compared in constant time; a timestamp more than 5 minutes from the server's, an unknown or inactive integration or a wrong signature gets 401 (counted per integration, nothing stored). A checked event is stored (durably, before the answer) and applied moments later by the server's applier: events call_started, call_answered, call_ended make one call per call_id, idempotently; the call is linked to the number in the extension's user's projects (the most recently received) or else to every project holding it. Its end adds an attempt and the last call to those numbers and sets the outcome's status unless a person changed the number since the call began or its status is final (audited with the integration as actor). The answer names the number the call goes to, when the base holds the phone.
         */
        post: operations["softphoneEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/call_result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call's result from a numbase-kind PBX
         * @description Signed as POST /softphone/events. Ends the call (made if never heard of, from the number phone_number_id names) with the result and duration unless its end came already; notes go on the call's numbers as a note (audited). Applied before the answer, which gives the number and its status afterwards (null when the call has no number).
         */
        post: operations["softphoneCallResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/webhook/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The PBX checks its webhook address
         * @description Zadarma: answers the zd_echo parameter as it came (text/plain). 404 for an unknown or inactive address.
         */
        get: operations["softphoneWebhookEcho"];
        put?: never;
        /**
         * A call event from a Zadarma (or Novofon) integration
         * @description Form-encoded NOTIFY_START, NOTIFY_INTERNAL, NOTIFY_ANSWER, NOTIFY_END, NOTIFY_OUT_START, NOTIFY_OUT_END, NOTIFY_RECORD (others are answered and ignored). Header Signature = base64 of the hex HMAC-SHA1(secret, S): S = caller_id + called_did + call_start (START, INTERNAL, END), caller_id + destination + call_start (ANSWER), internal + destination + call_start (OUT_START, OUT_END), pbx_call_id + call_id_with_rec (RECORD); compared in constant time, a wrong one is 401 and counted. call_start is read as Moscow time. disposition answered → answered, busy → busy, cancel / no answer → no_answer, anything else → failed. Mango posts to …/events/call and …/events/summary instead.
         */
        post: operations["softphoneWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/webhook/{token}/events/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call's state from a Mango Office integration
         * @description json: entry_id (the call), call_id, seq, call_state (Appeared, Connected, OnHold, Disconnected), timestamp, from/to {extension, number}. Events come out of order: one whose seq is not above the call's last changes nothing. A call from one of our extensions is outbound. The end is the summary's to say.
         */
        post: operations["mangoCallEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/webhook/{token}/events/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call's final record from a Mango Office integration
         * @description json: entry_id, from, to, entry_result (1 talked, 0 missed), talk_time, end_time (Unix seconds). Ends the call once: duration = end_time - talk_time when talked.
         */
        post: operations["mangoSummary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/phone_numbers/bulk_update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change many numbers, by ids or by the list's filter
         * @description Sets status_id, assigned_to and/or is_favourite on many numbers, only ever within the caller's numbers (live projects they may see). By phone_number_ids: one transaction; ids not changed are listed in failed_ids. By filter: batches of 5,000 in their own transactions; numbers that already have the values are skipped and not counted; failed_ids is empty. An unknown status or an unknown or inactive user gives 422. Changing the assignee of numbers a colleague is assigned needs phone_numbers.reassign: without it the whole change is refused (403).
         */
        post: operations["bulkUpdatePhoneNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A background job's progress and result
         * @description A job that does not exist, or that the caller did not start (without the jobs.all permission), gives 404.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Import history */
        get: operations["listImports"];
        put?: never;
        /**
         * Upload a file of numbers (CSV, XLSX, XLS) and import it into a project or the pool
         * @description Access is checked before any of the body is read. The file is streamed to disk, never held in memory. Numbers are normalized to E.164; invalid rows, duplicates inside the file and numbers the project already has are counted and do not stop the import. All-or-nothing: a failed or cancelled import (POST /jobs/{job_id}/cancel) leaves no rows.
         */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The detected format, columns and first rows of a file, without importing
         * @description Sending only the beginning of a large CSV is enough (a record cut at the end is ignored, with a warning); spreadsheets must be sent whole.
         */
        post: operations["previewImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import: status, counts, the first errors */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import's full error report as CSV */
        get: operations["downloadImportErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exports (one's own; administrators see all) */
        get: operations["listExports"];
        put?: never;
        /**
         * Export the numbers matching a filter to CSV or XLSX, in the background
         * @description Managers export only from their projects (a project they do not see gives 404; the scope is applied again when the job runs). Cells a spreadsheet would run as formulas are neutralized; phone numbers keep their leading +. Files are removed after NUMBASE_EXPORT_RETENTION_HOURS (default 72).
         */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One export */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an export's file (its creator or an administrator)
         * @description Someone else's export gives 404. Downloads are audited.
         */
        get: operations["downloadExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a queued or running job (nothing it did stays) */
        post: operations["cancelJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's progress as server-sent events, until it finishes */
        get: operations["jobEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/get_base": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hand the project what it may receive from the pool right now
         * @description «Получить базу». No body. Runs the distribution for this project only (one run at a time across all processes): its suppliers and geo, its site list, its weekday window in each number's own time zone, up to its remaining daily limit (50,000 at most when it has none), never a number it had. Administrators, or a manager who is a member (404 otherwise).
         */
        post: operations["getBase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Numbers waiting in the pool by supplier and region, and what each project could take now */
        get: operations["poolSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distribution/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Distribution runs, newest first */
        get: operations["listDistributionRuns"];
        put?: never;
        /**
         * Run the distribution for all active projects now, in the background
         * @description No body. Queues a job (progress at /jobs/{id}); its result names the run.
         */
        post: operations["startDistributionRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/distribution/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One distribution run with its per-project results */
        get: operations["getDistributionRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/numbering_plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The numbering plan loaded: ranges, those of unknown region, operators, when */
        get: operations["numberingPlanSummary"];
        put?: never;
        /**
         * Replace the numbering plan with a newer registry file; numbers of changed ranges follow
         * @description The regulator's DEF-9xx registry as published (`;`-separated, UTF-8 or Windows-1251, columns АВС/ DEF;От;До;Емкость;Оператор;Регион;ИНН). Loaded in one transaction; a bad file changes nothing (422 UNREADABLE_FILE with the line). Access is checked before the body is read.
         */
        post: operations["uploadNumberingPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversion/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Conversion of every project over a date range, with totals
         * @description Reads the conversion counters only (whole months plus the days at either end). Managers see only the projects they are members of.
         */
        get: operations["getConversionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversion/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The conversion summary as CSV or XLSX
         * @description The same table as GET /conversion/summary (every project, then the totals row), as a file; headers in the language asked for.
         */
        get: operations["exportConversionSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One project's conversion: measures, breakdowns, daily series
         * @description The contract's shape (total_numbers, processed, successful, failed, conversion_rate, breakdown_by_status) with the measures, breakdowns by supplier and by region, and every day of the range. Deleted projects too; administrators or members (404 otherwise).
         */
        get: operations["getProjectConversion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/recalculate-conversion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebuild a project's conversion counters from its numbers (a job)
         * @description Queues a background job that recomputes the counters the numbers determine and corrects any that differ; history (arrivals, status changes) is kept.
         */
        post: operations["recalculateConversion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My PBX line
         * @description The signed-in user's extension in an active integration (one that can dial first), and whether click-to-call works for them.
         */
        get: operations["softphoneMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/calls/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * My calls, live (server-sent events)
         * @description text/event-stream: `event: call` with a SoftphoneLiveCall each time a call of the user's extension starts, is answered or ends (the same id again); `: keep-alive` every 15 s. Read it with fetch to send the Authorization header.
         */
        get: operations["softphoneLiveCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/softphone/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Calls, newest first
         * @description unlinked=true: the calls no number holds (from their own index); keyset-paged by cursor.
         */
        get: operations["listSoftphoneCalls"];
        put?: never;
        /**
         * Click-to-call
         * @description The PBX of the integration that knows the user's extension (Zadarma: /v1/request/callback/, Mango: commands/callback) rings the extension, then the number. Only a number of the caller's projects. Audited.
         */
        post: operations["clickToCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/configs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SFTP hosts
         * @description With their pinned keys, last tests and schedule counts.
         */
        get: operations["listSftpConfigs"];
        put?: never;
        /**
         * Add an SFTP host
         * @description No key is pinned yet: test it, then accept the key it shows. Audited (secrets redacted).
         */
        post: operations["createSftpConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/configs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SFTP host */
        get: operations["getSftpConfig"];
        put?: never;
        post?: never;
        /**
         * Delete an SFTP host
         * @description Refused (409 CONFLICT) while schedules use it. Audited.
         */
        delete: operations["deleteSftpConfig"];
        options?: never;
        head?: never;
        /**
         * Change an SFTP host
         * @description A secret given replaces the stored one, a secret left out stays; a changed host or port forgets the pinned key. Audited.
         */
        patch: operations["updateSftpConfig"];
        trace?: never;
    };
    "/api/v1/sftp/configs/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test the connection to an SFTP host
         * @description No body. Fetches the host key; with the pinned key, signs in and lists the remote directory (first 100 entries). The outcome is in the body (ok, error), not the status; it is kept as the host's last test.
         */
        post: operations["testSftpConfig"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/configs/{id}/accept_host_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept (pin) the host key the last test saw
         * @description The fingerprint must be the one the last test saw (seen_host_key_fingerprint), else 409. Audited.
         */
        post: operations["acceptSftpHostKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SFTP schedules
         * @description With each one's next runs and last run.
         */
        get: operations["listSftpSchedules"];
        put?: never;
        /**
         * Add an SFTP schedule
         * @description Audited.
         */
        post: operations["createSftpSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SFTP schedule */
        get: operations["getSftpSchedule"];
        put?: never;
        post?: never;
        /**
         * Delete an SFTP schedule
         * @description Its runs stay in the log. Audited.
         */
        delete: operations["deleteSftpSchedule"];
        options?: never;
        head?: never;
        /**
         * Change an SFTP schedule
         * @description The direction cannot change. Audited.
         */
        patch: operations["updateSftpSchedule"];
        trace?: never;
    };
    "/api/v1/sftp/schedules/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a schedule now
         * @description No body. Queues a run (trigger manual) with the schedule's settings.
         */
        post: operations["runSftpSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/cron": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The next five times a cron expression names
         * @description Invalid expressions or zones give 422 with details[].field cron or timezone.
         */
        get: operations["previewSftpCron"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The log of SFTP runs, newest first
         * @description Without their files (GET /sftp/jobs/{id} has them).
         */
        get: operations["listSftpRuns"];
        put?: never;
        /**
         * Start a one-off SFTP run
         * @description A run without a schedule (trigger manual).
         */
        post: operations["createSftpRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sftp/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One SFTP run with its files */
        get: operations["getSftpRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The body of every error response. */
        Error: {
            error: {
                /**
                 * @description Machine-readable code: MALFORMED_JSON, VALIDATION_ERROR, UNAUTHORIZED, INVALID_CREDENTIALS, INVALID_REFRESH_TOKEN, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, PAYLOAD_TOO_LARGE, TOO_MANY_ATTEMPTS, INTERNAL_ERROR, SERVICE_UNAVAILABLE, PBX_ERROR (502: the PBX refused a click-to-call; the message says why), SERVER_BUSY (503 with Retry-After: too many uploads being read; sent before the body is read).
                 * @example VALIDATION_ERROR
                 */
                code: string;
                /**
                 * @description Human-readable explanation.
                 * @example Invalid input data
                 */
                message: string;
                /** @description Per-field problems; empty when there are none. */
                details: {
                    /** @example password */
                    field: string;
                    /** @example must be at least 8 characters */
                    issue: string;
                }[];
            };
        };
        User: {
            /**
             * Format: int64
             * @example 1
             */
            id: number;
            /** @example admin */
            username: string;
            /**
             * Format: email
             * @example admin@crm.local
             */
            email: string | null;
            /**
             * @description Role name.
             * @example administrator
             */
            role: string;
            /** @enum {string} */
            status: "active" | "inactive";
            /**
             * Format: date-time
             * @description Last successful sign-in; null if never.
             * @example 2026-02-25T13:00:00.123Z
             */
            last_login_at: string | null;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
        };
        Role: {
            /** @example 1 */
            id: number;
            /**
             * @description 1 to 50 characters, as people say it ("старший менеджер"); unique ignoring case.
             * @example administrator
             */
            name: string;
            /** @example Full access */
            description: string;
            /**
             * @description Permission strings; "all" grants every permission.
             * @example [
             *       "all"
             *     ]
             */
            permissions: string[];
            built_in: boolean;
            /**
             * Format: int64
             * @description Active users holding the role.
             */
            users: number;
        };
        Provider: {
            /** @example 1 */
            id: number;
            /**
             * @description Short unique code (case-insensitive).
             * @example B1
             */
            code: string;
            /** @example Base one */
            name: string;
            /**
             * @description Free text, e.g. how numbers arrive.
             * @example file
             */
            type: string;
            /**
             * @description Free text: whom to contact.
             * @example supply@base-one.example
             */
            contact: string;
            is_active: boolean;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
            /**
             * @description Price of one number in rubles (conversion's money view); null: unknown.
             * @example 2.5
             */
            price_per_number: number | null;
        };
        ProviderCreate: {
            /**
             * @description Short unique code (case-insensitive).
             * @example B1
             */
            code: string;
            /** @example Base one */
            name: string;
            /**
             * @description Free text, e.g. how numbers arrive; null clears it.
             * @default
             * @example file
             */
            type?: string | null;
            /**
             * @description Free text: whom to contact; null clears it.
             * @default
             * @example supply@base-one.example
             */
            contact?: string | null;
            /** @default true */
            is_active?: boolean;
            /**
             * @description Price of one number in rubles (conversion's money view); null: unknown.
             * @example 2.5
             */
            price_per_number?: number | null;
        };
        /** @description Only the fields sent are changed. */
        ProviderUpdate: {
            /**
             * @description Short unique code (case-insensitive).
             * @example B1
             */
            code?: string;
            /** @example Base one */
            name?: string;
            /**
             * @description Free text, e.g. how numbers arrive; null clears it.
             * @example file
             */
            type?: string | null;
            /**
             * @description Free text: whom to contact; null clears it.
             * @example supply@base-one.example
             */
            contact?: string | null;
            is_active?: boolean;
            /**
             * @description Price of one number in rubles (conversion's money view); null: unknown.
             * @example 2.5
             */
            price_per_number?: number | null;
        };
        Geo: {
            /** @example 10 */
            id: number;
            /**
             * @description ISO 3166-1 alpha-2 code.
             * @example RU
             */
            country: string;
            /**
             * @description null for a whole country.
             * @example Москва
             */
            region: string | null;
            /** @description null for a whole region or country. */
            city: string | null;
            /**
             * @description Name (Russian).
             * @example Москва
             */
            name: string;
            /** @example Moscow */
            name_en: string;
            /**
             * @description IANA time zone name known to PostgreSQL (pg_timezone_names).
             * @example Europe/Moscow
             */
            timezone: string;
            is_active: boolean;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
        };
        GeoCreate: {
            /**
             * @description ISO 3166-1 alpha-2 code; stored upper-case.
             * @example RU
             */
            country: string;
            /**
             * @description Omitted, null or empty: the whole country.
             * @example Москва
             */
            region?: string | null;
            /** @description Requires a region (422 otherwise). */
            city?: string | null;
            /** @example Москва */
            name: string;
            /**
             * @description Defaults to the name (also when null).
             * @example Moscow
             */
            name_en?: string | null;
            /**
             * @description IANA time zone name known to PostgreSQL (pg_timezone_names).
             * @example Europe/Moscow
             */
            timezone: string;
            /** @default true */
            is_active?: boolean;
        };
        /** @description Only the fields sent are changed. null (or empty) clears region or city; a city still needs a region (422). null name_en resets it to the name. */
        GeoUpdate: {
            /**
             * @description ISO 3166-1 alpha-2 code; stored upper-case.
             * @example RU
             */
            country?: string;
            /** @example Москва */
            region?: string | null;
            city?: string | null;
            /** @example Москва */
            name?: string;
            /** @example Moscow */
            name_en?: string | null;
            /**
             * @description IANA time zone name known to PostgreSQL (pg_timezone_names).
             * @example Europe/Moscow
             */
            timezone?: string;
            is_active?: boolean;
        };
        NumberStatus: {
            /** @example 2 */
            id: number;
            /**
             * @description Unique; new is the default status of new numbers.
             * @example in_progress
             */
            code: string;
            /** @example В работе */
            name_ru: string;
            /** @example In progress */
            name_en: string;
            /** @example #ff9800 */
            color: string;
            /**
             * Format: int32
             * @example 20
             */
            sort_order: number;
            /** @description The number has been worked. */
            is_processed: boolean;
            /** @description Counts as a conversion. */
            is_success: boolean;
            /** @description No further work expected. */
            is_final: boolean;
        };
        NumberStatusCreate: {
            /** @example in_progress */
            code: string;
            /** @example В работе */
            name_ru: string;
            /** @example In progress */
            name_en: string;
            /**
             * @default #9e9e9e
             * @example #ff9800
             */
            color?: string;
            /**
             * Format: int32
             * @description Defaults to after the last status.
             * @example 20
             */
            sort_order?: number;
            /**
             * @description The number has been worked.
             * @default false
             */
            is_processed?: boolean;
            /**
             * @description Counts as a conversion.
             * @default false
             */
            is_success?: boolean;
            /**
             * @description No further work expected.
             * @default false
             */
            is_final?: boolean;
        };
        /** @description Only the fields sent are changed. */
        NumberStatusUpdate: {
            /** @example in_progress */
            code?: string;
            /** @example В работе */
            name_ru?: string;
            /** @example In progress */
            name_en?: string;
            /** @example #ff9800 */
            color?: string;
            /**
             * Format: int32
             * @example 20
             */
            sort_order?: number;
            /** @description The number has been worked. */
            is_processed?: boolean;
            /** @description Counts as a conversion. */
            is_success?: boolean;
            /** @description No further work expected. */
            is_final?: boolean;
        };
        Tokens: {
            /** @description JWT for the Authorization: Bearer header. */
            access_token: string;
            /** @description Opaque single-use refresh token; each refresh returns a new one. */
            refresh_token: string;
            /** @enum {string} */
            token_type: "Bearer";
            /**
             * @description Access token lifetime in seconds.
             * @example 900
             */
            expires_in: number;
        };
        LoginResponse: components["schemas"]["Tokens"] & {
            user: {
                /**
                 * Format: int64
                 * @example 1
                 */
                id: number;
                /** @example admin */
                username: string;
                /** @example administrator */
                role: string;
                /**
                 * @example [
                 *       "all"
                 *     ]
                 */
                permissions: string[];
            };
        };
        Me: {
            user: {
                /**
                 * Format: int64
                 * @example 1
                 */
                id: number;
                /** @example admin */
                username: string;
                /** Format: email */
                email: string | null;
                /** @example administrator */
                role: string;
                /** @enum {string} */
                status: "active" | "inactive";
                /**
                 * Format: date-time
                 * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
                 * @example 2026-02-25T13:00:00.123Z
                 */
                last_login_at: string | null;
                /**
                 * Format: date-time
                 * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
                 * @example 2026-02-25T13:00:00.123Z
                 */
                created_at: string;
            };
            /** @example administrator */
            role: string;
            /**
             * @example [
             *       "all"
             *     ]
             */
            permissions: string[];
        };
        AuditRecord: {
            /**
             * Format: int64
             * @example 1001
             */
            id: number;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            timestamp: string;
            /** @enum {string} */
            actor_type: "user" | "system" | "anonymous";
            /**
             * Format: int64
             * @example 1
             */
            user_id: number | null;
            /** @example admin */
            username: string | null;
            /**
             * Format: int64
             * @description The user on whose behalf a system job acted.
             */
            on_behalf_of: number | null;
            /**
             * @description E.g. create, update, delete, export, login, login_failed, login_blocked, logout, token_refresh, refresh_token_reuse.
             * @example update
             */
            action: string;
            /** @example user */
            entity_type: string;
            /** @example 2 */
            entity_id: string | null;
            /**
             * @description Changed fields as {field: {old, new}}; other context objects for some actions. Secrets appear as "[redacted]".
             * @example {
             *       "role": {
             *         "old": "manager",
             *         "new": "administrator"
             *       }
             *     }
             */
            changes: {
                [key: string]: unknown;
            };
            /** @example 192.168.1.100 */
            ip_address: string | null;
            user_agent: string | null;
            request_id: string | null;
        };
        OffsetPagination: {
            /** Format: int64 */
            total: number;
            limit: number;
            /** Format: int64 */
            offset: number;
            has_next: boolean;
        };
        CursorPagination: {
            limit: number;
            has_next: boolean;
            /**
             * @description Pass as `cursor` to get the next (older) page; null on the last page.
             * @example 1001
             */
            next_cursor: string | null;
        };
        UserCreate: {
            /** @example manager2 */
            username: string;
            /**
             * Format: email
             * @example manager2@crm.local
             */
            email?: string | null;
            /** Format: password */
            password: string;
            /**
             * @description Name of an existing role.
             * @example manager
             */
            role: string;
            /**
             * @default active
             * @enum {string}
             */
            status?: "active" | "inactive";
        };
        /** @description Only the fields sent are changed. Changing the password or deactivating signs the user out everywhere. */
        UserUpdate: {
            /**
             * Format: email
             * @description null clears the email.
             */
            email?: string | null;
            /** @description Name of an existing role; you cannot change your own role. */
            role?: string;
            /** Format: password */
            password?: string;
            /**
             * @description You cannot deactivate yourself.
             * @enum {string}
             */
            status?: "active" | "inactive";
        };
        Readiness: {
            /** @enum {string} */
            status: "ready" | "migrations pending" | "database unreachable";
            /** @enum {string} */
            database: "ok" | "unreachable";
            /** @description Absent when the database is unreachable. */
            migrations?: {
                applied: number;
                expected: number;
            };
        };
        /** @description A weekday on which the project receives numbers, optionally limited to a time window in the geo's local time. Give both start_time and end_time, or neither (the whole day). Per weekday: either one whole-day entry, or any number of windows that do not overlap. Responses always carry all three fields. */
        ScheduleEntry: {
            /**
             * @description ISO weekday: 1 = Monday ... 7 = Sunday.
             * @example 1
             */
            weekday: number;
            /**
             * @description Window start, HH:MM from 00:00 to 23:59; null (with end_time null) for the whole day.
             * @example 09:00
             */
            start_time?: string | null;
            /**
             * @description Window end, HH:MM from 00:01 to 24:00 (the end of the day), after start_time; null (with start_time null) for the whole day.
             * @example 18:00
             */
            end_time?: string | null;
        };
        /** @description A project as the list shows it, with its counters. */
        Project: {
            /**
             * Format: int64
             * @example 1
             */
            id: number;
            /** @example Credit cards Moscow */
            name: string;
            /**
             * @description Free text tag; empty when none.
             * @example cc-msk
             */
            tag: string;
            /**
             * @description Free text; empty when none.
             * @example inbound
             */
            type: string;
            /** @description false: paused (receives no numbers). */
            is_active: boolean;
            /**
             * @description deleted when the project is soft-deleted, else active or paused by is_active.
             * @enum {string}
             */
            status: "active" | "paused" | "deleted";
            /**
             * @description Numbers per business day; 0 = no limit.
             * @example 500
             */
            daily_limit: number;
            /** @description Free text; empty when none. */
            description: string;
            /**
             * @description Provider ids, ascending.
             * @example [
             *       1,
             *       2
             *     ]
             */
            provider_ids: number[];
            /**
             * @description Geo ids, ascending.
             * @example [
             *       10
             *     ]
             */
            geo_ids: number[];
            /**
             * @description The distinct weekdays of the schedule, ascending (1 = Monday).
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            weekdays: number[];
            /**
             * Format: int64
             * @description Numbers received in the current business day (Europe/Moscow).
             * @example 120
             */
            received_today: number;
            /**
             * Format: int64
             * @description Of received_today, numbers that were already in another project.
             * @example 7
             */
            duplicates_today: number;
            /**
             * Format: int64
             * @description Numbers received since the project was created.
             * @example 15230
             */
            received_total: number;
            /**
             * Format: date-time
             * @description When the last number arrived; null if none yet.
             * @example 2026-02-25T13:00:00.123Z
             */
            last_received_at: string | null;
            /**
             * Format: int64
             * @description The creating user's id.
             * @example 1
             */
            created_by: number | null;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
            /** @description Higher gets contested pool numbers first (default 0). */
            priority: number;
            /** @description Take the oldest pool arrivals first instead of the freshest. */
            oldest_first: boolean;
            /**
             * @description Whether `sites` lists the only sites to take, or sites never to take.
             * @enum {string}
             */
            sites_mode: "include" | "exclude";
            /** @description Domains (stored lower case, without scheme, www. and path). Empty: no site rule. */
            sites: string[];
            /** @description A number the project had may come again after this many days; null: never. */
            receive_again_after_days: number | null;
            /** @description Numbers still in a not-processed status this long go back to the pool; null: never. */
            return_unworked_after_days: number | null;
        };
        /** @description One project: the list row plus its schedule, providers, geo, conversion figures and deletion state. */
        ProjectDetail: components["schemas"]["Project"] & {
            /** @description Ordered by weekday, then start_time (whole days first). */
            schedule: components["schemas"]["ScheduleEntry"][];
            /** @description The project's providers, ordered by code. */
            providers: {
                /** @example 1 */
                id: number;
                /** @example B1 */
                code: string;
                /** @example Base one */
                name: string;
            }[];
            /** @description The project's geo entries, ordered by country and name. */
            geo: {
                /** @example 10 */
                id: number;
                /**
                 * @description Name (Russian).
                 * @example Москва
                 */
                name: string;
                /** @example Moscow */
                name_en: string;
                /** @example RU */
                country: string;
                /** @description null for a whole country. */
                region: string | null;
                /** @example Europe/Moscow */
                timezone: string;
            }[];
            conversion_stats: {
                /**
                 * Format: int64
                 * @description Numbers in the project.
                 */
                total_numbers: number;
                /**
                 * Format: int64
                 * @description Numbers whose status is_processed.
                 */
                processed: number;
                /**
                 * Format: int64
                 * @description Numbers whose status is_success.
                 */
                successful: number;
                /**
                 * Format: int64
                 * @description Numbers whose status is_final but not is_success.
                 */
                failed: number;
                /**
                 * @description successful / processed, rounded to 4 decimals; 0 when nothing is processed.
                 * @example 0.1234
                 */
                conversion_rate: number;
            };
            /**
             * Format: date-time
             * @description When the project was soft-deleted; null unless deleted.
             * @example 2026-02-25T13:00:00.123Z
             */
            deleted_at: string | null;
            /**
             * Format: int64
             * @description Id of the user who deleted it; null unless deleted.
             */
            deleted_by: number | null;
            /** @description The reason given on deletion, if any. */
            delete_reason: string | null;
            /**
             * Format: int64
             * @description The permanent-deletion job, once requested (see GET /api/v1/jobs/{id}).
             */
            purge_job_id: number | null;
        };
        /** @description A new project, optionally with its settings (see ProjectSettings). */
        ProjectInput: {
            /** @example Credit cards Moscow */
            name: string;
            /** @default  */
            tag?: string;
            /** @default  */
            type?: string;
            /** @default  */
            description?: string;
            /**
             * @description An active project needs at least one provider and one geo.
             * @default true
             */
            is_active?: boolean;
            /**
             * @description Numbers per business day; 0 = no limit.
             * @default 0
             * @example 500
             */
            daily_limit?: number;
            /**
             * @description Provider ids (duplicates are ignored; null = none). Each must exist; an active project needs at least one.
             * @example [
             *       1,
             *       2
             *     ]
             */
            provider_ids?: number[] | null;
            /**
             * @description Geo ids (duplicates are ignored; null = none). Each must exist; an active project needs at least one.
             * @example [
             *       10
             *     ]
             */
            geo_ids?: number[] | null;
            /** @description The weekly schedule (null = no entries). */
            schedule?: components["schemas"]["ScheduleEntry"][] | null;
            /** @description Higher gets contested pool numbers first (default 0). */
            priority?: number;
            /** @description Take the oldest pool arrivals first instead of the freshest. */
            oldest_first?: boolean;
            /**
             * @description Whether `sites` lists the only sites to take, or sites never to take.
             * @enum {string}
             */
            sites_mode?: "include" | "exclude";
            /** @description Domains (stored lower case, without scheme, www. and path). Empty: no site rule. */
            sites?: string[];
            /** @description A number the project had may come again after this many days; null: never. */
            receive_again_after_days?: number | null;
            /** @description Numbers still in a not-processed status this long go back to the pool; null: never. */
            return_unworked_after_days?: number | null;
        };
        /** @description Only the fields sent are changed. Providers, geo and schedule are changed with PUT /api/v1/projects/{id}/settings. */
        ProjectPatch: {
            /** @example Credit cards Moscow */
            name?: string;
            tag?: string;
            type?: string;
            description?: string;
            /** @description Activating a paused project needs at least one provider and one geo in its settings (422 otherwise). */
            is_active?: boolean;
            /**
             * @description Numbers per business day; 0 = no limit.
             * @example 500
             */
            daily_limit?: number;
            /** @description Higher gets contested pool numbers first (default 0). */
            priority?: number;
            /** @description Take the oldest pool arrivals first instead of the freshest. */
            oldest_first?: boolean;
            /**
             * @description Whether `sites` lists the only sites to take, or sites never to take.
             * @enum {string}
             */
            sites_mode?: "include" | "exclude";
            /** @description Domains (stored lower case, without scheme, www. and path). Empty: no site rule. */
            sites?: string[];
            /** @description A number the project had may come again after this many days; null: never. */
            receive_again_after_days?: number | null;
            /** @description Numbers still in a not-processed status this long go back to the pool; null: never. */
            return_unworked_after_days?: number | null;
        };
        /** @description The project's providers, geo and schedule, replaced as a whole; all three keys are required. */
        ProjectSettings: {
            /**
             * @description Provider ids (duplicates are ignored; null = none). Each must exist; an active project needs at least one.
             * @example [
             *       1,
             *       2
             *     ]
             */
            provider_ids: number[] | null;
            /**
             * @description Geo ids (duplicates are ignored; null = none). Each must exist; an active project needs at least one.
             * @example [
             *       10
             *     ]
             */
            geo_ids: number[] | null;
            /** @description The weekly schedule (null = no entries). */
            schedule: components["schemas"]["ScheduleEntry"][] | null;
        };
        DeletedProject: {
            /**
             * Format: int64
             * @example 3
             */
            id: number;
            /** @example Old campaign */
            name: string;
            tag: string;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            deleted_at: string;
            /**
             * @description Username of who deleted it.
             * @example admin
             */
            deleted_by: string | null;
            /**
             * Format: int64
             * @description User id of who deleted it.
             * @example 1
             */
            deleted_by_id: number | null;
            /** @description The reason given on deletion, if any. */
            reason: string | null;
            /**
             * Format: int64
             * @description Numbers still in the project.
             * @example 15230
             */
            numbers: number;
            /** @description The permanent-deletion job; null until permanent deletion is requested. */
            purge: {
                /** Format: int64 */
                job_id: number;
                /** @enum {string} */
                status: "queued" | "running" | "completed" | "failed" | "cancelled";
                /** Format: int64 */
                progress_done: number;
                /** Format: int64 */
                progress_total: number | null;
            } | null;
        };
        /** @description A project member. */
        Member: {
            /**
             * Format: int64
             * @example 2
             */
            user_id: number;
            /** @example manager1 */
            username: string;
            /** Format: email */
            email: string | null;
            /** @enum {string} */
            status: "active" | "inactive";
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            added_at: string;
        };
        PhoneNumber: {
            /**
             * Format: int64
             * @example 1001
             */
            id: number;
            /**
             * @description E.164.
             * @example +79161234567
             */
            phone_number: string;
            /**
             * Format: int64
             * @example 1
             */
            project_id: number;
            /** @example Credit cards Moscow */
            project_name: string;
            /** @example 1 */
            provider_id: number | null;
            /** @example B1 */
            provider_code: string | null;
            /** @example 10 */
            geo_id: number | null;
            /** @example Москва */
            geo_name: string | null;
            /** @example 1 */
            status_id: number;
            /** @example new */
            status_code: string;
            /**
             * Format: int64
             * @description Id of the assigned user; null when unassigned.
             */
            assigned_to: number | null;
            assigned_username: string | null;
            company: string | null;
            site: string | null;
            email: string | null;
            comment: string | null;
            /**
             * Format: date-time
             * @description When to call back; null when no reminder is set.
             * @example 2026-02-25T13:00:00.123Z
             */
            reminder_at: string | null;
            is_favourite: boolean;
            call_attempts: number;
            /**
             * Format: date-time
             * @description The last call; null if never called.
             * @example 2026-02-25T13:00:00.123Z
             */
            last_call_at: string | null;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
        };
        /** @description A call of the number, reported by a SoftPhone integration. */
        CallRecord: {
            /** @description The PBX's id of the call. */
            call_id: string;
            /**
             * Format: date-time
             * @description When the call started.
             * @example 2026-02-25T13:00:00.123Z
             */
            timestamp: string;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description Seconds; null until it ends. */
            duration: number | null;
            /**
             * @description in_progress until the PBX reports how it ended.
             * @enum {string}
             */
            result: "answered" | "no_answer" | "busy" | "failed" | "unknown" | "in_progress";
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            answered_at: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            ended_at: string | null;
            /** @description The username of the extension's user. */
            user: string | null;
            /** @description The recording's address, as the PBX gave it. */
            recording: string | null;
        };
        /** @description One number with its project, provider, geo and status, and its call history. */
        PhoneNumberDetail: components["schemas"]["PhoneNumber"] & {
            project: {
                /** Format: int64 */
                id: number;
                name: string;
            };
            provider: {
                /** @example 1 */
                id: number;
                /** @example B1 */
                code: string;
                /** @example Base one */
                name: string;
            } | null;
            geo: {
                /** @example 10 */
                id: number;
                /**
                 * @description Name (Russian).
                 * @example Москва
                 */
                name: string;
                /** @example Moscow */
                name_en: string;
                /** @example RU */
                country: string;
                /** @description null for a whole country. */
                region: string | null;
                /** @example Europe/Moscow */
                timezone: string;
            } | null;
            status: {
                id: number;
                /** @example new */
                code: string;
                /** @example Новый */
                name_ru: string;
                /** @example New */
                name_en: string;
                /** @example #2196f3 */
                color: string;
            };
            /** @description The number's calls, newest first (at most 50). */
            call_history: components["schemas"]["CallRecord"][];
        };
        PhoneNumberInput: {
            /**
             * @description The number in any usual notation; normalized to E.164. Without a country code it is read as a number of the geo's country, else of the project's first geo, else Russia. An invalid number gives 422.
             * @example 8 (916) 123-45-67
             */
            phone_number: string;
            /**
             * Format: int64
             * @description A live project the caller may see (404 otherwise).
             * @example 1
             */
            project_id: number;
            /** @description An existing provider. */
            provider_id?: number;
            /** @description An existing geo entry. */
            geo_id?: number;
            /** @description An existing status; default: the status with code new. */
            status_id?: number;
            /**
             * Format: int64
             * @description An active user.
             */
            assigned_to?: number;
            company?: string;
            site?: string;
            /** @description An email address (must contain @) or empty. */
            email?: string;
            comment?: string;
            /**
             * @description An ISO 8601 date-time (a time is required).
             * @example 2026-03-01T10:00:00+03:00
             */
            reminder_at?: string;
            /** @default false */
            is_favourite?: boolean;
        };
        /** @description Only the fields sent are changed; the number, project, provider and geo cannot be changed here. */
        PhoneNumberPatch: {
            /** @description An existing status. */
            status_id?: number;
            /**
             * Format: int64
             * @description An active user; null unassigns.
             */
            assigned_to?: number | null;
            company?: string;
            site?: string;
            /** @description An email address (must contain @) or empty. */
            email?: string;
            comment?: string;
            /**
             * @description An ISO 8601 date-time; null clears the reminder.
             * @example 2026-03-01T10:00:00+03:00
             */
            reminder_at?: string | null;
            is_favourite?: boolean;
        };
        /** @description The numbers list's filters (those of GET /api/v1/phone_numbers) with JSON types; null values are ignored. */
        PhoneNumberFilter: {
            /** Format: int64 */
            project_id?: number;
            status_id?: number;
            /** Format: int64 */
            provider_id?: number;
            /** Format: int64 */
            geo_id?: number;
            /** @description A user id, or "none" for unassigned numbers. */
            assigned_to?: number | "none";
            favourite?: boolean;
            /** @description true: only numbers whose reminder is due (reminder_at <= now); false: no filter. */
            reminder_due?: boolean;
            /** @description Created at or after: a date (YYYY-MM-DD) or an ISO 8601 date-time. */
            created_from?: string;
            /** @description Created before: a date or an ISO 8601 date-time; a date-only value includes that whole day. */
            created_to?: string;
            /**
             * @description 3 to 15 digits of any part of the number (other characters are ignored).
             * @example 1234567
             */
            phone?: string;
            /** @description Found in the company, site or comment, any case. */
            q?: string;
            /** @enum {string} */
            reminder?: "overdue" | "today" | "week";
        };
        /**
         * @description Give exactly one of phone_number_ids and filter, and at least one of status_id, assigned_to, is_favourite.
         * @example {
         *       "phone_number_ids": [
         *         1001,
         *         1002
         *       ],
         *       "status_id": 2
         *     }
         */
        BulkUpdate: {
            /** @description The numbers to change. Ids the caller cannot see or that do not exist are returned in failed_ids. */
            phone_number_ids?: number[];
            /** @description The numbers list's filters (as GET /api/v1/phone_numbers, with JSON types); null values are ignored. Every number the caller can see that matches is changed; {} matches them all. */
            filter?: components["schemas"]["PhoneNumberFilter"];
            /** @description An existing status. */
            status_id?: number;
            /**
             * Format: int64
             * @description An active user; null unassigns.
             */
            assigned_to?: number | null;
            is_favourite?: boolean;
        };
        BulkUpdateResult: {
            /**
             * Format: int64
             * @example 2
             */
            updated_count: number;
            /**
             * @description Of the given phone_number_ids, those not changed (unknown or not visible to the caller); always empty for a filter.
             * @example []
             */
            failed_ids: number[];
        };
        NumberPagination: {
            limit: number;
            /**
             * Format: int64
             * @description Matching numbers: exact when the only filters are project_id and status_id and the sort is not reminder_at, otherwise the planner's estimate.
             */
            total: number;
            total_is_estimate: boolean;
            has_next: boolean;
            /** @description Pass as `cursor` (with the same filters and sort) to get the next page; null on the last page. */
            next_cursor: string | null;
        };
        /** @description A background job. */
        Job: {
            /**
             * Format: int64
             * @example 42
             */
            id: number;
            /**
             * @description What the job does: project_purge, import or export.
             * @example project_purge
             */
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed" | "cancelled";
            /** Format: int64 */
            progress_done: number;
            /**
             * Format: int64
             * @description null when not known.
             */
            progress_total: number | null;
            /**
             * @description Set when completed; for project_purge: {project_id, numbers_deleted}.
             * @example {
             *       "project_id": 3,
             *       "numbers_deleted": 15230
             *     }
             */
            result: {
                [key: string]: unknown;
            } | null;
            /** @description Why the job failed (or, while queued for a retry, why the last attempt did). */
            error: string | null;
            /**
             * Format: int64
             * @description Id of the user who started it.
             */
            requested_by: number | null;
            /** @description Times a worker took the job: more than 1 after a worker died mid-job or a transient failure (retried with backoff 5 s, 10 s, 20 s ... up to 5 attempts). */
            attempts: number;
            /**
             * Format: date-time
             * @description UTC timestamp with milliseconds (YYYY-MM-DDTHH:MM:SS.mmmZ).
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When a worker first took the job; null while queued.
             * @example 2026-02-25T13:00:00.123Z
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @description null until completed or failed.
             * @example 2026-02-25T13:00:00.123Z
             */
            finished_at: string | null;
            /** @description Someone asked to cancel it; a running job stops at its next progress report. */
            cancel_requested: boolean;
        };
        ImportError: {
            /**
             * Format: int64
             * @description The line of a CSV (counting line breaks inside quotes) or the row of a spreadsheet (sheets counted on).
             */
            row: number;
            /** @description The phone cell as it was (at most 100 characters). */
            value: string;
            /** @example not a valid phone number */
            error: string;
        };
        /**
         * @description What a column of an imported file holds.
         * @enum {string}
         */
        ImportColumn: "phone" | "company" | "site" | "email" | "comment" | "region" | "ignore";
        /** @description An import of a file of numbers into a project. */
        Import: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            job_id: number;
            /** @enum {string} */
            status: "queued" | "processing" | "completed" | "failed" | "cancelled";
            /**
             * Format: int64
             * @description null for an import into the pool
             */
            project_id: number | null;
            /** @description null for an import into the pool */
            project_name: string | null;
            /** Format: int64 */
            provider_id: number | null;
            /**
             * Format: int64
             * @description For rows without a recognized region column.
             */
            geo_id: number | null;
            /**
             * @description Country for numbers written without a country code.
             * @example RU
             */
            region: string;
            /**
             * @description The language of the error report.
             * @enum {string}
             */
            language: "ru" | "en";
            filename: string;
            /** Format: int64 */
            file_size: number;
            /**
             * @description Told by the content, not the name.
             * @enum {string}
             */
            file_kind: "csv" | "xlsx" | "xls";
            /** @description The column mapping given, or null (the header was recognized). */
            columns: components["schemas"]["ImportColumn"][] | null;
            /**
             * Format: int64
             * @description Rows read so far.
             */
            progress_done: number;
            /**
             * Format: int64
             * @description Rows expected (an estimate while a CSV is read; null when unknown).
             */
            progress_total: number | null;
            /**
             * Format: int64
             * @description Data rows in the file; null until completed.
             */
            total_rows: number | null;
            /** Format: int64 */
            imported_rows: number | null;
            /**
             * Format: int64
             * @description duplicates_in_file + already_in_project.
             */
            duplicate_rows: number | null;
            /**
             * Format: int64
             * @description The same number earlier in the file.
             */
            duplicates_in_file: number | null;
            /**
             * Format: int64
             * @description Numbers the project had before.
             */
            already_in_project: number | null;
            /**
             * Format: int64
             * @description Rows without a valid phone number.
             */
            failed_rows: number | null;
            /** @description Why the import failed. */
            error: string | null;
            attempts: number;
            /** Format: int64 */
            created_by: number;
            created_by_username: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            completed_at: string | null;
            /** @example /api/v1/imports/3/errors */
            error_report_url: string | null;
            /** @description GET /imports/{id} only: the first 100 row errors. */
            errors?: components["schemas"]["ImportError"][];
            /**
             * @description Into project_id, or into the pool the distribution hands out from.
             * @enum {string}
             */
            target: "project" | "pool";
            /** @description Numbers imported without a known region (given the default geo, or the country). */
            region_unknown: number | null;
            /** @description Numbers this import added that another project holds too (the duplicates the projects list counts); each is a line of the report with the projects' names. */
            in_other_projects: number | null;
            /** @description Numbers whose region is outside the project's geo. */
            outside_geo: number | null;
            /** @description Whether those were routed to the pool instead of the project. */
            outside_geo_to_pool: boolean;
            /** @description Numbers put into the pool instead (the pool did not have them). */
            routed_to_pool: number | null;
        };
        ImportPreview: {
            /** @enum {string} */
            file_kind: "csv" | "xlsx" | "xls";
            /** @enum {string|null} */
            encoding: "UTF-8" | "Windows-1251" | null;
            /** @example ; */
            delimiter: string | null;
            has_header: boolean;
            header: string[] | null;
            /** @description What each column was recognized (or guessed) to hold: the default mapping. */
            columns: components["schemas"]["ImportColumn"][];
            /** @description Up to 20 data rows. */
            rows: string[][];
            /** @description The file (or the part sent) ended in the middle of a record. */
            warning?: string;
        };
        Export: {
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            job_id: number;
            /**
             * @description expired: the file was removed after the retention period.
             * @enum {string}
             */
            status: "queued" | "processing" | "completed" | "failed" | "cancelled" | "expired";
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            delimiter: ";" | ",";
            /** @enum {string} */
            language: "ru" | "en";
            /** @description The numbers list's filters the export used. */
            filters: components["schemas"]["PhoneNumberFilter"];
            /** @example numbers_2026-02-25_1400.csv */
            filename: string;
            /** Format: int64 */
            row_count: number | null;
            /** Format: int64 */
            file_size: number | null;
            /** Format: int64 */
            progress_done: number;
            /** Format: int64 */
            progress_total: number | null;
            error: string | null;
            /** Format: int64 */
            created_by: number;
            created_by_username: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            completed_at: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            expires_at: string | null;
            /** @example /api/v1/exports/2/download */
            download_url: string | null;
        };
        ExportCreate: {
            /**
             * @description CSV: UTF-8 with a BOM, CRLF. XLSX: a new sheet (with the header) every 1,048,575 rows.
             * @default csv
             * @enum {string}
             */
            format?: "csv" | "xlsx";
            /**
             * @default ;
             * @enum {string}
             */
            delimiter?: ";" | ",";
            /**
             * @description Of the header, statuses and geo names.
             * @default ru
             * @enum {string}
             */
            language?: "ru" | "en";
            /**
             * Format: int64
             * @description As in the contract; the same as filters.project_id.
             */
            project_id?: number;
            /** @description The numbers to export: the numbers list's filters; {} or none, every number the caller can see. */
            filters?: components["schemas"]["PhoneNumberFilter"];
        };
        /** @description Why a project got fewer numbers than it lacks. */
        DistributionReason: {
            /** @enum {string} */
            code: "daily_limit_reached" | "outside_schedule" | "pool_empty" | "project_inactive";
            message: string;
        };
        GetBaseResult: {
            /** Format: int64 */
            run_id: number | null;
            /** Format: int64 */
            project_id: number;
            /** @description Numbers that arrived in the project. */
            handed: number;
            /** @description What the daily limit still allows today; null: no limit. */
            remaining_today: number | null;
            /** @description null when it got all it lacked. */
            reason: components["schemas"]["DistributionReason"] | null;
        };
        DistributionRun: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            trigger: "manual" | "schedule" | "get_base";
            project_id: number | null;
            started_by: number | null;
            started_by_name: string | null;
            job_id: number | null;
            /**
             * Format: date-time
             * @description The moment the rules were evaluated at.
             */
            now_at: string;
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            finished_at: string | null;
            handed: number;
            /** @description Unworked numbers given back to the pool by this run. */
            returned: number;
            results: {
                /** Format: int64 */
                project_id: number;
                name: string;
                handed: number;
                remaining_today: number | null;
                /** @description null when it got all it lacked. */
                reason: components["schemas"]["DistributionReason"] | null;
            }[];
        };
        PoolSummary: {
            /** @description Numbers in the pool (null for managers). */
            waiting: number | null;
            /** @description Waiting numbers by supplier and region (empty for managers). */
            data: {
                provider_id: number | null;
                provider_code: string | null;
                geo_id: number | null;
                geo_name: string | null;
                geo_name_en: string | null;
                timezone: string | null;
                count: number;
            }[];
            /** @description For each active project (a manager's own only): what it could take right now if it were alone. */
            projects: {
                /** Format: int64 */
                project_id: number;
                name: string;
                can_take: number;
                remaining_today: number | null;
                /** @description null when it could take all it lacks. */
                reason: components["schemas"]["DistributionReason"] | null;
            }[];
        };
        /** @description A number status as the conversion reports carry it (in display order). */
        ConversionStatus: {
            id: number;
            code: string;
            name_ru: string;
            name_en: string;
            /** @example #4caf50 */
            color: string;
            is_processed: boolean;
            is_success: boolean;
            is_final: boolean;
        };
        ConversionProject: {
            /** Format: int64 */
            id: number;
            name: string;
            tag: string;
            type: string;
            is_active: boolean;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            deleted_at: string | null;
        };
        /** @description Fractions 0..1 (4 decimals); null when the denominator is 0. */
        ConversionRates: {
            /** @description success / received */
            of_received: number | null;
            /** @description success / processed */
            of_processed: number | null;
            /** @description success / contacted */
            of_contacted: number | null;
        };
        /** @description The measures of a project, a supplier, a region or the totals over a range. */
        ConversionMeasures: {
            /**
             * Format: int64
             * @description Numbers that arrived in the range (import or distribution).
             */
            received: number;
            /**
             * Format: int64
             * @description Of those, already in another project on arrival.
             */
            duplicates: number;
            /**
             * Format: int64
             * @description cohort: of the received, now in a processed status; activity: moved into a processed status in the range.
             */
            processed: number;
            /**
             * Format: int64
             * @description The same with success statuses.
             */
            success: number;
            /**
             * Format: int64
             * @description Numbers whose first answered SoftPhone call fell in the range (each number once).
             */
            contacted: number;
            /**
             * Format: int64
             * @description SoftPhone calls ended in the range on these numbers.
             */
            calls: number;
            /**
             * @description Status id (as a string) -> count, statuses with none left out: cohort, received and now in the status; activity, times a number entered it.
             * @example {
             *       "5": 12,
             *       "6": 3
             *     }
             */
            by_status: {
                [key: string]: number;
            };
            conversion: components["schemas"]["ConversionRates"];
            /** @description received × the supplier's price per number; null when no supplier of the rows has a price. */
            cost: number | null;
            /** @description cost / success; null when cost is null or success is 0. */
            cost_per_success: number | null;
        };
        ConversionSummary: {
            /** @enum {string} */
            view: "cohort" | "activity";
            /** Format: date */
            date_from: string;
            /** Format: date */
            date_to: string;
            /** @enum {string} */
            state: "active" | "deleted" | "all";
            /** @description Every number status, in display order. */
            statuses: components["schemas"]["ConversionStatus"][];
            /** @description A page of the projects with their measures. */
            data: ({
                project: components["schemas"]["ConversionProject"];
            } & components["schemas"]["ConversionMeasures"])[];
            /** @description Over all matching projects, not just the page. */
            totals: components["schemas"]["ConversionMeasures"];
            pagination: components["schemas"]["OffsetPagination"];
        };
        ProjectConversion: {
            /** Format: int64 */
            project_id: number;
            project: components["schemas"]["ConversionProject"];
            /** @enum {string} */
            view: "cohort" | "activity";
            /** Format: date */
            date_from: string;
            /** Format: date */
            date_to: string;
            /**
             * Format: int64
             * @description Numbers received in the range.
             */
            total_numbers: number;
            /** Format: int64 */
            processed: number;
            /** Format: int64 */
            successful: number;
            /**
             * Format: int64
             * @description In final statuses that are not success.
             */
            failed: number;
            /** @description successful / total_numbers (4 decimals); null when no number was received. */
            conversion_rate: number | null;
            /** @description Every status, in display order. */
            breakdown_by_status: {
                status_id: number;
                /** @description The status's code. */
                status_name: string;
                /** Format: int64 */
                count: number;
            }[];
            /**
             * Format: date-time
             * @description When the figures were read: they come from live counters.
             */
            updated_at: string;
            /** @description Every number status, in display order. */
            statuses: components["schemas"]["ConversionStatus"][];
            measures: components["schemas"]["ConversionMeasures"];
            by_provider: ({
                /** @description null: numbers without a known supplier. */
                provider: {
                    id: number;
                    code: string;
                    name: string;
                    price_per_number: number | null;
                } | null;
            } & components["schemas"]["ConversionMeasures"])[];
            by_region: ({
                /** @description null: numbers without a known region. */
                geo: {
                    id: number;
                    name: string;
                    name_en: string;
                    timezone: string;
                } | null;
            } & components["schemas"]["ConversionMeasures"])[];
            /** @description Every day of the range, zeros included. */
            daily: {
                /**
                 * Format: date
                 * @example 2026-02-25
                 */
                day: string;
                /** Format: int64 */
                received: number;
                /** Format: int64 */
                processed: number;
                /** Format: int64 */
                success: number;
                /** Format: int64 */
                calls: number;
                /** Format: int64 */
                contacted: number;
                conversion: components["schemas"]["ConversionRates"];
            }[];
        };
        NumberNote: {
            /** Format: int64 */
            id: number;
            body: string;
            /**
             * Format: int64
             * @description null: the comment came with the number (its file)
             */
            author_id: number | null;
            author_username: string | null;
            /** Format: date-time */
            created_at: string;
        };
        RoleInput: {
            name?: string;
            description?: string;
            /** @description Codes from GET /permissions ("all" is the built-in administrator's alone). */
            permissions?: string[];
        };
        Home: {
            /**
             * Format: date
             * @description The business day (Moscow time).
             */
            day: string;
            /** @description Numbers assigned to the caller with a reminder before now (counted up to 1000). */
            callbacks_overdue: number;
            /** @description Numbers assigned to the caller with a reminder today, past or not (up to 1000). */
            callbacks_today: number;
            /** Format: date-time */
            next_callback_at: string | null;
            /** @description Live projects the caller works in (all, for administrators). */
            projects: number;
            /** @description Numbers those projects received today (counters). */
            received_today: number;
            /** @description Numbers of those projects that became successful today (counters). */
            success_today: number;
            /** @description The caller's SoftPhone calls today (by their extension). */
            calls_today: number;
            /** @description Only for those who see every project (administrators). */
            company: {
                received_by_supplier: {
                    /** Format: int64 */
                    provider_id: number;
                    code: string;
                    name: string;
                    /** Format: int64 */
                    pool: number;
                    /** Format: int64 */
                    projects: number;
                }[];
                imports_running: {
                    /** Format: int64 */
                    id: number;
                    filename: string;
                    project_id: number | null;
                    project_name: string | null;
                    /** @enum {string} */
                    target: "project" | "pool";
                    /** @enum {string} */
                    status: "queued" | "processing";
                    /** Format: int64 */
                    progress_done: number;
                    progress_total: number | null;
                }[];
                imports_failed: {
                    /** Format: int64 */
                    id: number;
                    filename: string;
                    project_id: number | null;
                    project_name: string | null;
                    /** @enum {string} */
                    target: "project" | "pool";
                    /** @description The job's error. */
                    error: string | null;
                    /** Format: date-time */
                    finished_at: string;
                }[];
                projects_at_limit: {
                    /** Format: int64 */
                    id: number;
                    name: string;
                    /** Format: int64 */
                    daily_limit: number;
                    /** Format: int64 */
                    received: number;
                }[];
                projects_without_numbers: {
                    /** Format: int64 */
                    id: number;
                    name: string;
                }[];
            } | null;
        };
        SoftphoneIntegration: {
            id: number;
            name: string;
            /** @enum {string} */
            kind: "numbase" | "zadarma" | "mango";
            /** @description Absolute: paste it into the PBX. numbase kind: POST here with X-Numbase-Integration: <id>. */
            webhook_url: string;
            /** @description PBX extension → user id */
            extensions: {
                [key: string]: number;
            };
            /** @description answered / no_answer / busy / failed → status id (null: leave the status) */
            outcomes: {
                [key: string]: number | null;
            };
            is_active: boolean;
            /** Format: date-time */
            last_event_at: string | null;
            signature_failures: number;
            /** @description Calls started today (Moscow business day). */
            calls_today: number;
            /** @description Today's calls no number holds. */
            unlinked_calls: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The PBX's API base for click-to-call; null: the kind's public one (https://api.zadarma.com, https://app.mango-office.ru/vpbx). */
            api_url?: string | null;
            /** @description Where a call to a phone nobody holds makes its number (status «new»); null: such calls stay unlinked. */
            unlinked_project_id?: number | null;
        };
        SoftphoneIntegrationInput: {
            name?: string;
            /** @enum {string} */
            kind?: "numbase" | "zadarma" | "mango";
            /** @description {"secret"} for numbase and zadarma (zadarma: plus "api_key", its user key, for click-to-call), {"api_key", "api_salt"} for mango; sealed at rest, never sent back; a PATCH replaces them all. */
            secrets?: {
                [key: string]: string;
            };
            extensions?: {
                [key: string]: number;
            };
            /** @description answered / no_answer / busy / failed → status id (null: leave the status) */
            outcomes?: {
                [key: string]: number | null;
            };
            is_active?: boolean;
            /** @description The PBX's API base for click-to-call (http or https); unset: the kind's public one. */
            api_url?: string | null;
            /** @description A project (not deleted) where numbers of unknown phones are made; null to leave such calls unlinked. */
            unlinked_project_id?: number | null;
        };
        /** @description A number as the pop-up shows it. */
        SoftphoneCard: {
            number: components["schemas"]["PhoneNumber"];
            status_color: string;
            status_name_ru: string;
            status_name_en: string;
            last_calls: {
                /** Format: date-time */
                timestamp: string;
                /** @enum {string} */
                direction: "inbound" | "outbound";
                duration: number | null;
                /** @enum {string} */
                result: "answered" | "no_answer" | "busy" | "failed" | "unknown" | "in_progress";
            }[];
        };
        /** @description A call made of a PBX's events. */
        SoftphoneCall: {
            id: number;
            integration_id: number;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description E.164 with the plus */
            phone_number: string | null;
            extension: string | null;
            user_id: number | null;
            /** @enum {string} */
            state: "ringing" | "answered" | "ended";
            /** Format: date-time */
            started_at: string;
            /** Format: date-time */
            answered_at: string | null;
            /** Format: date-time */
            ended_at: string | null;
            duration: number | null;
            /** @enum {string|null} */
            outcome: "answered" | "no_answer" | "busy" | "failed" | "unknown" | null;
        };
        SoftphoneCallListed: components["schemas"]["SoftphoneCall"] & {
            integration_name: string;
        };
        /** @description The data of an `event: call` of /softphone/calls/live. */
        SoftphoneLiveCall: components["schemas"]["SoftphoneCall"] & {
            numbers: components["schemas"]["SoftphoneCard"][];
        };
        /** @description An SFTP host. Its secrets are write-only: only which of them are set is shown. */
        SftpConfig: {
            /** @example 1 */
            id: number;
            /** @example Partner A */
            name: string;
            /** @example sftp.partner-a.com */
            host: string;
            /** @example 22 */
            port: number;
            /** @example crm */
            username: string;
            /** @enum {string} */
            auth_method: "password" | "key";
            has_password: boolean;
            has_private_key: boolean;
            has_passphrase: boolean;
            /**
             * @description Where the schedules' relative paths start.
             * @example /exchange
             */
            remote_directory: string;
            is_active: boolean;
            /** @enum {string} */
            status: "active" | "inactive";
            /**
             * @description The accepted (pinned) host key, "SHA256:<base64>"; null before the first acceptance. Nothing is sent to the host without it.
             * @example SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU
             */
            host_key_fingerprint: string | null;
            /** @description The key the last test met when it is not the pinned one, else null: what accept_host_key takes. */
            seen_host_key_fingerprint: string | null;
            /** @description A pinned key exists and the server showed another: a possible attack. */
            host_key_changed: boolean;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            last_test_at: string | null;
            last_test_ok: boolean | null;
            /** @description The last test's error message. */
            last_test_error: string | null;
            /** @description Schedules that use the host. */
            schedules: number;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
        };
        /** @description POST needs name, host, username, auth_method and the method's secret (password for "password", private_key for "key"); PATCH takes any of the fields. A secret given replaces the stored one, a secret left out stays. A changed host or port forgets the pinned key. */
        SftpConfigInput: {
            name?: string;
            host?: string;
            /** @default 22 */
            port?: number;
            username?: string;
            /** @enum {string} */
            auth_method?: "password" | "key";
            /** @description Sealed at rest, never sent back. */
            password?: string;
            /** @description OpenSSH or PEM text; a key libssh cannot read, or whose passphrase is wrong, is refused (422 on private_key). */
            private_key?: string;
            /** @description Of the private key, when it has one. */
            passphrase?: string;
            /** @default / */
            remote_directory?: string;
            /** @default true */
            is_active?: boolean;
        };
        SftpHostKey: {
            /**
             * @description The key the server showed; null when it could not be reached.
             * @example SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU
             */
            fingerprint: string | null;
            /**
             * @description unknown: no key is pinned yet; accepted: the pinned key; changed: another key than the pinned one.
             * @enum {string}
             */
            status: "unknown" | "accepted" | "changed";
        };
        /** @description An entry of a remote directory. */
        SftpEntry: {
            name: string;
            /** Format: int64 */
            size: number | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            modified_at: string | null;
            is_directory: boolean;
        };
        /** @description With no pinned key the test only fetches the key (status unknown, ok false, error HOST_KEY_UNKNOWN): credentials are never sent to a server nobody accepted. A different key than the pinned one gives status changed, error HOST_KEY_CHANGED (audited). */
        SftpTestResult: {
            ok: boolean;
            host_key: components["schemas"]["SftpHostKey"];
            /** @description The pinned key, null when none. */
            accepted_fingerprint: string | null;
            /** @description The remote directory, its first 100 entries (empty unless ok). */
            entries: components["schemas"]["SftpEntry"][];
            error: {
                /**
                 * @description CONNECT_FAILED: host down, refused or timed out; NOT_FOUND: the remote directory.
                 * @enum {string}
                 */
                code: "HOST_KEY_UNKNOWN" | "HOST_KEY_CHANGED" | "AUTH_FAILED" | "CONNECT_FAILED" | "NOT_FOUND" | "PERMISSION_DENIED" | "SFTP_ERROR";
                message: string;
            } | null;
        };
        /** @description What an import run takes and where its numbers go (as for uploads, POST /imports). */
        SftpImportSettings: {
            /**
             * @description A file or a glob (* ? [..] in the last part); relative to the host's directory.
             * @example /in/*.csv
             */
            remote_path: string;
            /** @enum {string} */
            target: "pool" | "project";
            /**
             * Format: int64
             * @description The project (target project).
             */
            project_id: number | null;
            /**
             * Format: int64
             * @description The supplier; required for the pool.
             */
            provider_id: number | null;
            /** Format: int64 */
            geo_id: number | null;
            /**
             * @description The two-letter country the numbers are read in.
             * @default RU
             * @example RU
             */
            region: string;
            /** @description The column mapping; null: recognized from the header. */
            columns: components["schemas"]["ImportColumn"][] | null;
            /**
             * @description Numbers outside the project's geo (project target only).
             * @default import
             * @enum {string}
             */
            outside_geo: "import" | "pool";
            /**
             * @description Move each taken file to processed/ beside it.
             * @default false
             */
            move_to_processed: boolean;
        };
        /** @description As SftpImportSettings; target pool needs provider_id, target project needs project_id. */
        SftpImportSettingsInput: {
            remote_path: string;
            /** @enum {string} */
            target: "pool" | "project";
            /** Format: int64 */
            project_id?: number | null;
            /** Format: int64 */
            provider_id?: number | null;
            /** Format: int64 */
            geo_id?: number | null;
            /** @default RU */
            region?: string;
            columns?: components["schemas"]["ImportColumn"][] | null;
            /**
             * @default import
             * @enum {string}
             */
            outside_geo?: "import" | "pool";
            /** @default false */
            move_to_processed?: boolean;
        };
        /** @description What an export run writes and where (as for POST /exports). */
        SftpExportSettings: {
            /** @description The numbers list's filters, as POST /exports. */
            filters: components["schemas"]["PhoneNumberFilter"];
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            delimiter: ";" | ",";
            /** @enum {string} */
            language: "ru" | "en";
            /**
             * @description Relative to the host's directory.
             * @example /out
             */
            remote_directory: string;
            /**
             * @description {yyyy} {mm} {dd} {hh} {mi} {yyyy-mm-dd}, in the schedule's time zone.
             * @example numbers_{yyyy-mm-dd}.csv
             */
            filename_template: string;
        };
        /** @description As SftpExportSettings. */
        SftpExportSettingsInput: {
            filters?: components["schemas"]["PhoneNumberFilter"];
            /**
             * @default csv
             * @enum {string}
             */
            format?: "csv" | "xlsx";
            /**
             * @default ;
             * @enum {string}
             */
            delimiter?: ";" | ",";
            /**
             * @default ru
             * @enum {string}
             */
            language?: "ru" | "en";
            /** @default / */
            remote_directory?: string;
            /** @default numbers_{yyyy-mm-dd}.csv */
            filename_template?: string;
        };
        SftpSchedule: {
            id: number;
            /** @example B1 nightly */
            name: string;
            config_id: number;
            config_name: string;
            /** @enum {string} */
            direction: "import" | "export";
            /** @example 0 6 * * 1-5 */
            cron: string;
            /** @example Europe/Moscow */
            timezone: string;
            is_enabled: boolean;
            /** @description Direction import, else null. */
            import: components["schemas"]["SftpImportSettings"] | null;
            /** @description Direction export, else null. */
            export: components["schemas"]["SftpExportSettings"] | null;
            /**
             * Format: date-time
             * @description null while disabled.
             * @example 2026-02-25T13:00:00.123Z
             */
            next_run_at: string | null;
            /** @description The next five times the cron expression names. */
            next_runs: string[];
            last_run: {
                /** Format: int64 */
                id: number;
                /** @enum {string} */
                status: "scheduled" | "running" | "completed" | "failed" | "cancelled";
                /**
                 * Format: date-time
                 * @example 2026-02-25T13:00:00.123Z
                 */
                created_at: string;
                /**
                 * Format: date-time
                 * @example 2026-02-25T13:00:00.123Z
                 */
                completed_at: string | null;
            } | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            updated_at: string;
        };
        /** @description POST needs name, config_id, direction, cron and the direction's settings (import or export); PATCH takes any of them but direction, which cannot change. */
        SftpScheduleInput: {
            name?: string;
            config_id?: number;
            /** @enum {string} */
            direction?: "import" | "export";
            /** @description Five fields (minute hour day-of-month month day-of-week): *, lists, ranges, steps, jan-dec, sun-sat (0 and 7 are Sunday); or @hourly, @daily, @weekly, @monthly, @yearly. */
            cron?: string;
            /**
             * @description An IANA time zone name.
             * @default Europe/Moscow
             */
            timezone?: string;
            /** @default true */
            is_enabled?: boolean;
            import?: components["schemas"]["SftpImportSettingsInput"];
            export?: components["schemas"]["SftpExportSettingsInput"];
        };
        /** @description What a run did with one remote file. */
        SftpRunFile: {
            /** @example /in/a.csv */
            name: string;
            /** Format: int64 */
            size: number | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            modified_at: string | null;
            /** @enum {string} */
            action: "taken" | "skipped" | "uploaded" | "failed";
            /** @description Why it was skipped or failed: already_imported, still_being_written, not_a_file, no_match … */
            reason: string | null;
            /** @description The import the file became. */
            import: {
                /** Format: int64 */
                id: number;
                /**
                 * Format: int64
                 * @description The import's own job.
                 */
                job_id: number;
                /** @enum {string} */
                status: "queued" | "processing" | "completed" | "failed" | "cancelled";
                /** Format: int64 */
                total_rows: number | null;
                /** Format: int64 */
                imported_rows: number | null;
                /** Format: int64 */
                duplicate_rows: number | null;
                /** Format: int64 */
                failed_rows: number | null;
                error: string | null;
                /** @example /api/v1/imports/3/errors */
                error_report_url: string | null;
            } | null;
            /** @description The export the file was written from. */
            export: {
                /** Format: int64 */
                id: number;
                /** Format: int64 */
                row_count: number | null;
                /** Format: int64 */
                file_size: number | null;
            } | null;
        };
        /** @description One run: a background job that lists, downloads and imports, or exports and uploads. */
        SftpRun: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            type: "import" | "export";
            /** @description null for a one-off run, or when its schedule was deleted. */
            schedule_id: number | null;
            schedule_name: string | null;
            sftp_config_id: number;
            /**
             * @description The host's name.
             * @example Partner A
             */
            sftp_config_name: string;
            /** @example sftp.partner-a.com */
            sftp_host: string;
            /** @example /in/*.csv */
            remote_path: string;
            /** @enum {string} */
            trigger: "schedule" | "manual";
            /** @enum {string} */
            status: "scheduled" | "running" | "completed" | "failed" | "cancelled";
            /**
             * Format: int64
             * @description Its background job: progress at GET /jobs/{id}/events (bytes done/total).
             */
            job_id: number;
            attempts: number;
            error: string | null;
            /**
             * Format: date-time
             * @description When a failed attempt is tried again.
             * @example 2026-02-25T13:00:00.123Z
             */
            next_attempt_at: string | null;
            /**
             * Format: int64
             * @description Its job's progress: bytes transferred.
             */
            progress_done: number;
            /**
             * Format: int64
             * @description Bytes to transfer; null while not known.
             */
            progress_total: number | null;
            /**
             * Format: int64
             * @description Who asked for it (a schedule's runs: its owner).
             */
            requested_by: number | null;
            requested_by_username: string | null;
            files_seen: number;
            files_taken: number;
            files_skipped: number;
            /** Format: int64 */
            bytes: number;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            started_at: string | null;
            /**
             * Format: date-time
             * @example 2026-02-25T13:00:00.123Z
             */
            completed_at: string | null;
            /** @description Only in GET /sftp/jobs/{id}. */
            files?: components["schemas"]["SftpRunFile"][];
        };
        /** @description A one-off run without a schedule: the host, the remote path, and the same fields as a schedule's import or export. For an export remote_path is the file to write. */
        SftpRunInput: {
            /** @enum {string} */
            type: "import" | "export";
            sftp_config_id: number;
            remote_path: string;
            /** @enum {string} */
            target?: "pool" | "project";
            /** Format: int64 */
            project_id?: number | null;
            /** Format: int64 */
            provider_id?: number | null;
            /** Format: int64 */
            geo_id?: number | null;
            /** @default RU */
            region?: string;
            columns?: components["schemas"]["ImportColumn"][] | null;
            /**
             * @default import
             * @enum {string}
             */
            outside_geo?: "import" | "pool";
            /** @default false */
            move_to_processed?: boolean;
            filters?: components["schemas"]["PhoneNumberFilter"];
            /**
             * @default csv
             * @enum {string}
             */
            format?: "csv" | "xlsx";
            /**
             * @default ;
             * @enum {string}
             */
            delimiter?: ";" | ",";
            /**
             * @default ru
             * @enum {string}
             */
            language?: "ru" | "en";
        };
        CronPreview: {
            /** @description The next five times, ISO 8601 UTC. */
            next: string[];
        };
    };
    responses: {
        /** @description The body is not a JSON object (MALFORMED_JSON). */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "MALFORMED_JSON",
                 *         "message": "Request body must be a JSON object",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid access token (UNAUTHORIZED). */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description Always `Bearer`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "UNAUTHORIZED",
                 *         "message": "Authentication required",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Wrong username or password, or the account is inactive (INVALID_CREDENTIALS). */
        InvalidCredentials: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description Always `Bearer`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "INVALID_CREDENTIALS",
                 *         "message": "Invalid username or password",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The refresh token is unknown, expired, revoked or already used (INVALID_REFRESH_TOKEN). Reusing a used refresh token revokes its whole session. */
        InvalidRefreshToken: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description Always `Bearer`. */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "INVALID_REFRESH_TOKEN",
                 *         "message": "The refresh token is invalid, expired or revoked",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The user's role lacks the required permission (FORBIDDEN). */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "FORBIDDEN",
                 *         "message": "You do not have permission to perform this action",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such resource (NOT_FOUND). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "NOT_FOUND",
                 *         "message": "User not found",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The change conflicts with existing data or a rule (CONFLICT). */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "CONFLICT",
                 *         "message": "A user with this username already exists",
                 *         "details": [
                 *           {
                 *             "field": "username",
                 *             "issue": "already exists"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Input failed validation (VALIDATION_ERROR); details name each field. */
        ValidationError: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "VALIDATION_ERROR",
                 *         "message": "Invalid input data",
                 *         "details": [
                 *           {
                 *             "field": "password",
                 *             "issue": "must be at least 8 characters"
                 *           }
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many failed sign-in attempts (TOO_MANY_ATTEMPTS). */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "TOO_MANY_ATTEMPTS",
                 *         "message": "Too many failed sign-in attempts; try again later",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body exceeds the endpoint's limit (1 MiB) (PAYLOAD_TOO_LARGE). */
        PayloadTooLarge: {
            headers: {
                "X-Request-Id": components["headers"]["XRequestId"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "PAYLOAD_TOO_LARGE",
                 *         "message": "The request body is larger than this endpoint accepts",
                 *         "details": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
        XRequestIdHeader: string;
        /** @description User id (a non-numeric id gives 404). */
        UserId: number;
        /** @description Provider id (a non-numeric id gives 404). */
        ProviderId: number;
        /** @description Geo entry id (a non-numeric id gives 404). */
        GeoId: number;
        /** @description Number status id (a non-numeric id gives 404). */
        StatusId: number;
        /** @description Project id (a non-numeric id gives 404). */
        ProjectId: number;
        /** @description The member's user id (a non-numeric id gives 404). */
        MemberUserId: number;
        /** @description Phone number id (a non-numeric id gives 404). */
        PhoneNumberId: number;
        /** @description Job id (a non-numeric id gives 404). */
        JobId: number;
    };
    requestBodies: never;
    headers: {
        /** @description The request id: the client's X-Request-Id if valid (1-128 of A-Z a-z 0-9 - _ .), otherwise a generated one. Also recorded in the audit log and access log. */
        XRequestId: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is up. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ready",
                     *       "database": "ok",
                     *       "migrations": {
                     *         "applied": 1,
                     *         "expected": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Not ready: migrations pending or the database is unreachable. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "database unreachable",
                     *       "database": "unreachable"
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example admin */
                    username: string;
                    /** Format: password */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InvalidCredentials"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    refresh_token: string;
                };
            };
        };
        responses: {
            /** @description A new token pair. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["InvalidRefreshToken"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Optional; the body may be empty. */
        requestBody?: {
            content: {
                "application/json": {
                    refresh_token?: string;
                };
            };
        };
        responses: {
            /** @description Signed out. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Logged out successfully */
                        message: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Neither a refresh token nor a valid access token was sent (UNAUTHORIZED), or the refresh token is unknown (INVALID_REFRESH_TOKEN). */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    /** @description Always `Bearer`. */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": {
                     *         "code": "INVALID_REFRESH_TOKEN",
                     *         "message": "The refresh token is invalid, expired or revoked",
                     *         "details": []
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getHome: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Today. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Home"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listUsers: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the username or email. */
                search?: string;
                /** @description Only users with this role name. */
                role?: string;
                /** @description Only active or inactive users. */
                status?: "active" | "inactive";
                /** @description Page size. */
                limit?: number;
                /** @description Users to skip. */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["User"][];
                        pagination: components["schemas"]["OffsetPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreate"];
            };
        };
        responses: {
            /** @description The created user. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description User id (a non-numeric id gives 404). */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description User id (a non-numeric id gives 404). */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deactivated user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description User id (a non-numeric id gives 404). */
                id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserUpdate"];
            };
        };
        responses: {
            /** @description The changed user. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listRoles: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All roles, ordered by id. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Role"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": WithRequired<components["schemas"]["RoleInput"], "name" | "permissions">;
            };
        };
        responses: {
            /** @description The role. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateRole: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RoleInput"];
            };
        };
        responses: {
            /** @description The role. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    listPermissions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The catalog. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            code: string;
                            /** @enum {string} */
                            group: "projects" | "numbers" | "files" | "distribution" | "conversion" | "dictionaries" | "administration";
                        }[];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listProviders: {
        parameters: {
            query?: {
                /** @description Case-insensitive substring of the code or name. */
                search?: string;
                /** @description Only active (true) or inactive (false) entries. */
                active?: "true" | "false";
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All matching providers, ordered by code. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Provider"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderCreate"];
            };
        };
        responses: {
            /** @description The created provider. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Provider id (a non-numeric id gives 404). */
                id: components["parameters"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The provider. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Provider id (a non-numeric id gives 404). */
                id: components["parameters"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted provider. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Provider id (a non-numeric id gives 404). */
                id: components["parameters"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProviderUpdate"];
            };
        };
        responses: {
            /** @description The changed provider. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Provider"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listGeo: {
        parameters: {
            query?: {
                /** @description ISO 3166-1 alpha-2 country code (either case). */
                country?: string;
                /** @description Only entries of this region (exact match). */
                region?: string;
                /** @description Case-insensitive substring of the name, English name, region or city. */
                search?: string;
                /** @description Only active (true) or inactive (false) entries. */
                active?: "true" | "false";
                /** @description Page size. */
                limit?: number;
                /** @description Entries to skip. */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of geo entries, ordered by country, region (none first), city (none first) and name. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Geo"][];
                        /** @description As OffsetPagination; limit is at most 1000 here. */
                        pagination: components["schemas"]["OffsetPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createGeo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeoCreate"];
            };
        };
        responses: {
            /** @description The created geo entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getGeo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Geo entry id (a non-numeric id gives 404). */
                id: components["parameters"]["GeoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The geo entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteGeo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Geo entry id (a non-numeric id gives 404). */
                id: components["parameters"]["GeoId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted geo entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geo"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateGeo: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Geo entry id (a non-numeric id gives 404). */
                id: components["parameters"]["GeoId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GeoUpdate"];
            };
        };
        responses: {
            /** @description The changed geo entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Geo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listNumberStatuses: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All statuses, ordered by sort_order and id. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NumberStatus"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createNumberStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberStatusCreate"];
            };
        };
        responses: {
            /** @description The created number status. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteNumberStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Number status id (a non-numeric id gives 404). */
                id: components["parameters"]["StatusId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberStatus"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    updateNumberStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Number status id (a non-numeric id gives 404). */
                id: components["parameters"]["StatusId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NumberStatusUpdate"];
            };
        };
        responses: {
            /** @description The changed number status. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NumberStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description Only records by this user. */
                user_id?: number;
                /** @description Only this action (e.g. create, update, delete, export, login). */
                action?: string;
                /** @description Only this entity type (e.g. user, audit_log). */
                entity_type?: string;
                /** @description Only this entity id. */
                entity_id?: string;
                /** @description Records at or after this moment: a date (YYYY-MM-DD) or an ISO 8601 date-time. */
                date_from?: string;
                /** @description Records before this moment; a date-only value includes that whole day. */
                date_to?: string;
                /** @description The next_cursor of the previous page. */
                cursor?: string;
                /** @description Page size. */
                limit?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditRecord"][];
                        pagination: components["schemas"]["CursorPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    exportAuditLog: {
        parameters: {
            query?: {
                /** @description Only records by this user. */
                user_id?: number;
                /** @description Only this action (e.g. create, update, delete, export, login). */
                action?: string;
                /** @description Only this entity type (e.g. user, audit_log). */
                entity_type?: string;
                /** @description Only this entity id. */
                entity_id?: string;
                /** @description Records at or after this moment: a date (YYYY-MM-DD) or an ISO 8601 date-time. */
                date_from?: string;
                /** @description Records before this moment; a date-only value includes that whole day. */
                date_to?: string;
                /** @description The language of the header (ru, en); the values are the log's own codes. */
                language?: "ru" | "en";
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CSV file. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    /** @description attachment; filename="audit_log.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    listProjects: {
        parameters: {
            query?: {
                /** @description active, paused, deleted or all; default: active and paused (not deleted). deleted and all need the projects.delete permission; without it they give the non-deleted projects. */
                status?: "active" | "paused" | "deleted" | "all";
                /** @description Only projects with this provider. */
                provider_id?: number;
                /** @description Only projects with this geo entry. */
                geo_id?: number;
                /** @description Only projects with exactly this tag. */
                tag?: string;
                /** @description Case-insensitive substring of the name or tag, or the exact id. */
                search?: string;
                /** @description Sort key, with a leading - for descending. Ties are ordered by id; name sorts case-insensitively; without a last_received_at, projects come first ascending and last descending. */
                sort?: "id" | "-id" | "name" | "-name" | "created_at" | "-created_at" | "daily_limit" | "-daily_limit" | "received_today" | "-received_today" | "received_total" | "-received_total" | "duplicates_today" | "-duplicates_today" | "last_received_at" | "-last_received_at";
                /** @description Page size. */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of projects. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Project"][];
                        pagination: {
                            /** Format: int64 */
                            total: number;
                            limit: number;
                            /** Format: int64 */
                            offset: number;
                            has_next: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectInput"];
            };
        };
        responses: {
            /** @description The created project. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    listDeletedProjects: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deleted projects, most recently deleted first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DeletedProject"][];
                        pagination: {
                            /** Format: int64 */
                            total: number;
                            limit: number;
                            /** Format: int64 */
                            offset: number;
                            has_next: boolean;
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /** @description Optional reason for the deletion. */
        requestBody?: {
            content: {
                "application/json": {
                    /** @example Campaign ended */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The project is deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Project moved to deleted */
                        message: string;
                        /** Format: int64 */
                        id: number;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectPatch"];
            };
        };
        responses: {
            /** @description The changed project. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    putProjectSettings: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectSettings"];
            };
        };
        responses: {
            /** @description The project with its new settings. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectDetail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    restoreProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project is restored. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Project restored */
                        message: string;
                        /** Format: int64 */
                        id: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    purgeProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Permanent deletion is under way; follow it at GET /api/v1/jobs/{job_id}. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Permanent deletion started */
                        message: string;
                        /** Format: int64 */
                        id: number;
                        /**
                         * Format: int64
                         * @example 42
                         */
                        job_id: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listProjectMembers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The members, ordered by username. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    addProjectMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: int64
                     * @description An existing user (422 otherwise).
                     * @example 2
                     */
                    user_id: number;
                };
            };
        };
        responses: {
            /** @description The project's members after the change. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Member"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    removeProjectMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
                /** @description The member's user id (a non-numeric id gives 404). */
                user_id: components["parameters"]["MemberUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member is removed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example Member removed */
                        message: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listPhoneNumbers: {
        parameters: {
            query?: {
                /** @description Only numbers of this project. */
                project_id?: number;
                /** @description Only numbers with this status. */
                status_id?: number;
                /** @description Only numbers from this provider. */
                provider_id?: number;
                /** @description Only numbers with this geo entry. */
                geo_id?: number;
                /** @description Only numbers assigned to this user id, or `none` for unassigned numbers. */
                assigned_to?: string;
                /** @description Only favourites (true) or non-favourites (false). */
                favourite?: "true" | "false";
                /** @description true: only numbers whose reminder is due (reminder_at <= now); false: no filter. */
                reminder_due?: "true" | "false";
                /** @description Callbacks: overdue (reminder before now), today (due on today's business day, Moscow time, past or not), week (today and the six days after). */
                reminder?: "overdue" | "today" | "week";
                /** @description Created at or after this moment: a date (YYYY-MM-DD) or an ISO 8601 date-time. */
                created_from?: string;
                /** @description Created before this moment; a date-only value includes that whole day. */
                created_to?: string;
                /** @description 3 to 15 digits found anywhere in the number (other characters are ignored). */
                phone?: string;
                /** @description 3 to 100 characters to find in the company, site or comment, any part, any case (% and _ are themselves). */
                q?: string;
                /** @description created_at, updated_at or reminder_at, with a leading - for descending; ties by id. Sorting by reminder_at lists only numbers that have a reminder. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "reminder_at" | "-reminder_at";
                /** @description Page size. */
                limit?: number;
                /** @description The next_cursor of the previous page (opaque); use it with the same filters and sort. A cursor this list did not return gives 422. */
                cursor?: string;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of numbers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PhoneNumber"][];
                        pagination: components["schemas"]["NumberPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneNumberInput"];
            };
        };
        responses: {
            /** @description The created number. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getPhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Phone number id (a non-numeric id gives 404). */
                id: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumberDetail"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updatePhoneNumber: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Phone number id (a non-numeric id gives 404). */
                id: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneNumberPatch"];
            };
        };
        responses: {
            /** @description The changed number. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    nextPhoneNumber: {
        parameters: {
            query?: {
                /** @description Only numbers of this project. */
                project_id?: number;
                /** @description Only numbers with this status. */
                status_id?: number;
                /** @description Only numbers from this provider. */
                provider_id?: number;
                /** @description Only numbers with this geo entry. */
                geo_id?: number;
                /** @description Only numbers assigned to this user id, or `none` for unassigned numbers. */
                assigned_to?: string;
                /** @description Only favourites (true) or non-favourites (false). */
                favourite?: "true" | "false";
                /** @description true: only numbers whose reminder is due (reminder_at <= now); false: no filter. */
                reminder_due?: "true" | "false";
                /** @description Callbacks: overdue (reminder before now), today (due on today's business day, Moscow time, past or not), week (today and the six days after). */
                reminder?: "overdue" | "today" | "week";
                /** @description Created at or after this moment: a date (YYYY-MM-DD) or an ISO 8601 date-time. */
                created_from?: string;
                /** @description Created before this moment; a date-only value includes that whole day. */
                created_to?: string;
                /** @description 3 to 15 digits found anywhere in the number (other characters are ignored). */
                phone?: string;
                /** @description 3 to 100 characters to find in the company, site or comment, any part, any case (% and _ are themselves). */
                q?: string;
                /** @description created_at, updated_at or reminder_at, with a leading - for descending; ties by id. Sorting by reminder_at lists only numbers that have a reminder. */
                sort?: "created_at" | "-created_at" | "updated_at" | "-updated_at" | "reminder_at" | "-reminder_at";
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Phone number id (a non-numeric id gives 404). */
                id: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The next number, or null. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["PhoneNumberDetail"] | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    listNumberNotes: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Phone number id (a non-numeric id gives 404). */
                id: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notes. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["NumberNote"][];
                        /** Format: int64 */
                        total: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    reminderEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listSoftphoneIntegrations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integrations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SoftphoneIntegration"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSoftphoneIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SoftphoneIntegrationInput"];
            };
        };
        responses: {
            /** @description The integration. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoftphoneIntegration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSoftphoneIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoftphoneIntegration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSoftphoneIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSoftphoneIntegration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SoftphoneIntegrationInput"];
            };
        };
        responses: {
            /** @description The integration. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoftphoneIntegration"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    softphoneNumberPopup: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                phone: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The numbers. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        phone_number: string;
                        data: components["schemas"]["SoftphoneCard"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    softphoneEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
                /** @description The integration id. */
                "X-Numbase-Integration": string;
                /** @description Unix seconds. */
                "X-Numbase-Timestamp": string;
                /** @description sha256=<hex> */
                "X-Numbase-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    event_type: "call_started" | "call_answered" | "call_ended";
                    call_id: string;
                    phone_number: string;
                    /** @enum {string} */
                    direction?: "inbound" | "outbound";
                    /** Format: date-time */
                    timestamp: string;
                    extension?: string;
                    duration?: number;
                    /** @enum {string} */
                    result?: "answered" | "no_answer" | "busy" | "failed";
                    recording?: string;
                };
            };
        };
        responses: {
            /** @description Taken. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "event_received";
                        phone_number_id: number | null;
                        project_id: number | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    softphoneCallResult: {
        parameters: {
            query?: never;
            header: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
                /** @description The integration id. */
                "X-Numbase-Integration": string;
                /** @description Unix seconds. */
                "X-Numbase-Timestamp": string;
                /** @description sha256=<hex> */
                "X-Numbase-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    call_id: string;
                    phone_number_id?: number;
                    /** @enum {string} */
                    result: "answered" | "no_answer" | "busy" | "failed";
                    duration?: number;
                    notes?: string;
                    extension?: string;
                };
            };
        };
        responses: {
            /** @description Saved. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                        phone_number_id: number | null;
                        updated_status_id: number | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    softphoneWebhookEcho: {
        parameters: {
            query?: {
                zd_echo?: string;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description The integration's own part of its webhook_url. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The echo. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    softphoneWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
                Signature: string;
            };
            path: {
                /** @description The integration's own part of its webhook_url. */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    [key: string]: string;
                };
            };
        };
        responses: {
            /** @description Taken (or ignored). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    mangoCallEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    vpbx_api_key: string;
                    /** @description hex SHA-256(vpbx_api_key + json + vpbx_api_salt) */
                    sign: string;
                    json: string;
                };
            };
        };
        responses: {
            /** @description Taken; status "stale" when its seq is not above the call's last. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    mangoSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    vpbx_api_key: string;
                    /** @description hex SHA-256(vpbx_api_key + json + vpbx_api_salt) */
                    sign: string;
                    json: string;
                };
            };
        };
        responses: {
            /** @description Taken; status "stale" when its seq is not above the call's last. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    bulkUpdatePhoneNumbers: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkUpdate"];
            };
        };
        responses: {
            /** @description How many numbers were changed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkUpdateResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Job id (a non-numeric id gives 404). */
                id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description Only imports into this project. */
                project_id?: number;
                /** @description Only imports in this state. */
                status?: "queued" | "processing" | "completed" | "failed" | "cancelled";
                /** @description Page size, 1-200 (default 50). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Import"][];
                        pagination: components["schemas"]["OffsetPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8 with or without BOM, or Windows-1251; , ; or tab), XLSX or XLS. Streamed to disk; the limit is NUMBASE_UPLOAD_LIMIT_MB (default 2 GiB).
                     */
                    file: string;
                    /**
                     * Format: int64
                     * @description Required for target=project.
                     */
                    project_id?: number;
                    /** Format: int64 */
                    provider_id?: number;
                    /**
                     * Format: int64
                     * @description Region of numbers whose region is known neither from a region column nor from the numbering plan.
                     */
                    geo_id?: number;
                    /**
                     * @description Country for numbers without a country code.
                     * @default RU
                     */
                    region?: string;
                    /** @description Optional column mapping as a JSON array, e.g. ["phone","company","ignore"]; without it a header row (Russian or English names) is recognized, or the phone column guessed. */
                    columns?: string;
                    /**
                     * @description pool: into the pool of numbers waiting for distribution (then project_id must be empty and provider_id is required). A pool number keeps its supplier; the same number from a second supplier stays the first's and counts as the second's duplicate.
                     * @default project
                     * @enum {string}
                     */
                    target?: "project" | "pool";
                    /**
                     * @description For a project import: numbers outside the project's geo are imported all the same, or routed to the pool.
                     * @default import
                     * @enum {string}
                     */
                    outside_geo?: "import" | "pool";
                    /**
                     * @description The language of the error report (its header and reasons): that of whoever starts the import. The API's own errors stay in English.
                     * @default ru
                     * @enum {string}
                     */
                    language?: "ru" | "en";
                };
            };
        };
        responses: {
            /** @description Queued: the import runs in the background (watch GET /imports/{id} or GET /jobs/{job_id}/events). */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The upload is larger than the configured limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Invalid fields (VALIDATION_ERROR), or a file that cannot be read: empty, binary, damaged, cut short (UNREADABLE_FILE, details name the file). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description CSV (UTF-8 with or without BOM, or Windows-1251; , ; or tab), XLSX or XLS. Streamed to disk; the limit is NUMBASE_UPLOAD_LIMIT_MB (default 2 GiB).
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description What an import of this file would read. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportPreview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The upload is larger than the configured limit (PAYLOAD_TOO_LARGE). */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Invalid fields (VALIDATION_ERROR), or a file that cannot be read: empty, binary, damaged, cut short (UNREADABLE_FILE, details name the file). */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Import id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Import"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    downloadImportErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Import id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UTF-8 CSV with a BOM, ; separated: row;value;reason. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listExports: {
        parameters: {
            query?: {
                /** @description Page size, 1-200 (default 50). */
                limit?: number;
                /** @description Rows to skip (default 0). */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Export"][];
                        pagination: components["schemas"]["OffsetPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ExportCreate"];
            };
        };
        responses: {
            /** @description Queued. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Export id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Export"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    downloadExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Export id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (Content-Length set; Content-Disposition names it). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /** @description The file was removed after the retention period (GONE). */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Job id (a non-numeric id gives 404). */
                id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled (queued) or asked to stop (running: it stops at its next progress report and rolls back). */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    jobEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Job id (a non-numeric id gives 404). */
                id: components["parameters"]["JobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: an event `job` with the Job as data at once and after every change (woken by PostgreSQL NOTIFY, so any process's worker is seen); a `: keep-alive` comment every 15 s; the stream ends after the job has finished. Use fetch() with the Authorization header. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getBase: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many numbers arrived and, when short, why. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBaseResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    poolSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pool */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoolSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    listDistributionRuns: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["DistributionRun"][];
                        pagination: components["schemas"]["OffsetPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    startDistributionRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        job_id: number;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getDistributionRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DistributionRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    numberingPlanSummary: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summary */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ranges: number;
                        unmapped_ranges: number;
                        operators: number;
                        /** Format: date-time */
                        loaded_at: string | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    uploadNumberingPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** Format: binary */
                    file: string;
                };
            };
        };
        responses: {
            /** @description What changed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ranges: number;
                        added: number;
                        changed: number;
                        removed: number;
                        /** @description Registry spellings no geo row matches (add them to geo_region_aliases); their ranges are kept without a region. */
                        unmapped_regions: string[];
                        /** @description The background job giving the numbers of changed ranges their new region. */
                        rederive_job_id: number | null;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["ValidationError"];
        };
    };
    getConversionSummary: {
        parameters: {
            query?: {
                /** @description First business day (inclusive); default: 29 days before date_to. */
                date_from?: string;
                /** @description Last business day (inclusive); default: today. At most 366 days in all. */
                date_to?: string;
                /** @description cohort: the numbers received in the range and what has become of them now; activity: what happened in the range. */
                view?: "cohort" | "activity";
                /** @description Projects: not deleted, deleted, or both. */
                state?: "active" | "deleted" | "all";
                /** @description Only numbers of this supplier (not together with geo_id). */
                provider_id?: number;
                /** @description Only numbers of this region (not together with provider_id). */
                geo_id?: number;
                /** @description Sort key, - for descending. */
                sort?: "id" | "-id" | "name" | "-name" | "received" | "-received" | "duplicates" | "-duplicates" | "processed" | "-processed" | "success" | "-success" | "conversion_received" | "-conversion_received" | "conversion_processed" | "-conversion_processed";
                /** @description Page size. */
                limit?: number;
                /** @description Rows to skip. */
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A row per project, totals over all of them. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversionSummary"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    exportConversionSummary: {
        parameters: {
            query?: {
                /** @description First business day (inclusive); default: 29 days before date_to. */
                date_from?: string;
                /** @description Last business day (inclusive); default: today. At most 366 days in all. */
                date_to?: string;
                /** @description cohort: the numbers received in the range and what has become of them now; activity: what happened in the range. */
                view?: "cohort" | "activity";
                /** @description Projects: not deleted, deleted, or both. */
                state?: "active" | "deleted" | "all";
                /** @description Only numbers of this supplier (not together with geo_id). */
                provider_id?: number;
                /** @description Only numbers of this region (not together with provider_id). */
                geo_id?: number;
                /** @description Sort key, - for descending. */
                sort?: "id" | "-id" | "name" | "-name" | "received" | "-received" | "duplicates" | "-duplicates" | "processed" | "-processed" | "success" | "-success" | "conversion_received" | "-conversion_received" | "conversion_processed" | "-conversion_processed";
                /** @description File format. */
                format?: "csv" | "xlsx";
                /** @description Language of the headers. */
                language?: "ru" | "en";
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    getProjectConversion: {
        parameters: {
            query?: {
                /** @description First business day (inclusive); default: 29 days before date_to. */
                date_from?: string;
                /** @description Last business day (inclusive); default: today. At most 366 days in all. */
                date_to?: string;
                /** @description cohort: the numbers received in the range and what has become of them now; activity: what happened in the range. */
                view?: "cohort" | "activity";
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectConversion"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    recalculateConversion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Project id (a non-numeric id gives 404). */
                id: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: int64 */
                        job_id: number;
                        /** @description The job as queued; GET /api/v1/jobs/{id} follows it. */
                        job: {
                            /** Format: int64 */
                            id: number;
                            /** @example conversion_recalculate */
                            kind: string;
                            /** @enum {string} */
                            status: "queued";
                        };
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    softphoneMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        extension: string | null;
                        integration_id: number | null;
                        click_to_call: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    softphoneLiveCalls: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stream. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listSoftphoneCalls: {
        parameters: {
            query?: {
                unlinked?: "true" | "false";
                integration_id?: number;
                limit?: number;
                cursor?: string;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of calls. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SoftphoneCallListed"][];
                        pagination: components["schemas"]["CursorPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    clickToCall: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    phone_number: string;
                };
            };
        };
        responses: {
            /** @description The PBX accepted the call. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "requested";
                        integration_id: number;
                        extension: string;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
            /** @description The PBX refused or did not answer (code PBX_ERROR). */
            502: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSftpConfigs: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The hosts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SftpConfig"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    createSftpConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SftpConfigInput"];
            };
        };
        responses: {
            /** @description The host. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSftpConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Host id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The host. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSftpConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Host id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Schedules use the host (CONFLICT). */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSftpConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Host id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SftpConfigInput"];
            };
        };
        responses: {
            /** @description The host. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    testSftpConfig: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Host id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the test met. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpTestResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    acceptSftpHostKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Host id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @example SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU */
                    fingerprint: string;
                };
            };
        };
        responses: {
            /** @description The host. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpConfig"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            /** @description Not the key the last test saw (CONFLICT). */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    listSftpSchedules: {
        parameters: {
            query?: {
                /** @description Only the schedules of this host. */
                config_id?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedules. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SftpSchedule"][];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createSftpSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SftpScheduleInput"];
            };
        };
        responses: {
            /** @description The schedule. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpSchedule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSftpSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Schedule id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpSchedule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    deleteSftpSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Schedule id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    updateSftpSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Schedule id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SftpScheduleInput"];
            };
        };
        responses: {
            /** @description The schedule. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpSchedule"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["ValidationError"];
        };
    };
    runSftpSchedule: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Schedule id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    previewSftpCron: {
        parameters: {
            query: {
                /** @description Five fields, or @hourly, @daily, @weekly, @monthly, @yearly. */
                expression: string;
                /** @description An IANA time zone name. */
                timezone?: string;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The next times. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CronPreview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    listSftpRuns: {
        parameters: {
            query?: {
                schedule_id?: number;
                config_id?: number;
                limit?: number;
                offset?: number;
            };
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Runs */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SftpRun"][];
                        pagination: components["schemas"]["OffsetPagination"];
                    };
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationError"];
        };
    };
    createSftpRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SftpRunInput"];
            };
        };
        responses: {
            /** @description The run. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSftpRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description Optional client-chosen request id, echoed back; an invalid one is replaced. */
                "X-Request-Id"?: components["parameters"]["XRequestIdHeader"];
            };
            path: {
                /** @description Run id (a non-numeric id gives 404). */
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["XRequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SftpRun"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
