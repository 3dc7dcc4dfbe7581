# cmake -DINPUT=file -DOUTPUT=file.cpp -DNAMESPACE=ns -DFUNCTION=name -P EmbedFile.cmake
# Writes a C++ source whose function returns the file's text, so that the
# binary carries it (the demo's example charter) and needs no source tree.
file(READ "${INPUT}" text)
file(WRITE "${OUTPUT}.tmp"
"// Generated from ${INPUT} by cmake/EmbedFile.cmake. Do not edit.\n"
"#include <string_view>\n\n"
"namespace ${NAMESPACE} {\n\n"
"std::string_view ${FUNCTION}() {\n"
"  static constexpr std::string_view kText = R\"pvtext(${text})pvtext\";\n"
"  return kText;\n}\n\n}  // namespace ${NAMESPACE}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
