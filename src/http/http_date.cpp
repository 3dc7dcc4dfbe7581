#include "http/http_date.h"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace pv::http {
namespace {

constexpr std::array<std::string_view, 7> kDays = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool number(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string format_http_date(TimePoint t) {
  using namespace std::chrono;
  auto secs = floor<seconds>(t);
  auto day = floor<days>(secs);
  year_month_day ymd(day);
  hh_mm_ss hms(secs - day);
  weekday wd(day);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02u %s %04d %02d:%02d:%02d GMT",
                kDays[wd.c_encoding()].data(), static_cast<unsigned>(ymd.day()),
                kMonths[static_cast<unsigned>(ymd.month()) - 1].data(),
                static_cast<int>(ymd.year()), static_cast<int>(hms.hours().count()),
                static_cast<int>(hms.minutes().count()), static_cast<int>(hms.seconds().count()));
  return buf;
}

std::optional<TimePoint> parse_http_date(std::string_view s) {
  using namespace std::chrono;
  // "Sun, 06 Nov 1994 08:49:37 GMT": fixed positions.
  if (s.size() != 29 || s.substr(3, 2) != ", " || s[7] != ' ' || s[11] != ' ' || s[16] != ' ' ||
      s[19] != ':' || s[22] != ':' || s.substr(25) != " GMT") {
    return std::nullopt;
  }
  int d = 0, y = 0, hh = 0, mm = 0, ss = 0;
  if (!number(s.substr(5, 2), d) || !number(s.substr(12, 4), y) || !number(s.substr(17, 2), hh) ||
      !number(s.substr(20, 2), mm) || !number(s.substr(23, 2), ss)) {
    return std::nullopt;
  }
  unsigned m = 0;
  while (m < kMonths.size() && kMonths[m] != s.substr(8, 3))
    ++m;
  if (m == kMonths.size() || hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  year_month_day ymd{year(y), month(m + 1), day(static_cast<unsigned>(d))};
  if (!ymd.ok()) return std::nullopt;
  return TimePoint(sys_days(ymd) + hours(hh) + minutes(mm) + seconds(ss));
}

}  // namespace pv::http
