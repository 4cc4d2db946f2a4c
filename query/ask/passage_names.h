#pragma once
// Finding who and what a passage names beyond the extractor's mentions: an
// entity by its aliases or, for a person, by surname alone; a document's
// own title (its metadata, or a docket's "Title:" line) holding a
// question's name; capitalized names the extractor did not type, next to
// the word the question asks by ("his current employer SPIREON"); a
// citation split off as a sentence of its own.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ask/question_analysis.h"
#include "ask/stored_document.h"

namespace lexgraph::ask {

// The longest alias of `e` in the sentence, as [start, end).
std::optional<std::pair<std::size_t, std::size_t>> find_entity(std::string_view s, const StoredEntity& e);

// Where a sentence names `e` more than once ("barred by 12 U.S.C.
// 1821(d)(13)(D)(i) ..., and ... injunctive relief was precluded by 12
// U.S.C. 1821(j)"): the mention with the most of the question's `terms` in
// the words just before it, in its own clause; the longest alias's first
// mention (find_entity) when none has more than another.
std::optional<std::pair<std::size_t, std::size_t>> find_entity_near_terms(std::string_view s, const StoredEntity& e,
                                                                          const std::vector<std::string>& terms);

// A person the document names in full once and by surname after that
// ("Defendant Leon, his agents ..."): the surname as written (capitalized
// or in capitals), at least four letters.
std::optional<std::pair<std::size_t, std::size_t>> find_surname(std::string_view s, const StoredEntity& e);

// Every distinctive word of `name` ("Maryland" of "State of Maryland"; not
// "State", "of", "United", "v") is a word of `title`, and there are at least `at_least`.
bool title_holds_distinctive_words(std::string_view title, std::string_view name, std::size_t at_least);

// The value of a docket page's "Title:" (or "Case Title:", "Caption:",
// "Case Name:") line among its first sentences; "" when it has none.
std::string title_line(const StoredDocument& doc);

// The document has no title but its own first line: no title metadata, or
// a title that is its heading ("18 U.S.C. § 1001. Statements or entries
// generally"), as a statute's text gives itself.
bool titled_by_own_heading(const StoredDocument& doc);

// A citation standing as a sentence of its own: short, opening as
// citations do ("40 C.F.R. § 1065.701(a).", "Id. § 7431(c).", "See 18 U.S.C. 1001.").
bool is_citation_sentence(std::string_view s);

// The words (crude stems) an untyped name of the asked kind stands next
// to: the asked noun ("employer", "city") and its family (word_families.tsv),
// a court's words ("District", "Circuit") for a court, and for an
// organization the family of the question's words ("employs" -> "employer").
std::unordered_set<std::string> untyped_name_anchors(const QuestionAnalysis& q);

// Could `name` (a capitalized run, capitalized_name_at) be what is asked?
// Not a party's role or a month, not the question's own entity, not a name
// the document types as something not asked (a person), and for a court
// one saying which court ("Southern District of New York", not "a United
// States District Court").
bool plausible_untyped_name(std::string_view name, const StoredDocument& doc, const QuestionAnalysis& q);

}  // namespace lexgraph::ask
