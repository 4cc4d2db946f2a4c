#pragma once
// The case reporters of extract/data/reporters.tsv, and a matcher that finds
// which reporter abbreviations start at a position of the text. Spaces inside
// an abbreviation do not matter ("U. S." is "U.S.", "F.Supp.2d" is
// "F. Supp. 2d"), so the matcher walks a trie of the abbreviations with their
// spaces removed and skips spaces in the text.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lexgraph::citations {

struct Reporter {
  std::string abbreviation;  // canonical, "F. Supp. 2d"
  std::string slug;          // in entity ids: case:<slug>/<volume>/<page>
  std::string name;
  std::string cite_type;     // federal, scotus_early, regional, state, specialty, neutral, westlaw, lexis, foreign
  std::string level;
  std::string jurisdiction;
  std::string court;         // CourtListener id when the series prints one court only
  int start = 0;             // years of publication; 0 = unknown
  int end = 0;               // 0 = still published
  int official = -1;         // nominative reports: the row of the official series ("U.S.", "Mass.")
  int official_offset = 0;   // ... whose volume is this volume + official_offset (1 Cranch = 5 U.S.)

  // Westlaw, LEXIS and neutral citations use the year as their volume.
  bool year_is_volume() const {
    return cite_type == "neutral" || cite_type == "westlaw" || cite_type == "lexis";
  }
  // "T.C. Memo. 2019-233": the abbreviation comes before year and number.
  bool reporter_first() const { return cite_type == "reporter_first"; }
};

// One abbreviation found in the text.
struct ReporterMatch {
  std::size_t end = 0;                 // byte after the abbreviation
  const std::vector<int>* reporters = nullptr;  // indexes of the rows spelled this way
};

class ReporterTable {
 public:
  // The table of extract/data/reporters.tsv, parsed once.
  static const ReporterTable& standard();

  // Parses a reporters.tsv; rows that cannot be read go to `problems`.
  static ReporterTable parse(std::string_view tsv, std::vector<std::string>& problems);

  // Abbreviations starting at `pos`, longest first, each ending where no
  // letter or digit follows. A line break may stand for a space; a
  // paragraph break never does.
  void match_at(std::string_view text, std::size_t pos, std::vector<ReporterMatch>& out) const;

  // A reporter-first abbreviation ("T.C. Memo.") ending right before `pos`
  // (one space between): its row and start, or -1.
  int match_before(std::string_view text, std::size_t pos, std::size_t& start) const;

  // Whether a reporter abbreviation can start with this byte (a fast filter).
  bool may_start_with(char c) const { return first_bytes_[static_cast<unsigned char>(c)]; }

  const Reporter& reporter(int index) const { return reporters_[static_cast<std::size_t>(index)]; }
  std::size_t size() const { return reporters_.size(); }
  std::size_t spellings() const { return spellings_; }

  // The row for an exact spelling (spaces ignored), or -1: for tests and data checks.
  int find(std::string_view spelling) const;

 private:
  struct Node {
    std::vector<std::pair<char, int>> next;
    std::vector<int> reporters;
  };
  int child(int node, char c) const;
  void add(std::string_view spelling, int reporter, std::vector<std::string>& problems);

  std::vector<Reporter> reporters_;
  std::vector<std::pair<std::string, int>> reporter_first_;  // spelling without spaces, row
  std::vector<Node> nodes_{Node{}};
  bool first_bytes_[256] = {};
  std::size_t spellings_ = 0;
};

}  // namespace lexgraph::citations
