#pragma once
// The grammar of one case citation, without names around it:
//   full   "410 U.S. 113", "5 U.S. (1 Cranch) 137", "603 U.S. ___",
//          "2019 WL 1234567", "2006-Ohio-2095"
//   short  "531 U.S., at 99", "531 U.S. at 99", "285 U.S. p. 400"
// plus the pin cites that follow a page and the parentheticals after it.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "extract/citations/reporter_table.h"

namespace lexgraph::citations {

struct CiteCore {
  std::size_t start = 0;          // first byte of the volume
  std::size_t end = 0;            // after the page (full) or the pin (short)
  bool is_short = false;
  std::string_view volume;
  int reporter = -1;              // row of ReporterTable
  std::string_view reporter_text; // as written
  std::string_view page;          // empty: "___" placeholder (full) or short form
  std::string pin;                // short forms: "99", "99-100"
  std::string_view nominative;    // "1 Cranch" in "5 U.S. (1 Cranch) 137"
};

// Whether a volume may start at `pos`: a digit that is not the tail of a
// number, a word, a section or an amount.
bool volume_may_start(std::string_view text, std::size_t pos);

// Parses a citation whose volume starts at `pos`; false when there is none.
bool parse_core(const ReporterTable& table, std::string_view text, std::size_t pos, CiteCore& out);

// "T.C. Memo. 2019-233": a reporter-first citation whose year starts at `pos`.
bool parse_reporter_first(const ReporterTable& table, std::string_view text, std::size_t pos, CiteCore& out);

// Pin cites from `pos`: "120", "120-21", "120 n. 5", "*4", "¶ 12",
// "pp. 45, 64", "119:12-14", each optionally after "at". A comma-separated
// number that begins another citation is not a pin (`starts_citation`).
// Returns the end of the pin cite (== pos when there is none).
std::size_t parse_pin(std::string_view text, std::size_t pos, std::string& pin,
                      const std::function<bool(std::size_t)>& starts_citation);

// A balanced parenthetical opening at `pos` ('(' or '['), bounded in
// length and depth; returns its end (after the closing bracket) or `pos`.
std::size_t parenthetical_end(std::string_view text, std::size_t pos);

// What a citation's parenthetical says about the decision: "(9th Cir. 2019)",
// "(S.D.N.Y. Mar. 3, 2020)", "(1973)", "(CA 5, 1983)".
struct CourtYear {
  std::string court;  // "9th Cir."; empty when only the year is given
  int year = 0;
};
bool parse_court_year(std::string_view inside, CourtYear& out);

}  // namespace lexgraph::citations
