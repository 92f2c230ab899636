// Calendar arithmetic on ISO dates ("YYYY-MM-DD"), enough for deadlines and roadmaps.
#pragma once
#include <string>
#include <string_view>

namespace aims {

// Days since 1970-01-01 of a valid ISO date.
long days_from_civil(std::string_view iso);
std::string civil_from_days(long days);
std::string add_days(std::string_view iso, long days);
// Adds whole months, clamping the day to the end of the target month.
std::string add_months(std::string_view iso, int months);
long days_between(std::string_view from, std::string_view to);

}  // namespace aims
