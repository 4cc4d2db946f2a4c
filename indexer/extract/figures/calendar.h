#pragma once
// Civil-calendar arithmetic for dates in text: validity, weekdays, ISO
// strings, and resolving words such as "Thursday", "last April" or "earlier
// this month" against the document's date.

#include <optional>
#include <string>
#include <string_view>

namespace lexgraph::figures {

// A date known to the year, the month or the day (month/day 0 = unknown).
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  bool has_month() const { return month != 0; }
  bool has_day() const { return day != 0; }
  bool operator==(const CivilDate&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);

// Days since 1970-01-01 (negative before), and back.
long days_from_civil(int year, int month, int day);
CivilDate civil_from_days(long days);

// 0 = Sunday ... 6 = Saturday.
int weekday_of(const CivilDate& date);

// "2025-11-20", "2025-11" or "2025", as far as the date is known.
std::string to_iso(const CivilDate& date);

// Reads Document::date ("2025-11-20", "2025-11", "2025", "2025-11-20T10:00Z");
// nullopt when it is empty or not ISO.
std::optional<CivilDate> parse_iso(std::string_view iso);

// Which occurrence of a weekday or month a relative phrase means.
enum class Direction {
  on_or_before,  // "said Thursday", "in April": the latest one not after the anchor
  before,        // "last Thursday", "last April": the latest one strictly before
  on_or_after,   // "will rule on Monday"
  after,         // "next Monday", "next April"
};

// The weekday (0-6) relative to a full date.
CivilDate resolve_weekday(const CivilDate& anchor, int weekday, Direction direction);

// The year of a month (1-12) relative to a date known at least to the month.
int resolve_month_year(const CivilDate& anchor, int month, Direction direction);

// The year that puts month/day nearest to a date known to the day ("Sept.
// 3" written in a November article is this September, in a February
// article last September... within six months either way).
int nearest_year(const CivilDate& anchor, int month, int day);

// anchor plus `months` months (anchor known to the month): "last month".
CivilDate add_months(const CivilDate& anchor, int months);

}  // namespace lexgraph::figures
