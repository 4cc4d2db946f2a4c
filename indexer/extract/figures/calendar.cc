#include "extract/figures/calendar.h"

#include <cstdio>
#include <cstdlib>

namespace lexgraph::figures {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian).
long days_from_civil(int year, int month, int day) {
  const long y = static_cast<long>(year) - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long mp = (month + 9) % 12;
  const long doy = (153 * mp + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const long doe = days - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int weekday_of(const CivilDate& date) {
  const long days = days_from_civil(date.year, date.month, date.day);
  long weekday = (days + 4) % 7;  // 1970-01-01 was a Thursday
  if (weekday < 0) weekday += 7;
  return static_cast<int>(weekday);
}

std::string to_iso(const CivilDate& date) {
  char buf[16];
  if (date.has_day()) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  } else if (date.has_month()) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", date.year);
  }
  return buf;
}

namespace {

std::optional<int> digits_at(std::string_view s, std::size_t pos, std::size_t count) {
  if (pos + count > s.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

}  // namespace

std::optional<CivilDate> parse_iso(std::string_view iso) {
  std::optional<int> year = digits_at(iso, 0, 4);
  if (!year || *year < 1) return std::nullopt;
  CivilDate date{*year, 0, 0};
  if (iso.size() == 4) return date;
  if (iso[4] != '-') return std::nullopt;
  std::optional<int> month = digits_at(iso, 5, 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (iso.size() == 7) return date;
  if (iso[7] != '-') return std::nullopt;
  std::optional<int> day = digits_at(iso, 8, 2);
  if (!day || !is_valid_date(date.year, date.month, *day)) return std::nullopt;
  if (iso.size() > 10 && iso[10] != 'T' && iso[10] != ' ') return std::nullopt;
  date.day = *day;
  return date;
}

CivilDate resolve_weekday(const CivilDate& anchor, int weekday, Direction direction) {
  const long base = days_from_civil(anchor.year, anchor.month, anchor.day);
  const int today = weekday_of(anchor);
  int back = (today - weekday + 7) % 7;     // days back to the latest one not after the anchor
  int forward = (weekday - today + 7) % 7;  // days on to the next one not before it
  long target = base;
  switch (direction) {
    case Direction::on_or_before: target = base - back; break;
    case Direction::before: target = base - (back == 0 ? 7 : back); break;
    case Direction::on_or_after: target = base + forward; break;
    case Direction::after: target = base + (forward == 0 ? 7 : forward); break;
  }
  return civil_from_days(target);
}

int resolve_month_year(const CivilDate& anchor, int month, Direction direction) {
  switch (direction) {
    case Direction::on_or_before: return month <= anchor.month ? anchor.year : anchor.year - 1;
    case Direction::before: return month < anchor.month ? anchor.year : anchor.year - 1;
    case Direction::on_or_after: return month >= anchor.month ? anchor.year : anchor.year + 1;
    case Direction::after: return month > anchor.month ? anchor.year : anchor.year + 1;
  }
  return anchor.year;
}

int nearest_year(const CivilDate& anchor, int month, int day) {
  const long base = days_from_civil(anchor.year, anchor.month, anchor.day);
  int best = anchor.year;
  long best_distance = -1;
  for (int year = anchor.year - 1; year <= anchor.year + 1; ++year) {
    // February 29 exists only in leap years; elsewhere it is not a candidate.
    if (!is_valid_date(year, month, day)) continue;
    const long distance = std::labs(days_from_civil(year, month, day) - base);
    if (best_distance < 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

CivilDate add_months(const CivilDate& anchor, int months) {
  const int index = anchor.year * 12 + (anchor.month - 1) + months;
  return {index / 12, index % 12 + 1, 0};
}

}  // namespace lexgraph::figures
