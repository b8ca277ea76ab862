#include "sftp/job.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <fnmatch.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <cstdlib>
#include <thread>

#include "audit/audit.hpp"
#include "core/secrets.hpp"
#include "exports/job.hpp"
#include "imports/file_kind.hpp"
#include "imports/job.hpp"
#include "imports/source.hpp"
#include "jobs/queue.hpp"
#include "jobs/retryable.hpp"
#include "sftp/client.hpp"
#include "sftp/hosts.hpp"
#include "sftp/settings.hpp"

namespace numbase::sftp {
namespace json = boost::json;
namespace {

constexpr std::uint64_t kProgressBytes = 1 << 20;  // report (and look for a cancel) at least every MiB

struct Run {
  std::int64_t id = 0;
  std::optional<std::int64_t> schedule_id;
  std::string direction;
  json::object settings;
  std::optional<std::int64_t> requested_by;
  std::string zone = "Europe/Moscow";
  audit::Actor actor;
};

std::string text(const json::object& o, const char* k) {
  const auto* v = o.if_contains(k);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::optional<std::int64_t> id_of(const json::object& o, const char* k) {
  const auto* v = o.if_contains(k);
  return v && v->is_int64() ? std::optional<std::int64_t>(v->as_int64()) : std::nullopt;
}

std::string parent_of(const std::string& path) {
  const auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
  const auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// At most `max` bytes, cut where a character begins.
std::string cut(std::string s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  return s;
}

void log_file(db::Connection& conn, std::int64_t run_id, const Entry& e, const char* action,
              const std::optional<std::string>& reason) {
  conn.query("INSERT INTO sftp_run_files (run_id, name, size, modified_at, action, reason)"
             " VALUES ($1, $2, $3, to_timestamp($4), $5, $6)",
             run_id, printable(e.path), static_cast<std::int64_t>(e.size), e.modified, action, reason);
}

// Reports bytes moved, at most every MiB or second (each report is a round trip).
class ByteProgress {
 public:
  ByteProgress(jobs::JobContext& job, std::uint64_t total) : job_(job), total_(total) {}
  void at(std::uint64_t done) {
    const auto now = std::chrono::steady_clock::now();
    if (done - last_ < kProgressBytes && now - last_time_ < std::chrono::seconds(1)) return;
    last_ = done;
    last_time_ = now;
    job_.progress(static_cast<std::int64_t>(base_ + done), static_cast<std::int64_t>(std::max(total_, base_ + done)));
  }
  void finished_file(std::uint64_t size) {
    base_ += size;
    last_ = 0;
  }

 private:
  jobs::JobContext& job_;
  std::uint64_t total_, base_ = 0, last_ = 0;
  std::chrono::steady_clock::time_point last_time_{};
};

// Waits between the two looks, renewing the lease and noticing a cancel.
void settle(jobs::JobContext& job, const JobOptions& o) {
  if (o.between_looks) o.between_looks();
  const auto until = std::chrono::steady_clock::now() + o.settle;
  while (std::chrono::steady_clock::now() < until) {
    job.progress(0, std::nullopt);
    std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(until - std::chrono::steady_clock::now(),
                                                                              std::chrono::milliseconds(500)));
  }
}

struct Taken {};  // another run of the schedule took the file first

json::object run_import(jobs::JobContext& job, const JobOptions& o, const Host& host, Session& session, const Run& run) {
  auto& conn = job.conn;
  const auto& st = run.settings;
  if (!run.requested_by) throw jobs::JobError("the schedule has no owner to import for");
  // A retry logs its own look at the directory; files taken by an earlier attempt stay taken.
  conn.query("DELETE FROM sftp_run_files WHERE run_id = $1 AND action <> 'taken'", run.id);
  const auto path = remote_join(host.remote_directory, text(st, "remote_path"));
  // The matching files: one listing for a glob, one look for a single file.
  auto look = [&] {
    std::vector<Entry> found;
    if (is_glob(path)) {
      const auto pattern = name_of(path);
      for (auto& e : session.list(parent_of(path)))
        if (fnmatch(pattern.c_str(), e.name.c_str(), FNM_PERIOD) == 0) found.push_back(std::move(e));
    } else if (auto e = session.stat(path)) {
      found.push_back(std::move(*e));
    }
    std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return found;
  };
  const auto matched = look();
  if (matched.empty() && !is_glob(path))
    throw SftpError(Failure::NotFound, "the remote file " + path + " does not exist");

  // Skipped files are logged together, a statement for many.
  int skipped = 0;
  std::vector<std::string> skip_names, skip_reasons;
  std::vector<std::int64_t> skip_sizes, skip_times;
  auto skip = [&](const Entry& e, const char* reason) {
    skip_names.push_back(printable(e.path));
    skip_sizes.push_back(static_cast<std::int64_t>(e.size));
    skip_times.push_back(e.modified);
    skip_reasons.emplace_back(reason);
    ++skipped;
  };
  auto log_skipped = [&] {
    if (skip_names.empty()) return;
    conn.query("INSERT INTO sftp_run_files (run_id, name, size, modified_at, action, reason)"
               " SELECT $1, f.name, f.size, to_timestamp(f.mtime), 'skipped', f.reason"
               " FROM unnest($2::text[], $3::bigint[], $4::bigint[], $5::text[]) AS f(name, size, mtime, reason)",
               run.id, skip_names, skip_sizes, skip_times, skip_reasons);
    skip_names.clear();
    skip_sizes.clear();
    skip_times.clear();
    skip_reasons.clear();
  };

  // Which files this schedule took before, or an earlier attempt of this run: one query.
  std::vector<const Entry*> files;
  std::vector<std::string> names;
  std::vector<std::int64_t> sizes, times;
  for (const auto& e : matched) {
    if (!e.is_file) {
      skip(e, "not_a_file");
      continue;
    }
    files.push_back(&e);
    names.push_back(printable(e.path));
    sizes.push_back(static_cast<std::int64_t>(e.size));
    times.push_back(e.modified);
  }
  auto known = conn.query(
      "SELECT f.i,"
      " EXISTS (SELECT 1 FROM sftp_run_files r WHERE r.run_id = $1 AND r.action = 'taken' AND r.name = f.name"
      "   AND r.size = f.size AND r.modified_at = to_timestamp(f.mtime)),"
      " EXISTS (SELECT 1 FROM sftp_taken_files t WHERE t.schedule_id = $5 AND t.name = f.name AND t.size = f.size"
      "   AND t.modified_at = to_timestamp(f.mtime))"
      " FROM unnest($2::text[], $3::bigint[], $4::bigint[]) WITH ORDINALITY AS f(name, size, mtime, i) ORDER BY f.i",
      run.id, names, sizes, times, run.schedule_id);
  std::vector<Entry> candidates;
  for (int i = 0; i < known.rows(); ++i) {
    const auto& e = *files[static_cast<std::size_t>(known.i64(i, 0) - 1)];
    if (known.boolean(i, 1)) continue;  // taken by an earlier attempt of this run
    if (known.boolean(i, 2)) skip(e, "already_imported");
    else candidates.push_back(e);
  }

  // A file still being written changes between two looks; it waits for the next run.
  std::vector<Entry> steady;
  if (!candidates.empty() && o.settle.count() > 0) {
    settle(job, o);
    std::map<std::string, Entry> again;
    for (auto& e : look()) again.emplace(e.path, std::move(e));
    for (const auto& e : candidates) {
      auto it = again.find(e.path);
      if (it == again.end() || it->second.size != e.size || it->second.modified != e.modified)
        skip(e, "still_being_written");
      else
        steady.push_back(e);
    }
  } else {
    steady = candidates;
  }
  log_skipped();

  std::uint64_t total = 0;
  for (const auto& e : steady) total += e.size;
  ByteProgress progress(job, total);
  job.progress(0, static_cast<std::int64_t>(total));
  const auto spool_dir = o.files_dir / "spool";
  std::filesystem::create_directories(spool_dir);
  std::filesystem::create_directories(o.files_dir / "imports");
  std::int64_t taken = 0, bytes = 0;
  json::array imports;
  for (const auto& e : steady) {
    const auto spool = spool_dir / ("sftp-" + std::to_string(run.id) + "-" + random_hex(8) + ".part");
    struct RemoveSpool {
      const std::filesystem::path& p;
      ~RemoveSpool() {
        std::error_code ignored;
        std::filesystem::remove(p, ignored);
      }
    } remove_spool{spool};
    std::uint64_t got = 0;
    try {
      got = session.download(e.path, spool, e.size, [&](std::uint64_t n) { progress.at(n); });
    } catch (const SftpError& err) {
      if (err.transient()) throw;
      log_file(conn, run.id, e, "failed", printable(err.what()));  // this file alone (permission denied, say)
      ++skipped;
      progress.finished_file(e.size);
      continue;
    }
    progress.finished_file(e.size);
    auto after = session.stat(e.path);
    if (got != e.size || !after || after->size != e.size || after->modified != e.modified) {
      skip(e, "still_being_written");
      continue;
    }
    std::string kind;
    std::optional<std::string> unreadable;
    try {
      kind = imports::file_kind_name(imports::check_upload(spool));
    } catch (const imports::FileError& err) {
      unreadable = printable(std::string("unreadable: ") + err.what());
    }
    try {
      db::transaction(conn, [&](db::Connection& c) {
        if (run.schedule_id &&
            c.query("INSERT INTO sftp_taken_files (schedule_id, name, size, modified_at) VALUES ($1, $2, $3, to_timestamp($4))"
                    " ON CONFLICT DO NOTHING RETURNING 1",
                    *run.schedule_id, printable(e.path), static_cast<std::int64_t>(e.size), e.modified)
                .empty())
          throw Taken{};
        if (unreadable) {  // remembered, so that it is not fetched again until it changes
          log_file(c, run.id, e, "failed", unreadable);
          return;
        }
        const auto project_id = id_of(st, "project_id");
        const auto import_job = jobs::enqueue(c, imports::kJobKind, {}, run.requested_by);
        const auto filename = cut(printable(name_of(e.path)), 255);
        const auto import_id =
            c.query("INSERT INTO imports (job_id, project_id, provider_id, geo_id, region, filename, file_size, file_kind,"
                    " columns, created_by, target, outside_geo_to_pool, language)"
                    " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, 'ru') RETURNING id",
                    import_job, project_id, id_of(st, "provider_id"), id_of(st, "geo_id"), text(st, "region"),
                    filename.empty() ? std::string("sftp") : filename, static_cast<std::int64_t>(e.size), kind,
                    st.at("columns").is_null() ? std::nullopt : std::optional<std::string>(json::serialize(st.at("columns"))),
                    *run.requested_by, text(st, "target"), text(st, "outside_geo") == "pool")
                .i64(0, 0);
        c.query("UPDATE jobs SET payload = $2::jsonb WHERE id = $1", import_job,
                json::serialize(json::object{{"import_id", import_id}}));
        if (run.schedule_id)
          c.query("UPDATE sftp_taken_files SET import_id = $5 WHERE schedule_id = $1 AND name = $2 AND size = $3"
                  " AND modified_at = to_timestamp($4)",
                  *run.schedule_id, printable(e.path), static_cast<std::int64_t>(e.size), e.modified, import_id);
        c.query("INSERT INTO sftp_run_files (run_id, name, size, modified_at, action, import_id)"
                " VALUES ($1, $2, $3, to_timestamp($4), 'taken', $5)",
                run.id, printable(e.path), static_cast<std::int64_t>(e.size), e.modified, import_id);
        c.query("UPDATE sftp_runs SET files_taken = files_taken + 1, bytes = bytes + $2 WHERE id = $1", run.id,
                static_cast<std::int64_t>(e.size));
        audit::record(c, run.actor, "create", "import", std::to_string(import_id),
                      {{"source", "sftp"}, {"run_id", run.id}, {"remote_path", printable(e.path)}, {"file_size", e.size},
                       {"project_id", project_id ? json::value(*project_id) : json::value(nullptr)},
                       {"target", text(st, "target")}, {"job_id", import_job}});
        std::filesystem::rename(spool, imports::upload_path(o.files_dir, import_id));  // before commit: the job may start
        imports.push_back(import_id);
        ++taken;
        bytes += static_cast<std::int64_t>(e.size);
      });
    } catch (const Taken&) {
      skip(e, "already_imported");
      continue;
    }
    if (unreadable) {
      ++skipped;
      continue;
    }
    if (st.contains("move_to_processed") && st.at("move_to_processed").as_bool()) {
      const auto dir = parent_of(e.path) + "/processed";
      try {
        session.make_directory(dir);
        auto target = dir + "/" + e.name;
        if (session.stat(target)) target += "." + std::to_string(e.modified);
        session.rename(e.path, target);
      } catch (const SftpError& err) {
        if (err.transient()) throw;
        conn.query("UPDATE sftp_run_files SET reason = $3 WHERE run_id = $1 AND name = $2 AND action = 'taken'", run.id,
                   printable(e.path), printable(std::string("not moved to processed/: ") + err.what()));
      }
    }
  }
  log_skipped();
  conn.query("UPDATE sftp_runs SET files_seen = $2, files_skipped = $3 WHERE id = $1", run.id,
             static_cast<std::int64_t>(matched.size()), skipped);
  json::object summary{{"run_id", run.id}, {"files_seen", matched.size()}, {"files_taken", taken},
                       {"files_skipped", skipped}, {"bytes", bytes}, {"imports", imports}};
  audit::record(conn, run.actor, "sftp_import", "sftp_run", std::to_string(run.id), summary);
  return summary;
}

json::object run_export(jobs::JobContext& job, const JobOptions& o, const Host& host, Session& session, const Run& run) {
  auto& conn = job.conn;
  const auto& st = run.settings;
  if (!run.requested_by) throw jobs::JobError("the schedule has no owner to export for");
  const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  const auto name = render_file_name(text(st, "filename_template"), now, run.zone);
  const auto rel = text(st, "remote_directory");
  const auto dir = rel.empty() || rel == "." ? host.remote_directory : remote_join(host.remote_directory, rel);
  const auto format = text(st, "format");
  // One export per run (a retry writes it again).
  auto existing = conn.query("SELECT id FROM exports WHERE job_id = $1", job.id);
  const auto export_id = !existing.empty()
                             ? existing.i64(0, 0)
                             : conn.query("INSERT INTO exports (job_id, format, delimiter, language, filters, filename,"
                                          " created_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7) RETURNING id",
                                          job.id, format, text(st, "delimiter"), text(st, "language"),
                                          json::serialize(st.at("filters")), name, *run.requested_by)
                                   .i64(0, 0);
  jobs::JobContext export_job{conn, job.id, json::object{{"export_id", export_id}}, run.requested_by, job.attempt,
                              job.progress};
  exports::run_export(export_job, o.files_dir, o.export_retention);
  const auto local = exports::export_path(o.files_dir, export_id, format);
  const auto size = std::filesystem::file_size(local);
  ByteProgress progress(job, size);
  const auto final_path = remote_join(dir, name);
  const auto temporary = remote_join(dir, "." + name + ".part");  // the partner never sees half a file
  session.upload(local, temporary, [&](std::uint64_t n) { progress.at(n); });
  session.rename(temporary, final_path);
  const auto modified = session.stat(final_path);
  db::transaction(conn, [&](db::Connection& c) {
    c.query("INSERT INTO sftp_run_files (run_id, name, size, modified_at, action, export_id)"
            " VALUES ($1, $2, $3, to_timestamp($4), 'uploaded', $5)",
            run.id, final_path, static_cast<std::int64_t>(size), modified ? modified->modified : now.time_since_epoch().count(),
            export_id);
    c.query("UPDATE sftp_runs SET files_seen = 1, files_taken = 1, bytes = $2 WHERE id = $1", run.id,
            static_cast<std::int64_t>(size));
    audit::record(c, run.actor, "sftp_export", "sftp_run", std::to_string(run.id),
                  {{"export_id", export_id}, {"remote_path", final_path}, {"bytes", size}});
  });
  return {{"run_id", run.id}, {"export_id", export_id}, {"remote_path", final_path}, {"bytes", size}};
}

}  // namespace

JobOptions job_options_from_env(const std::filesystem::path& files_dir, std::chrono::hours export_retention) {
  auto seconds = [](const char* name, long fallback, long max) {
    const char* v = std::getenv(name);
    if (!v || !*v) return std::chrono::seconds(fallback);
    char* end = nullptr;
    const long n = std::strtol(v, &end, 10);
    if (*end != '\0' || n < 0 || n > max)
      throw std::runtime_error(std::string(name) + " must be a number from 0 to " + std::to_string(max));
    return std::chrono::seconds(n);
  };
  JobOptions o;
  o.files_dir = files_dir;
  o.export_retention = export_retention;
  o.settle = seconds("NUMBASE_SFTP_SETTLE_SECONDS", 5, 600);
  o.timeout = std::max(std::chrono::seconds(1), seconds("NUMBASE_SFTP_TIMEOUT_SECONDS", 30, 600));
  return o;
}

json::object run_job(jobs::JobContext& job, const SecretBox& box, const JobOptions& o) {
  auto& conn = job.conn;
  Run run;
  run.id = job.payload.at("run_id").as_int64();
  auto r = conn.query(
      "SELECT r.config_id, r.schedule_id, r.direction, r.settings::text, r.requested_by, s.name, s.timezone"
      " FROM sftp_runs r LEFT JOIN sftp_schedules s ON s.id = r.schedule_id WHERE r.id = $1",
      run.id);
  if (r.empty()) throw jobs::JobError("the run no longer exists");
  run.schedule_id = r.opt_i64(0, 1);
  run.direction = r.str(0, 2);
  run.settings = json::parse(r.view(0, 3)).as_object();
  run.requested_by = r.opt_i64(0, 4);
  if (!r.is_null(0, 6)) run.zone = r.str(0, 6);
  // The schedule acts, for the user who made it (or pressed "run now").
  run.actor.username = "sftp: " + (r.is_null(0, 5) ? std::string("one-off run") : r.str(0, 5));
  run.actor.on_behalf_of = run.requested_by;
  auto host = load_host(conn, box, r.i64(0, 0));
  if (!host) throw jobs::JobError("the SFTP host was deleted");
  if (!host->active) throw jobs::JobError("the SFTP host is switched off");
  auto creds = host->credentials;
  creds.timeout = o.timeout;
  try {
    Session session(creds);
    return run.direction == "export" ? run_export(job, o, *host, session, run) : run_import(job, o, *host, session, run);
  } catch (const SftpError& e) {
    if (e.failure == Failure::HostKeyChanged) {
      db::transaction(conn, [&](db::Connection& c) {
        remember_seen_key(c, host->id, e.fingerprint);
        audit::record(c, run.actor, "host_key_changed", "sftp_config", std::to_string(host->id),
                      {{"host_key_fingerprint", {{"old", creds.accepted_fingerprint}, {"new", e.fingerprint}}}});
      });
    }
    if (e.transient()) throw jobs::RetryableError(printable(e.what()));
    // A run that fails for good is on the record too (one that will be retried is not yet).
    audit::record(conn, run.actor, "sftp_run_failed", "sftp_run", std::to_string(run.id),
                  {{"error", printable(e.what())}, {"code", failure_code(e.failure)}});
    throw jobs::JobError(printable(e.what()));
  }
}

}  // namespace numbase::sftp
