#pragma once
// A stored file sent as a download, streamed in pieces (never whole in memory).
#include <filesystem>
#include <string>

#include "http/message.hpp"

namespace numbase::http {

// 404 (as an ApiError) when the file is gone. `download_name` may be any UTF-8 text.
Response file_response(const std::filesystem::path& path, const std::string& content_type,
                       const std::string& download_name);

}  // namespace numbase::http
