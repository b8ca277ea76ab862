#include "core/secrets.hpp"

#include <sodium.h>

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace numbase {

std::string random_hex(std::size_t bytes) {
  std::string raw(bytes, '\0');
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
  hex.pop_back();
  return hex;
}

namespace {

std::string read_key_file(const std::filesystem::path& path, std::size_t size) {
  std::ifstream in(path, std::ios::binary);
  std::string key((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (key.size() < size) throw std::runtime_error(path.string() + " is shorter than " + std::to_string(size) + " bytes");
  return key;
}

}  // namespace

std::string load_or_create_key_file(const std::filesystem::path& path, std::size_t size) {
  namespace fs = std::filesystem;
  if (fs::exists(path)) return read_key_file(path, size);
  // Several processes may start at once on one data dir (serve and worker on a shared volume):
  // each writes its own temporary file and publishes it with link(), which fails if another was
  // first; then every process reads the one key that won. Nobody sees a half-written file.
  fs::create_directories(path.parent_path());
  std::string key(size, '\0');
  randombytes_buf(key.data(), key.size());
  const fs::path tmp = path.string() + ".tmp." + random_hex(8);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(key.data(), static_cast<std::streamsize>(key.size()));
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + tmp.string());
  }
  fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write);
  const int linked = ::link(tmp.c_str(), path.c_str());
  const int error = errno;
  std::error_code ignored;
  fs::remove(tmp, ignored);
  if (linked == 0) return key;
  if (error == EEXIST) return read_key_file(path, size);
  throw std::runtime_error("cannot create " + path.string() + ": " + std::strerror(error));
}

SecretBox::SecretBox(const std::string& configured, const std::filesystem::path& data_dir) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium cannot start");
  const std::string material =
      configured.empty() ? load_or_create_key_file(data_dir / "secret.key", crypto_secretbox_KEYBYTES) : configured;
  if (!configured.empty() && configured.size() < 32)
    throw std::runtime_error("NUMBASE_SECRET_KEY must be at least 32 characters");
  key_.resize(crypto_secretbox_KEYBYTES);
  crypto_generichash(reinterpret_cast<unsigned char*>(key_.data()), key_.size(),
                     reinterpret_cast<const unsigned char*>(material.data()), material.size(), nullptr, 0);
}

std::string SecretBox::seal(std::string_view plain) const {
  std::string out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, reinterpret_cast<const unsigned char*>(plain.data()),
                        plain.size(), nonce, reinterpret_cast<const unsigned char*>(key_.data()));
  return out;
}

std::optional<std::string> SecretBox::open(std::string_view sealed) const {
  if (sealed.size() < crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) return std::nullopt;
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  const auto* cipher = nonce + crypto_secretbox_NONCEBYTES;
  const std::size_t cipher_size = sealed.size() - crypto_secretbox_NONCEBYTES;
  std::string plain(cipher_size - crypto_secretbox_MACBYTES, '\0');
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()), cipher, cipher_size, nonce,
                                 reinterpret_cast<const unsigned char*>(key_.data())) != 0)
    return std::nullopt;
  return plain;
}

}  // namespace numbase
