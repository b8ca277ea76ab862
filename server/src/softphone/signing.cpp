#include "softphone/signing.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sodium.h>

#include <cstring>

namespace numbase::softphone {
namespace {

std::string hex(const unsigned char* bytes, std::size_t n) {
  std::string out(n * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, n);
  out.pop_back();
  return out;
}

}  // namespace

std::string base64_of_hex_hmac_sha1(const std::string& secret, const std::string& message) {
  // SHA-1 because the PBX says so: libsodium has none, OpenSSL's libcrypto does.
  unsigned char mac[20];
  unsigned int length = 0;
  if (!HMAC(EVP_sha1(), secret.data(), static_cast<int>(secret.size()),
            reinterpret_cast<const unsigned char*>(message.data()), message.size(), mac, &length) ||
      length != sizeof mac)
    return {};
  const auto h = hex(mac, sizeof mac);
  std::string b64(sodium_base64_ENCODED_LEN(40, sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(b64.data(), b64.size(), reinterpret_cast<const unsigned char*>(h.data()), h.size(),
                    sodium_base64_VARIANT_ORIGINAL);
  b64.resize(std::strlen(b64.c_str()));
  return b64;
}

std::string sha256_hex(const std::string& message) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(message.data()), message.size());
  return hex(digest, sizeof digest);
}

std::string md5_hex(const std::string& message) {
  unsigned char digest[16];
  unsigned int length = 0;
  if (!EVP_Digest(message.data(), message.size(), digest, &length, EVP_md5(), nullptr) || length != sizeof digest)
    return {};
  return hex(digest, sizeof digest);
}

}  // namespace numbase::softphone
