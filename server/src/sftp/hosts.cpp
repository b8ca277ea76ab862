#include "sftp/hosts.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <algorithm>

#include "app/app.hpp"
#include "audit/audit.hpp"
#include "core/errors.hpp"
#include "core/hex.hpp"
#include "core/json_input.hpp"
#include "core/query_params.hpp"
#include "core/secrets.hpp"
#include "core/utf8.hpp"
#include "sftp/settings.hpp"

namespace numbase::sftp {
namespace json = boost::json;
namespace {

constexpr std::size_t kSecretMax = 16 * 1024;  // a 16384-bit RSA key in PEM is under 13 KiB

// As the API shows it: never the secrets, only which of them are set (kept beside the seal).
std::string host_sql(const std::string& where) {
  return "SELECT json_build_object('id', c.id, 'name', c.name, 'host', c.host, 'port', c.port, 'username', c.username,"
         " 'auth_method', c.auth_method, 'has_password', (c.secret_flags & 1) <> 0,"
         " 'has_private_key', (c.secret_flags & 2) <> 0, 'has_passphrase', (c.secret_flags & 4) <> 0,"
         " 'remote_directory', c.remote_directory, 'is_active', c.is_active,"
         " 'status', CASE WHEN c.is_active THEN 'active' ELSE 'inactive' END,"
         " 'host_key_fingerprint', c.host_key_fingerprint, 'seen_host_key_fingerprint', c.seen_host_key,"
         " 'host_key_changed', c.host_key_fingerprint IS NOT NULL AND c.seen_host_key IS NOT NULL,"
         " 'last_test_at', api_ts(c.last_test_at), 'last_test_ok', c.last_test_ok, 'last_test_error', c.last_test_error,"
         " 'schedules', (SELECT count(*) FROM sftp_schedules s WHERE s.config_id = c.id),"
         " 'created_at', api_ts(c.created_at), 'updated_at', api_ts(c.updated_at))::text"
         " FROM sftp_configs c " + where;
}

std::int64_t host_id(http::RequestContext& ctx) {
  auto id = parse_id(ctx.req.path_param("id"));
  if (!id) throw not_found("SFTP host not found");
  return *id;
}

struct Fields {
  std::optional<std::string> name, host, username, auth_method, remote_directory;
  std::optional<std::int64_t> port;
  std::optional<bool> active;
  std::optional<std::string> password, private_key, passphrase;  // given: replaces the stored one ("" clears)
};

std::optional<std::string> bounded(FieldReader& f, const char* name, bool required, std::size_t max) {
  auto v = f.string(name, required);
  if (v && (v->empty() || v->size() > max || !is_valid_utf8(*v))) {
    f.fail(name, "must be 1 to " + std::to_string(max) + " characters");
    return std::nullopt;
  }
  return v;
}

std::optional<std::string> secret(FieldReader& f, const char* name) {
  auto v = f.string(name, false);
  if (v && v->size() > kSecretMax) {
    f.fail(name, "must be at most 16 KiB");
    return std::nullopt;
  }
  return v;
}

Fields read_fields(const json::object& body, bool creating) {
  FieldReader f(body);
  Fields out;
  out.name = bounded(f, "name", creating, 100);
  out.host = bounded(f, "host", creating, 255);
  if (out.host && out.host->find_first_of(" \t\r\n/@") != std::string::npos)
    f.fail("host", "must be a host name or address");
  out.port = f.integer("port", false);
  if (out.port && (*out.port < 1 || *out.port > 65535)) f.fail("port", "must be between 1 and 65535");
  out.username = bounded(f, "username", creating, 100);
  out.auth_method = f.string("auth_method", creating);
  if (out.auth_method && *out.auth_method != "password" && *out.auth_method != "key")
    f.fail("auth_method", "must be password or key");
  out.remote_directory = f.string("remote_directory", false);
  if (out.remote_directory && !valid_remote_path(*out.remote_directory))
    f.fail("remote_directory", "must be a path of up to 1000 characters");
  out.active = f.boolean("is_active", false);
  out.password = secret(f, "password");
  out.private_key = secret(f, "private_key");
  out.passphrase = secret(f, "passphrase");
  f.finish();
  return out;
}

// The stored secrets, as sealed JSON, and which are set (1 password, 2 key, 4 passphrase).
struct Secrets {
  std::string password, private_key, passphrase;
  int flags() const { return (password.empty() ? 0 : 1) | (private_key.empty() ? 0 : 2) | (passphrase.empty() ? 0 : 4); }
  std::string json_text() const {
    return json::serialize(json::object{{"password", password}, {"private_key", private_key}, {"passphrase", passphrase}});
  }
};

Secrets open_secrets(const SecretBox& box, std::string_view sealed_hex) {
  const auto sealed = from_hex(sealed_hex);
  const auto opened = sealed ? box.open(*sealed) : std::nullopt;
  if (!opened) throw std::runtime_error("an SFTP host's secrets do not open with this installation's key");
  const auto o = json::parse(*opened).as_object();
  auto text = [&](const char* k) { return o.contains(k) ? std::string(o.at(k).as_string()) : std::string(); };
  return {text("password"), text("private_key"), text("passphrase")};
}

// Whether the method has what it needs, and the key can be read.
void check_secrets(const std::string& method, const Secrets& s) {
  if (method == "password" && s.password.empty()) throw validation_error("password", "is required");
  if (method == "key") {
    if (s.private_key.empty()) throw validation_error("private_key", "is required");
    if (!private_key_readable(s.private_key, s.passphrase))
      throw validation_error("private_key",
                             "is not a private key libssh can read (OpenSSH or PEM), or the passphrase is wrong");
  }
}

void ensure_name_free(db::Connection& c, const std::optional<std::string>& name, std::int64_t id) {
  if (name && !c.query("SELECT 1 FROM sftp_configs WHERE lower(name) = lower($1) AND id <> $2", *name, id).empty())
    throw conflict("An SFTP host with this name already exists", {{"name", "already exists"}});
}

void apply(Secrets& s, const Fields& f) {
  if (f.password) s.password = *f.password;
  if (f.private_key) s.private_key = *f.private_key;
  if (f.passphrase) s.passphrase = *f.passphrase;
}

json::object test_result(bool ok, const std::string& fingerprint, const std::string& status,
                         const std::optional<std::string>& accepted) {
  return {{"ok", ok},
          {"host_key", json::object{{"fingerprint", fingerprint.empty() ? json::value(nullptr) : json::value(fingerprint)},
                                    {"status", status}}},
          {"accepted_fingerprint", accepted ? json::value(*accepted) : json::value(nullptr)},
          {"entries", json::array{}},
          {"error", nullptr}};
}

}  // namespace

std::optional<Host> load_host(db::Connection& conn, const SecretBox& box, std::int64_t id) {
  auto r = conn.query(
      "SELECT name, host, port, username, auth_method, encode(secrets, 'hex'), remote_directory, is_active,"
      " host_key_fingerprint FROM sftp_configs WHERE id = $1",
      id);
  if (r.empty()) return std::nullopt;
  const auto s = open_secrets(box, r.view(0, 5));
  Host h;
  h.id = id;
  h.name = r.str(0, 0);
  h.remote_directory = r.str(0, 6);
  h.active = r.boolean(0, 7);
  auto& c = h.credentials;
  c.host = r.str(0, 1);
  c.port = static_cast<int>(r.i64(0, 2));
  c.username = r.str(0, 3);
  c.auth_method = r.str(0, 4);
  c.password = s.password;
  c.private_key = s.private_key;
  c.passphrase = s.passphrase;
  c.accepted_fingerprint = r.opt_str(0, 8).value_or("");
  return h;
}

void remember_seen_key(db::Connection& conn, std::int64_t host_id, const std::string& fingerprint) {
  conn.query("UPDATE sftp_configs SET seen_host_key = $2 WHERE id = $1", host_id, fingerprint);
}

http::Response list_hosts(http::RequestContext& ctx) {
  QueryParams(ctx.req).finish();
  auto conn = ctx.app.pool.acquire();
  auto r = conn->exec(host_sql("ORDER BY lower(c.name), c.id"));
  json::array data;
  for (int i = 0; i < r.rows(); ++i) data.push_back(json::parse(r.view(i, 0)));
  return http::Response::json(json::object{{"data", std::move(data)}});
}

http::Response get_host(http::RequestContext& ctx) {
  const auto id = host_id(ctx);
  auto conn = ctx.app.pool.acquire();
  auto r = conn->query(host_sql("WHERE c.id = $1"), id);
  if (r.empty()) throw not_found("SFTP host not found");
  return http::Response::raw_json(200, r.str(0, 0));
}

http::Response create_host(http::RequestContext& ctx) {
  const auto f = read_fields(parse_json_object(ctx.req.body), true);
  Secrets s;
  apply(s, f);
  check_secrets(*f.auth_method, s);
  auto conn = ctx.app.pool.acquire();
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    ensure_name_free(c, f.name, 0);
    const auto id = c.query("INSERT INTO sftp_configs (name, host, port, username, auth_method, secrets, secret_flags,"
                            " remote_directory, is_active, created_by)"
                            " VALUES ($1, $2, coalesce($3, 22), $4, $5, decode($6, 'hex'), $7, coalesce($8, '/'),"
                            " coalesce($9, true), $10) RETURNING id",
                            *f.name, *f.host, f.port, *f.username, *f.auth_method, to_hex(ctx.app.secrets.seal(s.json_text())),
                            s.flags(), f.remote_directory, f.active, ctx.principal().id)
                        .i64(0, 0);
    auto out = c.query(host_sql("WHERE c.id = $1"), id).str(0, 0);
    auto shown = json::parse(out).as_object();
    audit::Changes changes;
    for (const char* k : {"name", "host", "port", "username", "auth_method", "remote_directory", "is_active"})
      changes.add(k, nullptr, shown.at(k));
    changes.add_redacted("secrets");
    audit::record(c, ctx.actor(), "create", "sftp_config", std::to_string(id), changes.json());
    return out;
  });
  return http::Response::raw_json(201, text);
}

http::Response update_host(http::RequestContext& ctx) {
  const auto id = host_id(ctx);
  const auto f = read_fields(parse_json_object(ctx.req.body), false);
  auto conn = ctx.app.pool.acquire();
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    auto cur = c.query("SELECT auth_method, encode(secrets, 'hex') FROM sftp_configs WHERE id = $1 FOR UPDATE", id);
    if (cur.empty()) throw not_found("SFTP host not found");
    ensure_name_free(c, f.name, id);
    auto before = json::parse(c.query(host_sql("WHERE c.id = $1"), id).view(0, 0)).as_object();
    Secrets s = open_secrets(ctx.app.secrets, cur.view(0, 1));
    const bool secrets_given = f.password || f.private_key || f.passphrase;
    apply(s, f);
    const auto method = f.auth_method.value_or(cur.str(0, 0));
    if (secrets_given || f.auth_method) check_secrets(method, s);
    std::optional<std::string> sealed;
    if (secrets_given) sealed = to_hex(ctx.app.secrets.seal(s.json_text()));
    // Another address is another server: its key must be accepted again.
    c.query("UPDATE sftp_configs SET name = coalesce($2, name), host = coalesce($3, host), port = coalesce($4, port),"
            " username = coalesce($5, username), auth_method = coalesce($6, auth_method),"
            " secrets = coalesce(decode($7, 'hex'), secrets), secret_flags = coalesce($8, secret_flags),"
            " remote_directory = coalesce($9, remote_directory), is_active = coalesce($10, is_active),"
            " host_key_fingerprint = CASE WHEN coalesce($3, host) <> host OR coalesce($4, port) <> port THEN NULL"
            "   ELSE host_key_fingerprint END,"
            " seen_host_key = CASE WHEN coalesce($3, host) <> host OR coalesce($4, port) <> port THEN NULL"
            "   ELSE seen_host_key END,"
            " updated_at = now() WHERE id = $1",
            id, f.name, f.host, f.port, f.username, f.auth_method, sealed,
            secrets_given ? std::optional<std::int64_t>(s.flags()) : std::nullopt, f.remote_directory, f.active);
    auto out = c.query(host_sql("WHERE c.id = $1"), id).str(0, 0);
    auto after = json::parse(out).as_object();
    audit::Changes changes;
    for (const char* k : {"name", "host", "port", "username", "auth_method", "remote_directory", "is_active",
                          "host_key_fingerprint"})
      changes.add(k, before.at(k), after.at(k));
    if (secrets_given) changes.add_redacted("secrets");
    if (!changes.empty()) audit::record(c, ctx.actor(), "update", "sftp_config", std::to_string(id), changes.json());
    return out;
  });
  return http::Response::raw_json(200, text);
}

http::Response delete_host(http::RequestContext& ctx) {
  const auto id = host_id(ctx);
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    auto cur = c.query("SELECT name FROM sftp_configs WHERE id = $1 FOR UPDATE", id);
    if (cur.empty()) throw not_found("SFTP host not found");
    if (!c.query("SELECT 1 FROM sftp_schedules WHERE config_id = $1 LIMIT 1", id).empty())
      throw conflict("The host has schedules: delete them first");
    if (!c.query("SELECT 1 FROM sftp_runs r JOIN jobs j ON j.id = r.job_id WHERE r.config_id = $1"
                 " AND j.status IN ('queued', 'running') LIMIT 1",
                 id)
             .empty())
      throw conflict("A run on this host has not finished yet");
    c.query("DELETE FROM sftp_configs WHERE id = $1", id);
    audit::record(c, ctx.actor(), "delete", "sftp_config", std::to_string(id),
                  {{"name", {{"old", cur.str(0, 0)}, {"new", nullptr}}}});
  });
  return http::Response::json(json::object{{"deleted", true}});
}

http::Response test_host(http::RequestContext& ctx) {
  const auto id = host_id(ctx);
  QueryParams(ctx.req).finish();
  // No pooled connection is held while the host is being reached (up to 15 s).
  auto host = [&] {
    auto conn = ctx.app.pool.acquire();
    return load_host(*conn, ctx.app.secrets, id);
  }();
  if (!host) throw not_found("SFTP host not found");
  auto creds = host->credentials;
  creds.timeout = std::min(creds.timeout, std::chrono::seconds(15));  // a person is waiting
  const auto accepted = creds.accepted_fingerprint.empty() ? std::nullopt
                                                           : std::optional<std::string>(creds.accepted_fingerprint);
  json::object out;
  std::optional<std::string> seen;  // a key that is not the accepted one
  bool key_known = false;           // whether the server's key was seen at all (not when it could not be reached)
  std::optional<std::string> error;
  try {
    Session session(creds, accepted.has_value());
    key_known = true;
    if (!accepted) {
      seen = session.fingerprint();
      out = test_result(false, session.fingerprint(), "unknown", accepted);
      error = "the host key has not been accepted yet: compare its fingerprint with the one the server's owner gives";
      out["error"] = json::object{{"code", failure_code(Failure::HostKeyUnknown)}, {"message", *error}};
    } else {
      out = test_result(true, session.fingerprint(), "accepted", accepted);
      json::array entries;
      auto listed = session.list(host->remote_directory, 100);
      std::sort(listed.begin(), listed.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
      for (const auto& e : listed)
        entries.push_back(json::object{{"name", printable(e.name)}, {"size", e.size}, {"modified_at", iso_time(e.modified)},
                                       {"is_directory", e.is_directory}});
      out["entries"] = std::move(entries);
    }
  } catch (const SftpError& e) {
    const bool changed = e.failure == Failure::HostKeyChanged;
    if (changed) seen = e.fingerprint;
    key_known = e.failure != Failure::ConnectFailed;
    out = test_result(false, e.fingerprint, changed ? "changed" : (accepted ? "accepted" : "unknown"), accepted);
    error = printable(e.what());
    out["error"] = json::object{{"code", failure_code(e.failure)}, {"message", *error}};
  }
  auto conn = ctx.app.pool.acquire();
  db::transaction(*conn, [&](db::Connection& c) {
    c.query("UPDATE sftp_configs SET last_test_at = now(), last_test_ok = $2, last_test_error = $3,"
            " seen_host_key = CASE WHEN $5 THEN $4 ELSE seen_host_key END WHERE id = $1",
            id, !error.has_value(), error, seen, key_known);
    if (seen && accepted)
      audit::record(c, ctx.actor(), "host_key_changed", "sftp_config", std::to_string(id),
                    {{"host_key_fingerprint", {{"old", *accepted}, {"new", *seen}}}});
  });
  return http::Response::json(out);
}

http::Response accept_host_key(http::RequestContext& ctx) {
  const auto id = host_id(ctx);
  auto body = parse_json_object(ctx.req.body);
  FieldReader f(body);
  auto fingerprint = f.string("fingerprint", true);
  f.finish();
  auto conn = ctx.app.pool.acquire();
  auto text = db::transaction(*conn, [&](db::Connection& c) {
    auto cur = c.query("SELECT host_key_fingerprint, seen_host_key FROM sftp_configs WHERE id = $1 FOR UPDATE", id);
    if (cur.empty()) throw not_found("SFTP host not found");
    // Only the key the last test met (the one the administrator was shown) can be accepted.
    if (cur.is_null(0, 1) || cur.str(0, 1) != *fingerprint)
      throw conflict("This is not the key the last test met: test the connection again",
                     {{"fingerprint", "is not the key the server showed in the last test"}});
    c.query("UPDATE sftp_configs SET host_key_fingerprint = seen_host_key, seen_host_key = NULL, updated_at = now()"
            " WHERE id = $1",
            id);
    const auto old = cur.opt_str(0, 0);
    audit::record(c, ctx.actor(), "accept_host_key", "sftp_config", std::to_string(id),
                  {{"host_key_fingerprint", {{"old", old ? json::value(*old) : json::value(nullptr)}, {"new", *fingerprint}}}});
    return c.query(host_sql("WHERE c.id = $1"), id).str(0, 0);
  });
  return http::Response::raw_json(200, text);
}

}  // namespace numbase::sftp
