#pragma once
// The providers dictionary (suppliers of numbers): list, read, create, change, delete.
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::dictionaries {

http::Response list_providers(http::RequestContext& ctx);
http::Response get_provider(http::RequestContext& ctx);
http::Response create_provider(http::RequestContext& ctx);
http::Response update_provider(http::RequestContext& ctx);
http::Response delete_provider(http::RequestContext& ctx);

}  // namespace numbase::dictionaries
