#pragma once
// Courts as written in case-citation parentheticals ("9th Cir.", "S.D.N.Y.",
// "CA9", "Bankr. D. Del.") -> CourtListener court ids, from
// extract/data/citation_courts.tsv.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lexgraph::citations {

class CourtTable {
 public:
  static const CourtTable& standard();
  static CourtTable parse(std::string_view tsv, std::vector<std::string>& problems);

  // The court id for a parenthetical's court text, or "" when unknown.
  std::string lookup(std::string_view written) const;

  std::size_t size() const { return ids_.size(); }

  // Spaces, periods and case dropped, ordinals read as numbers: "2d Cir." -> "2cir".
  static std::string key(std::string_view written);

 private:
  std::unordered_map<std::string, std::string> ids_;
};

}  // namespace lexgraph::citations
