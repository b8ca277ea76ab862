# Writes a C++ source holding openapi/openapi.json.
file(READ ${IN} doc)
set(body "// Generated from server/openapi/openapi.json by embed_openapi.cmake. Do not edit.\n")
string(APPEND body "#include \"system/openapi.hpp\"\nnamespace numbase::system {\nstd::string_view openapi_document() {\n  return R\"numbase_json(${doc})numbase_json\";\n}\n}  // namespace numbase::system\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
