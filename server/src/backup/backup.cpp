#include "backup/backup.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>

#include "core/process.hpp"
#include "db/connection.hpp"
#include "db/embedded.hpp"
#include "db/migrations.hpp"

namespace numbase::backup {
namespace fs = std::filesystem;
namespace json = boost::json;
namespace {

constexpr const char* kKeys[] = {"secret.key", "jwt.key"};

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Copies a tree, leaving out `skip` at its top (the upload spool: requests in flight); returns
// the files copied.
std::uintmax_t copy_tree(const fs::path& from, const fs::path& to, const std::string& skip = {}) {
  std::uintmax_t n = 0;
  fs::create_directories(to);
  if (!fs::exists(from)) return 0;
  for (auto it = fs::recursive_directory_iterator(from); it != fs::recursive_directory_iterator(); ++it) {
    const auto rel = fs::relative(it->path(), from);
    if (!skip.empty() && *rel.begin() == skip) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_directory()) fs::create_directories(to / rel);
    else if (it->is_regular_file()) {
      fs::copy_file(it->path(), to / rel, fs::copy_options::overwrite_existing);
      ++n;
    }
  }
  return n;
}

void run(const std::vector<std::string>& argv, const fs::path& log, const std::string& what) {
  if (run_process(argv, std::nullopt, log) != 0)
    throw std::runtime_error(what + " failed; see " + log.string() + " (" + read_all(log).substr(0, 2000) + ")");
}

}  // namespace

Report backup(const std::string& conninfo, const Config& config, const fs::path& out) {
  if (fs::exists(out) && !fs::is_empty(out)) throw std::runtime_error(out.string() + " exists and is not empty");
  fs::create_directories(out);
  fs::permissions(out, fs::perms::owner_all);  // it holds the keys
  Report r;
  {
    db::Connection conn(conninfo);
    r.schema_version = db::applied_migration_version(conn);
  }
  // One consistent snapshot of the whole database while the servers go on.
  run({db::postgres_tool("pg_dump").string(), "--format=custom", "--no-owner", "--no-privileges",
       "--file=" + (out / "database.dump").string(), "--dbname=" + conninfo},
      out / "pg_dump.log", "pg_dump");
  fs::remove(out / "pg_dump.log");
  r.database_bytes = fs::file_size(out / "database.dump");
  r.files = copy_tree(config.files_dir(), out / "files", "spool");
  // The keys, unless they come from the environment (then the operator keeps them).
  json::array keys;
  for (const char* k : kKeys) {
    const bool from_env = std::string(k) == "secret.key" ? !config.secret_key.empty() : !config.jwt_secret.empty();
    if (from_env || !fs::exists(config.data_dir / k)) continue;
    fs::create_directories(out / "keys");
    fs::copy_file(config.data_dir / k, out / "keys" / k);
    fs::permissions(out / "keys" / k, fs::perms::owner_read | fs::perms::owner_write);
    keys.emplace_back(k);
  }
  std::ofstream manifest(out / "manifest.json");
  manifest << json::serialize(json::object{{"format", 1},
                                           {"schema_version", r.schema_version},
                                           {"files", r.files},
                                           {"database_bytes", r.database_bytes},
                                           {"keys", keys}})
           << "\n";
  if (!manifest) throw std::runtime_error("cannot write " + (out / "manifest.json").string());
  return r;
}

Report restore(const std::string& conninfo, const Config& config, const fs::path& in) {
  if (!fs::exists(in / "manifest.json") || !fs::exists(in / "database.dump"))
    throw std::runtime_error(in.string() + " is not a numbase backup (no manifest.json or database.dump)");
  const auto manifest = json::parse(read_all(in / "manifest.json")).as_object();
  Report r;
  r.schema_version = static_cast<int>(manifest.at("schema_version").as_int64());
  if (r.schema_version > db::latest_migration_version())
    throw std::runtime_error("the backup is of a newer numbase (schema " + std::to_string(r.schema_version) +
                             "); restore it with that version or newer");
  // Keys first: a data dir with other keys could not open the restored secrets.
  for (const char* k : kKeys) {
    const auto saved = in / "keys" / k, here = config.data_dir / k;
    if (!fs::exists(saved) || !fs::exists(here)) continue;
    if (read_all(saved) != read_all(here))
      throw std::runtime_error(here.string() + " differs from the backup's: restore into a new data dir (or remove it)");
  }
  {
    db::Connection conn(conninfo);
    if (db::applied_migration_version(conn) > 0 ||
        conn.exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").i64(0, 0) > 0)
      throw std::runtime_error("the database is not empty: restore into a new one");
  }
  fs::create_directories(config.data_dir);
  const auto log = config.data_dir / "restore.log";
  run({db::postgres_tool("pg_restore").string(), "--no-owner", "--no-privileges", "--exit-on-error",
       "--single-transaction", "--dbname=" + conninfo, (in / "database.dump").string()},
      log, "pg_restore");
  fs::remove(log);
  r.database_bytes = fs::file_size(in / "database.dump");
  r.files = copy_tree(in / "files", config.files_dir());
  for (const char* k : kKeys) {
    const auto saved = in / "keys" / k, here = config.data_dir / k;
    if (fs::exists(saved) && !fs::exists(here)) {
      fs::copy_file(saved, here);
      fs::permissions(here, fs::perms::owner_read | fs::perms::owner_write);
    }
  }
  return r;
}

}  // namespace numbase::backup
