// JSON request bodies: parse_json_object, then FieldReader pulling a few typed fields as
// handlers do. ApiError (400 MALFORMED_JSON, 422 VALIDATION_ERROR) is the expected answer.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/json_input.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  try {
    // The first byte picks allow_empty, so an empty body takes both paths.
    const auto object = numbase::parse_json_object(body, size > 0 && (data[0] & 1));
    numbase::FieldReader fields(object);
    fields.string("name", true);
    fields.string("username", false);
    fields.boolean("is_active", false);
    fields.integer("project_id", false);
    fields.integer("limit", false);
    (void)fields.has("comment");
    fields.finish();
  } catch (const numbase::ApiError&) {
  } catch (...) {
    numbase::fuzz::unexpected_exception();
  }
  return 0;
}
