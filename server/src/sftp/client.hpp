#pragma once
// An SFTP client over libssh: connect, check the server's key against the pinned fingerprint
// before any credential is sent, sign in with a password or a private key, list, stat,
// stream files down and up, rename. Blocking, with a timeout on every network step; one
// Session per thread.
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace numbase::sftp {

// What went wrong, as the API names it.
enum class Failure {
  ConnectFailed,     // host down, refused, timeout, connection lost: worth another try later
  HostKeyUnknown,    // no key accepted yet
  HostKeyChanged,    // the server showed another key than the accepted one: a possible attack
  AuthFailed,        // wrong password or key
  NotFound,
  PermissionDenied,
  Protocol,          // anything else the server or libssh refused
};

const char* failure_code(Failure f);  // "CONNECT_FAILED", "HOST_KEY_UNKNOWN", …

class SftpError : public std::runtime_error {
 public:
  SftpError(Failure f, const std::string& message, std::string fingerprint = {})
      : std::runtime_error(message), failure(f), fingerprint(std::move(fingerprint)) {}
  Failure failure;
  std::string fingerprint;  // the server's key, for HostKeyUnknown / HostKeyChanged
  bool transient() const { return failure == Failure::ConnectFailed; }
};

struct Credentials {
  std::string host;
  int port = 22;
  std::string username;
  std::string auth_method = "password";  // or "key"
  std::string password, private_key, passphrase;
  std::string accepted_fingerprint;       // empty: none accepted yet
  std::chrono::seconds timeout{30};
};

struct Entry {
  std::string name;  // the file's name (no directory)
  std::string path;  // the full remote path
  std::uint64_t size = 0;
  std::int64_t modified = 0;  // Unix seconds
  bool is_directory = false;
  bool is_file = false;
};

// Whether libssh can read the key (OpenSSH or PEM) with this passphrase.
bool private_key_readable(const std::string& key, const std::string& passphrase);

class Session {
 public:
  // Connects and checks the server's key. With `authenticate`, also signs in and starts SFTP;
  // without, it only learns the key (fingerprint()). Throws SftpError.
  Session(const Credentials& c, bool authenticate = true);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  const std::string& fingerprint() const { return fingerprint_; }  // "SHA256:<base64>"

  std::vector<Entry> list(const std::string& directory, std::size_t limit = 100000);
  std::optional<Entry> stat(const std::string& path);  // nullopt: no such file
  // Streams the remote file to `local`, at most `limit` bytes (more means it grew: the returned
  // size says so); `progress(bytes so far)` is called after every piece and may throw to stop.
  std::uint64_t download(const std::string& remote, const std::filesystem::path& local, std::uint64_t limit,
                         const std::function<void(std::uint64_t)>& progress);
  void upload(const std::filesystem::path& local, const std::string& remote,
              const std::function<void(std::uint64_t)>& progress);
  // Renames, replacing `to` when it exists.
  void rename(const std::string& from, const std::string& to);
  void make_directory(const std::string& path);  // fine when it exists
  void remove(const std::string& path);

 private:
  struct Handles;
  [[noreturn]] void fail(const std::string& what, const std::string& path = {});
  std::unique_ptr<Handles> h_;
  std::string fingerprint_;
};

// `directory` joined with `path` (absolute paths stay as they are); no "." or ".." parts.
std::string remote_join(const std::string& directory, const std::string& path);
// A remote name (or a message with one) as stored and shown: a server may send names that are
// not UTF-8 (a Windows server's CP1251, say), which JSON and PostgreSQL's text refuse; their
// other bytes become '?'.
std::string printable(const std::string& raw);

// Whether the last part of a path has glob characters (* ? [).
bool is_glob(const std::string& path);

}  // namespace numbase::sftp
