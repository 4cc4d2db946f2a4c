#pragma once
// Query words -> index terms. The index writer makes its terms with
// Xapian::TermGenerator; the query side runs the same TermGenerator over
// what the user typed, so both agree by construction ("Kollar-Kotelly" ->
// kollar kotelly, "D.D.C." -> ddc, "§ 6103" -> 6103, "AT&T" -> at&t).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "search/query_ast.h"

namespace lexgraph {

// The terms of `text` (one word, or the inside of a quoted phrase) in
// position order. The universal character '*' and the root expander '!'
// survive as patterns. Throws QuerySyntaxError for a misplaced '!' or a
// word that starts with '*'; `column` (of text's first character) goes
// into the message. Returns nothing for text without searchable
// characters ("§", "-").
std::vector<TermPattern> analyze_query_text(std::string_view text, std::size_t column);

// Every way the index may have split `text`. TermGenerator reads "D.D.C."
// as the acronym ddc but "d.d.c." as three words d d c, so a chunk with a
// full stop is also read upper-cased, and both readings are kept when they
// differ (the original first). At most kMaxReadings readings.
inline constexpr std::size_t kMaxReadings = 4;
std::vector<std::vector<TermPattern>> analyze_query_readings(std::string_view text, std::size_t column);

// "Z"-prefixed English stems of a plain body term, exactly as the index
// writer's TermGenerator (STEM_SOME) makes them; empty for terms it does
// not stem (numbers).
std::string stem_term(const std::string& term);

}  // namespace lexgraph
