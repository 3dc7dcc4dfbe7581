# Warnings on, and clean: every project target gets these through pv_warnings.
add_library(pv_warnings INTERFACE)
target_compile_options(pv_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
  -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
if(PORTEVOIX_WERROR)
  target_compile_options(pv_warnings INTERFACE -Werror)
endif()

# pv_module(NAME SOURCES... [DEPS ...]): one static library per module.
function(pv_module name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPS")
  add_library(${name} STATIC ${arg_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${arg_DEPS} PRIVATE pv_warnings)
endfunction()
