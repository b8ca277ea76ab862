#pragma once
// The registry file shipped in the binary (server/data/ru-numbering-plan/DEF-9xx.csv, compiled in
// by cmake/embed_numbering_plan.cmake), loaded at first start.
#include <string_view>

namespace numbase::numbering {

std::string_view embedded_registry();

}  // namespace numbase::numbering
