#pragma once
// Callbacks coming due (issue 14): a signed-in manager's open page hears of each reminder on a
// number assigned to them when its time comes, over server-sent events, with a link to the card.
#include <boost/json/array.hpp>

#include <cstdint>
#include <string>

#include "db/connection.hpp"
#include "http/router.hpp"

namespace numbase::reminders {

struct Due {
  boost::json::array numbers;  // {id, phone_number, company, reminder_at, project_id, project_name}
  std::string until;           // the database's now (UTC, microseconds): the next look's `since`
};

// The reminders on `user`'s numbers that came due after `since` (UTC, as `until` gives it; empty:
// only the database's now is returned), up to 20, earliest first.
Due due_since(db::Connection& conn, std::int64_t user, const std::string& since);

// GET /reminders/events: `event: reminder` with each number whose reminder comes due while the
// stream is open (looked for every 5 seconds, holding a connection only to look).
http::Response events(http::RequestContext& ctx);

}  // namespace numbase::reminders
