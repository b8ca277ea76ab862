#pragma once
// The digests the PBXs sign with, both ways (their webhooks to us, our API calls to them).
#include <string>

namespace numbase::softphone {

// Zadarma: base64 of the lower-case hex of HMAC-SHA1(secret, message) — the hex, as PHP's
// hash_hmac gives it, is what is base64-encoded.
std::string base64_of_hex_hmac_sha1(const std::string& secret, const std::string& message);

// Mango: lower-case hex SHA-256 of `message`.
std::string sha256_hex(const std::string& message);

// Zadarma's API signs the parameters' MD5 too (lower-case hex).
std::string md5_hex(const std::string& message);

}  // namespace numbase::softphone
