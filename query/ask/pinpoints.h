#pragma once
// A pinpoint citation: "8 U.S.C. § 1231(c)(2)(C)" cites subparagraph (C)
// of paragraph (2) of subsection (c). A question citing one asks about the
// text under it, which in a long section is a few lines among hundreds.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lexgraph::ask {

// The subdivisions cited after section `section` in `citation`:
// ("8 U.S.C. § 1231(c)(2)(C)", "1231") -> {"c", "2", "C"}; empty when the
// citation cites the whole section or does not name it.
std::vector<std::string> pinpoint_path(std::string_view citation, std::string_view section);

// Where the subdivision `path` stands in a section's text: from the line
// opening with its first mark ("(c)") to the line opening with the mark
// after it at the same level ("(d)"), narrowed level by level. The marks'
// kinds follow the United States Code: subsection (a), paragraph (1),
// subparagraph (A), clause (i), subclause (I). nullopt when a level's mark
// opens no line.
std::optional<std::pair<std::size_t, std::size_t>> pinpoint_span(std::string_view text,
                                                                  const std::vector<std::string>& path);

}  // namespace lexgraph::ask
