#pragma once
// GET /softphone/number/{phone}: what an operator's pop-up shows when a call starts — the
// numbers with that phone in the caller's projects, each with its last calls.
#include <cstdint>
#include <optional>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"

namespace numbase::softphone {

// The pop-up's cards of `phone` (E.164 digits) as a JSON array, in the projects `member` is in
// (every project when nullopt), the most recently received first.
std::string popup_cards(db::Connection& conn, std::int64_t phone, std::optional<std::int64_t> member);

http::Response number_popup(http::RequestContext& ctx);

}  // namespace numbase::softphone
