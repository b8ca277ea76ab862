#pragma once
#include <vector>

#include "core/errors.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace numbase::imports {

http::Response create_import(http::RequestContext& ctx);
http::Response preview_import(http::RequestContext& ctx);
http::Response list_imports(http::RequestContext& ctx);
http::Response get_import(http::RequestContext& ctx);
http::Response download_error_report(http::RequestContext& ctx);

// The multipart part "file" of an upload route; "is required" / "is empty" go to `issues`.
const http::UploadedFile& uploaded_file(const http::RequestContext& ctx, std::vector<FieldIssue>& issues);

}  // namespace numbase::imports
