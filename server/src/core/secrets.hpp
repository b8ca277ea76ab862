#pragma once
// Secrets at rest (PBX keys and the like): sealed with libsodium's secretbox
// (XSalsa20-Poly1305, a fresh random nonce each time) under the installation's master key:
// NUMBASE_SECRET_KEY, or 32 random bytes generated once into <data dir>/secret.key (0600).
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace numbase {

// `bytes` random bytes as lower-case hex (names, ids and tokens nobody may guess).
std::string random_hex(std::size_t bytes);

// A key file's bytes, made (random, `size` bytes, mode 0600) when it does not exist yet.
std::string load_or_create_key_file(const std::filesystem::path& path, std::size_t size);

class SecretBox {
 public:
  // `configured` (any length, hashed to a key) when given, else the data dir's secret.key.
  SecretBox(const std::string& configured, const std::filesystem::path& data_dir);
  // nonce || ciphertext, as bytes.
  std::string seal(std::string_view plain) const;
  // nullopt when it was not sealed with this key (or was tampered with).
  std::optional<std::string> open(std::string_view sealed) const;

 private:
  std::string key_;
};

}  // namespace numbase
