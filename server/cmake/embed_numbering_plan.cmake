# Writes a C++ source holding data/ru-numbering-plan/DEF-9xx.csv (the registry loaded at first start).
file(READ ${IN} csv)
set(body "// Generated from server/data/ru-numbering-plan by embed_numbering_plan.cmake. Do not edit.\n")
string(APPEND body "#include \"numbering/embedded.hpp\"\nnamespace numbase::numbering {\nstd::string_view embedded_registry() {\n  return R\"numbase_csv(${csv})numbase_csv\";\n}\n}  // namespace numbase::numbering\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
