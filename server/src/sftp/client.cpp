#include "sftp/client.hpp"

#include <fcntl.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <sodium.h>

#include <sys/socket.h>

#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include "core/utf8.hpp"

namespace numbase::sftp {
namespace {

constexpr std::size_t kPiece = 256 * 1024;  // OpenSSH's sftp-server reads up to 256 KiB at a time

struct CloseFile {
  void operator()(sftp_file_struct* f) const { sftp_close(f); }
};
using File = std::unique_ptr<sftp_file_struct, CloseFile>;

struct FreeAttributes {
  void operator()(sftp_attributes_struct* a) const { sftp_attributes_free(a); }
};
using Attributes = std::unique_ptr<sftp_attributes_struct, FreeAttributes>;

Entry entry_of(const sftp_attributes_struct& a, const std::string& path, const std::string& name) {
  Entry e;
  e.name = name;
  e.path = path;
  e.size = a.size;
  e.modified = static_cast<std::int64_t>(a.mtime64 ? a.mtime64 : a.mtime);
  e.is_directory = a.type == SSH_FILEXFER_TYPE_DIRECTORY;
  e.is_file = a.type == SSH_FILEXFER_TYPE_REGULAR;
  return e;
}

std::string base_name(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// libssh's own timeout covers the connect; a server that stops answering in the middle of a
// transfer is caught here: while a network step runs, no bytes for `limit` shut the socket down,
// so the blocked call returns with an error.
class Watchdog {
 public:
  Watchdog(std::chrono::seconds limit, int fd) : limit_(limit), fd_(fd), thread_([this] { watch(); }) {}
  ~Watchdog() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    thread_.join();
  }
  // Steps nest (a rename may look and remove first): the outermost one disarms.
  void arm() {
    std::lock_guard lock(mu_);
    ++depth_;
    deadline_ = std::chrono::steady_clock::now() + limit_;
    cv_.notify_all();
  }
  void touch() {
    std::lock_guard lock(mu_);
    deadline_ = std::chrono::steady_clock::now() + limit_;
  }
  void disarm() {
    std::lock_guard lock(mu_);
    --depth_;
  }
  bool fired() {
    std::lock_guard lock(mu_);
    return fired_;
  }

 private:
  void watch() {
    std::unique_lock lock(mu_);
    while (!stop_) {
      if (depth_ == 0 || fired_) {
        cv_.wait(lock);
        continue;
      }
      if (cv_.wait_until(lock, deadline_) == std::cv_status::timeout && depth_ > 0 && !stop_ &&
          std::chrono::steady_clock::now() >= deadline_) {
        fired_ = true;
        ::shutdown(fd_, SHUT_RDWR);
      }
    }
  }
  std::chrono::seconds limit_;
  int fd_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false, fired_ = false;
  int depth_ = 0;
  std::chrono::steady_clock::time_point deadline_;
  std::thread thread_;
};

// Arms the watchdog for one network step.
struct Step {
  explicit Step(Watchdog* d) : dog(d) {
    if (dog) dog->arm();
  }
  ~Step() {
    if (dog) dog->disarm();
  }
  Watchdog* dog;
};

}  // namespace

const char* failure_code(Failure f) {
  switch (f) {
    case Failure::ConnectFailed: return "CONNECT_FAILED";
    case Failure::HostKeyUnknown: return "HOST_KEY_UNKNOWN";
    case Failure::HostKeyChanged: return "HOST_KEY_CHANGED";
    case Failure::AuthFailed: return "AUTH_FAILED";
    case Failure::NotFound: return "NOT_FOUND";
    case Failure::PermissionDenied: return "PERMISSION_DENIED";
    case Failure::Protocol: break;
  }
  return "SFTP_ERROR";
}

bool private_key_readable(const std::string& key, const std::string& passphrase) {
  ssh_key k = nullptr;
  const bool ok = ssh_pki_import_privkey_base64(key.c_str(), passphrase.empty() ? nullptr : passphrase.c_str(), nullptr,
                                                nullptr, &k) == SSH_OK;
  ssh_key_free(k);
  return ok;
}

struct Session::Handles {
  ssh_session ssh = nullptr;
  sftp_session sftp = nullptr;
  std::unique_ptr<Watchdog> dog;
  std::chrono::seconds timeout{30};
  ~Handles() {
    dog.reset();
    if (sftp) sftp_free(sftp);
    if (ssh) {
      ssh_disconnect(ssh);
      ssh_free(ssh);
    }
  }
};

Session::Session(const Credentials& c, bool authenticate) : h_(std::make_unique<Handles>()) {
  h_->ssh = ssh_new();
  if (!h_->ssh) throw std::bad_alloc();
  auto* s = h_->ssh;
  const std::string where = c.host + ":" + std::to_string(c.port);
  unsigned int port = static_cast<unsigned int>(c.port);
  long timeout = static_cast<long>(c.timeout.count());
  bool no = false;
  int nodelay = 1;
  // Only what is set here counts: no ~/.ssh/config, no known_hosts files, no agent or default
  // identities (the host key is checked against the administrator's accepted fingerprint).
  ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
  ssh_options_set(s, SSH_OPTIONS_HOST, c.host.c_str());
  ssh_options_set(s, SSH_OPTIONS_PORT, &port);
  ssh_options_set(s, SSH_OPTIONS_USER, c.username.c_str());
  ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
  ssh_options_set(s, SSH_OPTIONS_NODELAY, &nodelay);
  ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, "/dev/null");
  ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
  ssh_options_set(s, SSH_OPTIONS_IDENTITY_AGENT, "/dev/null");
  if (ssh_connect(s) != SSH_OK)
    throw SftpError(Failure::ConnectFailed, "cannot connect to " + where + ": " + ssh_get_error(s));
  h_->timeout = c.timeout;
  h_->dog = std::make_unique<Watchdog>(c.timeout, ssh_get_fd(s));
  Step step(h_->dog.get());

  ssh_key key = nullptr;
  if (ssh_get_server_publickey(s, &key) != SSH_OK) fail("the server sent no host key");
  unsigned char* hash = nullptr;
  std::size_t len = 0;
  const int rc = ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len);
  ssh_key_free(key);
  if (rc != SSH_OK) fail("the server's host key cannot be hashed");
  char* fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len);
  ssh_clean_pubkey_hash(&hash);
  if (!fp) throw std::bad_alloc();
  fingerprint_ = fp;
  ssh_string_free_char(fp);

  if (c.accepted_fingerprint.empty()) {
    if (!authenticate) return;
    throw SftpError(Failure::HostKeyUnknown,
                    "the host key of " + where + " has not been accepted yet: test the connection and accept " + fingerprint_,
                    fingerprint_);
  }
  const bool same = c.accepted_fingerprint.size() == fingerprint_.size() &&
                    sodium_memcmp(c.accepted_fingerprint.data(), fingerprint_.data(), fingerprint_.size()) == 0;
  if (!same)
    throw SftpError(Failure::HostKeyChanged,
                    "the host key of " + where + " has changed (" + fingerprint_ + ", accepted " + c.accepted_fingerprint +
                        "): this may be an attack; nothing was sent",
                    fingerprint_);
  if (!authenticate) return;

  int auth = SSH_AUTH_DENIED;
  if (c.auth_method == "key") {
    ssh_key k = nullptr;
    if (ssh_pki_import_privkey_base64(c.private_key.c_str(), c.passphrase.empty() ? nullptr : c.passphrase.c_str(),
                                      nullptr, nullptr, &k) != SSH_OK)
      throw SftpError(Failure::AuthFailed, "the private key cannot be read, or its passphrase is wrong");
    auth = ssh_userauth_publickey(s, nullptr, k);
    ssh_key_free(k);
  } else {
    auth = ssh_userauth_password(s, nullptr, c.password.c_str());
  }
  if (auth == SSH_AUTH_ERROR && (!ssh_is_connected(s) || ssh_get_error_code(s) == SSH_FATAL))
    throw SftpError(Failure::ConnectFailed, "the connection to " + where + " was lost while signing in: " + ssh_get_error(s));
  if (auth != SSH_AUTH_SUCCESS)
    throw SftpError(Failure::AuthFailed, "the server " + where + " refused user " + c.username + " with this " +
                                             (c.auth_method == "key" ? "key" : "password"));
  h_->sftp = sftp_new(s);
  if (!h_->sftp) fail("the server refused an SFTP session");
  if (sftp_init(h_->sftp) != SSH_OK) fail("the SFTP session did not start");
}

Session::~Session() = default;

void Session::fail(const std::string& what, const std::string& path) {
  auto* s = h_->ssh;
  const std::string detail = ssh_get_error(s);
  if (h_->dog && h_->dog->fired())
    throw SftpError(Failure::ConnectFailed, what + (path.empty() ? "" : " " + path) + ": the server sent nothing for " +
                                                std::to_string(h_->timeout.count()) + " s");
  if (!ssh_is_connected(s) || ssh_get_error_code(s) == SSH_FATAL)
    throw SftpError(Failure::ConnectFailed, what + ": the connection was lost (" + detail + ")");
  const int code = h_->sftp ? sftp_get_error(h_->sftp) : 0;
  const std::string subject = path.empty() ? what : what + " " + path;
  switch (code) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH: throw SftpError(Failure::NotFound, subject + ": no such file or directory");
    case SSH_FX_PERMISSION_DENIED: throw SftpError(Failure::PermissionDenied, subject + ": permission denied");
    case SSH_FX_NO_CONNECTION:
    case SSH_FX_CONNECTION_LOST: throw SftpError(Failure::ConnectFailed, subject + ": the connection was lost");
    default: break;
  }
  throw SftpError(Failure::Protocol, subject + (detail.empty() ? "" : ": " + detail));
}

std::vector<Entry> Session::list(const std::string& directory, std::size_t limit) {
  Step step(h_->dog.get());
  sftp_dir d = sftp_opendir(h_->sftp, directory.c_str());
  if (!d) fail("cannot open the directory", directory);
  std::vector<Entry> out;
  std::vector<std::size_t> links;
  const std::string prefix = directory.empty() || directory.back() == '/' ? directory : directory + "/";
  while (out.size() < limit) {
    Attributes a(sftp_readdir(h_->sftp, d));
    if (!a) break;
    h_->dog->touch();
    const std::string name = a->name ? a->name : "";
    if (name.empty() || name == "." || name == "..") continue;
    out.push_back(entry_of(*a, prefix + name, name));
    if (a->type == SSH_FILEXFER_TYPE_SYMLINK) links.push_back(out.size() - 1);
  }
  const bool complete = out.size() >= limit || sftp_dir_eof(d);
  sftp_closedir(d);
  if (!complete) fail("cannot read the directory", directory);
  for (auto i : links)  // a link is what it points to
    if (auto target = stat(out[i].path)) out[i] = Entry{out[i].name, out[i].path, target->size, target->modified,
                                                        target->is_directory, target->is_file};
  return out;
}

std::optional<Entry> Session::stat(const std::string& path) {
  Step step(h_->dog.get());
  Attributes a(sftp_stat(h_->sftp, path.c_str()));
  if (!a) {
    const int code = sftp_get_error(h_->sftp);
    if ((code == SSH_FX_NO_SUCH_FILE || code == SSH_FX_NO_SUCH_PATH) && ssh_is_connected(h_->ssh)) return std::nullopt;
    fail("cannot look at", path);
  }
  return entry_of(*a, path, base_name(path));
}

std::uint64_t Session::download(const std::string& remote, const std::filesystem::path& local, std::uint64_t limit,
                                const std::function<void(std::uint64_t)>& progress) {
  Step step(h_->dog.get());
  File f(sftp_open(h_->sftp, remote.c_str(), O_RDONLY, 0));
  if (!f) fail("cannot open", remote);
  std::ofstream out(local, std::ios::binary | std::ios::trunc);
  if (!out) throw std::runtime_error("cannot write " + local.string());
  std::vector<char> buf(kPiece);
  std::uint64_t total = 0;
  while (total <= limit) {
    const auto n = sftp_read(f.get(), buf.data(), buf.size());
    if (n < 0) fail("reading failed:", remote);
    if (n == 0) break;
    h_->dog->touch();
    out.write(buf.data(), n);
    if (!out) throw std::runtime_error("cannot write " + local.string());
    total += static_cast<std::uint64_t>(n);
    if (progress) progress(total);
  }
  out.close();
  if (!out) throw std::runtime_error("cannot write " + local.string());
  return total;
}

void Session::upload(const std::filesystem::path& local, const std::string& remote,
                     const std::function<void(std::uint64_t)>& progress) {
  std::ifstream in(local, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + local.string());
  Step step(h_->dog.get());
  File f(sftp_open(h_->sftp, remote.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644));
  if (!f) fail("cannot create", remote);
  std::vector<char> buf(64 * 1024);
  std::uint64_t total = 0;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto n = in.gcount();
    if (n <= 0) break;
    if (sftp_write(f.get(), buf.data(), static_cast<std::size_t>(n)) != n) fail("writing failed:", remote);
    h_->dog->touch();
    total += static_cast<std::uint64_t>(n);
    if (progress) progress(total);
  }
  if (sftp_close(f.release()) != SSH_OK) fail("closing failed:", remote);
}

void Session::rename(const std::string& from, const std::string& to) {
  Step step(h_->dog.get());
  if (sftp_rename(h_->sftp, from.c_str(), to.c_str()) == SSH_OK) return;
  // SFTP v3 refuses to replace a file: remove the old one first.
  if (stat(to)) {
    remove(to);
    if (sftp_rename(h_->sftp, from.c_str(), to.c_str()) == SSH_OK) return;
  }
  fail("cannot rename " + from + " to", to);
}

void Session::make_directory(const std::string& path) {
  Step step(h_->dog.get());
  if (sftp_mkdir(h_->sftp, path.c_str(), 0755) == SSH_OK) return;
  if (auto e = stat(path); e && e->is_directory) return;
  fail("cannot make the directory", path);
}

void Session::remove(const std::string& path) {
  Step step(h_->dog.get());
  if (sftp_unlink(h_->sftp, path.c_str()) != SSH_OK) fail("cannot remove", path);
}

std::string remote_join(const std::string& directory, const std::string& path) {
  if (!path.empty() && path.front() == '/') return path;
  std::string dir = directory.empty() ? "/" : directory;
  if (dir.back() != '/') dir += '/';
  return dir + path;
}

std::string printable(const std::string& raw) {
  if (is_valid_utf8(raw)) return raw;
  std::string out;
  for (char c : raw) out += static_cast<unsigned char>(c) < 0x80 ? c : '?';
  return out;
}

bool is_glob(const std::string& path) { return base_name(path).find_first_of("*?[") != std::string::npos; }

}  // namespace numbase::sftp
