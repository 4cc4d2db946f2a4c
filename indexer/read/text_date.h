#pragma once
// Dates as people write them in legal headers ("November 20, 2025",
// "Nov. 20, 2025", "11/20/2025", "2025-11-20T19:43:00Z") turned into the
// ISO 8601 form Document::date promises: "2025-11-20", or partial
// "2025-11" / "2025" when that is all the source says.
#include <optional>
#include <string>
#include <string_view>

namespace lexgraph {

// The ISO form of `written`, or nullopt when it is not a date we can read
// (or names an impossible one, such as February 30). Empty input gives "".
std::optional<std::string> normalize_date(std::string_view written);

// A slip opinion's decision date on a line of its own among its first
// `probe` bytes, under the caption ("                 January 10, 1994",
// "Decided: June 2, 1994"): the day, month written as a word; "" when no
// such line comes first. For texts whose metadata gives no date.
std::string decision_date_line(std::string_view text, std::size_t probe = 6000);

}  // namespace lexgraph
