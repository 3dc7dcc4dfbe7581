# Every dependency comes from Debian's packages (deploy/setup installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.11 CONFIG REQUIRED)
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
find_package(Boost 1.81 CONFIG REQUIRED COMPONENTS url)
# Time zones (the firm's local day): the IANA database of the system.
find_package(date CONFIG REQUIRED)

if(PORTEVOIX_FUZZ)
  return()
endif()

find_package(SQLite3 REQUIRED)
find_package(OpenSSL REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(spdlog CONFIG REQUIRED)
if(PORTEVOIX_TESTS)
  find_package(GTest REQUIRED)
endif()
