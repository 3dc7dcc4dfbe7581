# cmake -DOUTPUT=file.cpp -DNAMESPACE=ns -DFILES="a.sql|b.sql" -P EmbedMigrations.cmake
# Writes a C++ source holding the migrations as string constants, so that the
# binary carries its schema and needs no schema/ directory at run time.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "")
set(index 0)
foreach(file IN LISTS FILES)
  math(EXPR index "${index} + 1")
  get_filename_component(name "${file}" NAME_WE)
  file(READ "${file}" sql)
  string(APPEND body "    {${index}, \"${name}\", R\"pvsql(${sql})pvsql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from schema/ by cmake/EmbedMigrations.cmake. Do not edit.\n"
"#include \"store/migration.h\"\n\n"
"namespace ${NAMESPACE} {\n\n"
"const std::vector<pv::store::Migration>& migrations() {\n"
"  static const std::vector<pv::store::Migration> kMigrations = {\n${body}  };\n"
"  return kMigrations;\n}\n\n}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
