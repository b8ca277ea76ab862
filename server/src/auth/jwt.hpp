#pragma once
// JSON Web Tokens signed with HMAC-SHA256 (HS256). Only HS256 is accepted on the way in:
// "alg": "none" or any other algorithm is rejected.
#include <boost/json/object.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace numbase::auth {

class JwtSigner {
 public:
  // key: at least 32 bytes of secret.
  explicit JwtSigner(std::string key);
  std::string sign(const boost::json::object& claims) const;
  // The claims when the signature is valid and "exp" is after now (seconds since epoch).
  std::optional<boost::json::object> verify(std::string_view token, std::int64_t now) const;

 private:
  std::string mac(std::string_view data) const;
  std::string key_;
};

std::string base64url(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);

// The signing key: NUMBASE_JWT_SECRET when set, else <data dir>/jwt.key, generated once
// (32 random bytes, mode 0600).
std::string load_or_create_signing_key(const std::string& configured, const std::string& data_dir);

}  // namespace numbase::auth
