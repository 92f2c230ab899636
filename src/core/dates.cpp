#include "core/dates.h"

#include <cstdio>
#include <string>

namespace aims {

namespace {
int num(std::string_view s, std::size_t pos, std::size_t len) { return std::stoi(std::string(s.substr(pos, len))); }
}  // namespace

// Howard Hinnant's public-domain civil calendar algorithms.
long days_from_civil(std::string_view iso) {
  long y = num(iso, 0, 4);
  unsigned m = static_cast<unsigned>(num(iso, 5, 2));
  unsigned d = static_cast<unsigned>(num(iso, 8, 2));
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? static_cast<unsigned>(-3) : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

std::string add_days(std::string_view iso, long days) { return civil_from_days(days_from_civil(iso) + days); }

std::string add_months(std::string_view iso, int months) {
  int y = num(iso, 0, 4);
  int m = num(iso, 5, 2) - 1 + months;
  int d = num(iso, 8, 2);
  y += m >= 0 ? m / 12 : (m - 11) / 12;
  m = ((m % 12) + 12) % 12 + 1;
  static const int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = len[m - 1] + (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 1 : 0);
  if (d > max) d = max;
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

long days_between(std::string_view from, std::string_view to) { return days_from_civil(to) - days_from_civil(from); }

}  // namespace aims
