#include "cli/commands.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "app/app.hpp"
#include "app/dispatcher.hpp"
#include "app/job_kinds.hpp"
#include "app/routes.hpp"
#include "backup/backup.hpp"
#include "core/errors.hpp"
#include "db/embedded.hpp"
#include "db/migrations.hpp"
#include "db/tuning.hpp"
#include "http/server.hpp"
#include "imports/row_source.hpp"
#include "jobs/notifier.hpp"
#include "jobs/queue.hpp"
#include "jobs/worker.hpp"
#include "numbering/loader.hpp"
#include "users/accounts.hpp"

namespace numbase::cli {
namespace {

// The database a command works on: DATABASE_URL, or the embedded cluster under the data
// dir, started on demand and stopped when this goes out of scope (if we started it).
struct Database {
  std::unique_ptr<db::EmbeddedPostgres> embedded;
  std::string conninfo;
};

Database open_database(const Config& config) {
  Database d;
  if (!config.database_url.empty()) {
    d.conninfo = config.database_url;
    return d;
  }
  spdlog::info("starting the embedded PostgreSQL under {}", (config.data_dir / "pg").string());
  d.embedded = std::make_unique<db::EmbeddedPostgres>(config.data_dir, db::embedded_arguments());
  d.embedded->start();
  d.conninfo = d.embedded->conninfo();
  return d;
}

void warn_unmapped(const numbering::LoadReport& report) {
  for (const auto& region : report.unmapped_regions)
    spdlog::warn("numbering plan: region '{}' matches no geo row (add it to geo_region_aliases)", region);
}

// Applies the migrations; at first start also loads the numbering plan shipped in the binary.
void migrate_database(const std::string& conninfo) {
  db::Connection conn(conninfo);
  int n = db::apply_migrations(conn);
  spdlog::info("database schema at version {} ({} migration(s) applied now)", db::latest_migration_version(), n);
  if (auto report = numbering::ensure_numbering_plan(conn)) {
    spdlog::info("loaded the numbering plan shipped with numbase: {} ranges", report->ranges);
    warn_unmapped(*report);
  }
}

}  // namespace

int serve(Config config) {
  auto database = open_database(config);
  migrate_database(database.conninfo);
  {
    db::Connection conn(database.conninfo);
    const char* preset = std::getenv("NUMBASE_ADMIN_PASSWORD");
    auto password = users::ensure_first_admin(conn, preset && *preset ? std::optional<std::string>(preset)
                                                                      : std::nullopt);
    if (password && preset && *preset) {
      std::cout << "Created the first administrator 'admin' with the password from NUMBASE_ADMIN_PASSWORD.\n";
    } else if (password) {
      std::cout << "\nCreated the first administrator.\n  username: admin\n  password: " << *password
                << "\nThis password is shown only once; change it after signing in.\n\n";
    }
  }
  config.database_url = database.conninfo;
  App app(config, auth::load_or_create_signing_key(config.jwt_secret, config.data_dir.string()));
  add_routes(app.router);
  AppDispatcher dispatcher(app);
  http::ServerOptions options;
  options.host = config.host;
  options.port = config.port;
  options.workers = config.db_pool_size;
  options.spool_dir = config.files_dir() / "spool";
  http::Server server(options, dispatcher, app.metrics);
  server.listen();
  std::cout << "numbase is running at http://" << (config.host == "0.0.0.0" ? "127.0.0.1" : config.host) << ":"
            << server.port() << "/  (Ctrl+C to stop)" << std::endl;
  // Behind a load balancer with `numbase worker` processes beside it, serve may answer HTTP only.
  std::optional<jobs::Worker> worker;
  if (config.serve_jobs) {
    worker.emplace(database.conninfo, job_handlers(config), worker_options(config, &app.notifier));
    worker->start();
    app.call_applier.start();
  } else {
    spdlog::info("NUMBASE_SERVE_JOBS=0: background jobs are left to the workers");
  }
  server.run(/*handle_signals=*/true);
  if (worker) {
    app.call_applier.stop();
    worker->stop();
  }
  spdlog::info("stopped");
  return 0;
}

int worker(Config config) {
  // Block the stop signals first so that no thread gets them; this thread waits for them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  auto database = open_database(config);
  migrate_database(database.conninfo);
  config.database_url = database.conninfo;
  jobs::Notifier notifier(config.listen_conninfo(), jobs::kChannel);
  notifier.start();
  jobs::Worker worker(database.conninfo, job_handlers(config), worker_options(config, &notifier));
  worker.start();
  softphone::CallApplier call_applier(database.conninfo);
  call_applier.start();
  std::cout << "numbase worker is running background jobs (Ctrl+C to stop)" << std::endl;
  int signal = 0;
  sigwait(&stop_signals, &signal);
  spdlog::info("stopping the worker after its current step");
  call_applier.stop();
  worker.stop();
  return 0;
}

int migrate(Config config) {
  auto database = open_database(config);
  migrate_database(database.conninfo);
  return 0;
}

int user_create(Config config, const UserCreateOptions& o) {
  auto database = open_database(config);
  migrate_database(database.conninfo);
  std::string password;
  bool generated = false;
  if (o.password_stdin) {
    std::getline(std::cin, password);
  } else if (const char* p = std::getenv("NUMBASE_USER_PASSWORD"); p && *p) {
    password = p;
  } else {
    unsigned char raw[15];
    randombytes_buf(raw, sizeof raw);
    password = auth::base64url(std::string_view(reinterpret_cast<char*>(raw), sizeof raw));
    generated = true;
  }
  db::Connection conn(database.conninfo);
  try {
    auto id = db::transaction(conn, [&](db::Connection& c) {
      return users::create_account(c, {o.username, o.email, password, o.role, true}, audit::Actor{});
    });
    std::cout << "Created user '" << o.username << "' (id " << id << ", role " << o.role << ").\n";
    if (generated) std::cout << "  password: " << password << "\n";
    return 0;
  } catch (const ApiError& e) {
    std::cerr << "numbase: " << e.what();
    for (const auto& d : e.details()) std::cerr << "; " << d.field << " " << d.issue;
    std::cerr << "\n";
    return 1;
  }
}

int geo_load_numbering_plan(Config config, const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << "numbase: cannot open " << file << "\n";
    return 1;
  }
  auto database = open_database(config);
  migrate_database(database.conninfo);
  db::Connection conn(database.conninfo);
  numbering::LoadReport report;
  try {
    report = numbering::load_numbering_plan(conn, in);
  } catch (const imports::FileError& e) {
    std::cerr << "numbase: " << file;
    if (e.line() > 0) std::cerr << ", line " << e.line();
    std::cerr << ": " << e.what() << "\n";
    return 1;
  }
  std::cout << "Loaded the numbering plan from " << file << ".\n"
            << "  ranges:  " << report.ranges << "\n"
            << "  added:   " << report.added << "\n"
            << "  changed: " << report.changed << "\n"
            << "  removed: " << report.removed << "\n"
            << "  unmapped regions: " << report.unmapped_regions.size() << "\n";
  for (const auto& region : report.unmapped_regions) std::cout << "    " << region << "\n";
  if (!report.unmapped_regions.empty())
    std::cout << "Numbers of unmapped regions get no region; add their spellings to geo_region_aliases.\n";
  return 0;
}

int backup(Config config, const std::string& dir) {
  auto database = open_database(config);
  const auto r = backup::backup(database.conninfo, config, dir);
  std::cout << "Backup written to " << dir << ": database (schema " << r.schema_version << ") "
            << r.database_bytes / 1024 << " KiB, " << r.files << " file(s).\n";
  return 0;
}

int restore(Config config, const std::string& dir) {
  auto database = open_database(config);
  const auto r = backup::restore(database.conninfo, config, dir);
  std::cout << "Restored " << dir << ": database (schema " << r.schema_version << "), " << r.files
            << " file(s). Start numbase serve to apply newer migrations.\n";
  return 0;
}

}  // namespace numbase::cli
