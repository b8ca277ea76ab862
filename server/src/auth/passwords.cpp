#include "auth/passwords.hpp"

#include <sodium.h>

#include <stdexcept>

namespace numbase::auth {

std::string hash_password(std::string_view password) {
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error("out of memory while hashing a password");
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

void verify_dummy_password(std::string_view password) {
  static const std::string dummy = hash_password("numbase-dummy-password");
  (void)verify_password(dummy, password);
}

std::string password_problem(std::string_view password) {
  if (password.size() < 8) return "must be at least 8 characters";
  if (password.size() > 256) return "must be at most 256 characters";
  return {};
}

}  // namespace numbase::auth
