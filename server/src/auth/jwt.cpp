#include "auth/jwt.hpp"

#include <sodium.h>
#include <sys/stat.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "core/secrets.hpp"

namespace numbase::auth {

std::string base64url(std::string_view bytes) {
  std::string out(sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(std::char_traits<char>::length(out.c_str()));
  return out;
}

std::optional<std::string> base64url_decode(std::string_view text) {
  std::string out(text.size(), '\0');
  size_t len = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                        &len, &end, sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      end != text.data() + text.size())
    return std::nullopt;
  out.resize(len);
  return out;
}

JwtSigner::JwtSigner(std::string key) : key_(std::move(key)) {
  if (key_.size() < 32) throw std::runtime_error("the token signing key must be at least 32 bytes");
}

std::string JwtSigner::mac(std::string_view data) const {
  unsigned char out[crypto_auth_hmacsha256_BYTES];
  crypto_auth_hmacsha256_state st;
  crypto_auth_hmacsha256_init(&st, reinterpret_cast<const unsigned char*>(key_.data()), key_.size());
  crypto_auth_hmacsha256_update(&st, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  crypto_auth_hmacsha256_final(&st, out);
  return std::string(reinterpret_cast<char*>(out), sizeof out);
}

std::string JwtSigner::sign(const boost::json::object& claims) const {
  static const std::string header = base64url(R"({"alg":"HS256","typ":"JWT"})");
  std::string signing_input = header + "." + base64url(boost::json::serialize(claims));
  return signing_input + "." + base64url(mac(signing_input));
}

std::optional<boost::json::object> JwtSigner::verify(std::string_view token, std::int64_t now) const {
  auto dot1 = token.find('.');
  if (dot1 == std::string_view::npos) return std::nullopt;
  auto dot2 = token.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos || token.find('.', dot2 + 1) != std::string_view::npos) return std::nullopt;

  auto header_json = base64url_decode(token.substr(0, dot1));
  auto payload_json = base64url_decode(token.substr(dot1 + 1, dot2 - dot1 - 1));
  auto signature = base64url_decode(token.substr(dot2 + 1));
  if (!header_json || !payload_json || !signature) return std::nullopt;

  boost::system::error_code ec;
  auto header = boost::json::parse(*header_json, ec);
  if (ec || !header.is_object()) return std::nullopt;
  const auto* alg = header.as_object().if_contains("alg");
  if (!alg || !alg->is_string() || alg->as_string() != "HS256") return std::nullopt;

  const std::string expected = mac(token.substr(0, dot2));
  if (signature->size() != expected.size() || sodium_memcmp(signature->data(), expected.data(), expected.size()) != 0)
    return std::nullopt;

  auto payload = boost::json::parse(*payload_json, ec);
  if (ec || !payload.is_object()) return std::nullopt;
  const auto* exp = payload.as_object().if_contains("exp");
  if (!exp || !exp->is_int64() || exp->as_int64() <= now) return std::nullopt;
  return std::move(payload.as_object());
}

std::string load_or_create_signing_key(const std::string& configured, const std::string& data_dir) {
  if (!configured.empty()) {
    if (configured.size() < 32) throw std::runtime_error("NUMBASE_JWT_SECRET must be at least 32 characters");
    return configured;
  }
  return load_or_create_key_file(std::filesystem::path(data_dir) / "jwt.key", 32);
}

}  // namespace numbase::auth
