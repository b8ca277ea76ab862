#pragma once
// Serving the built web UI: files under the web root, and index.html for any other path so
// the single-page app's client-side routes load.
#include <filesystem>
#include <optional>

#include "http/message.hpp"

namespace numbase::http {

// nullopt when the UI is not built (no index.html).
std::optional<Response> serve_static(const std::filesystem::path& root, const std::string& path);

}  // namespace numbase::http
