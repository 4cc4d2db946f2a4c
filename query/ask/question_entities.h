#pragma once
// The entities of a question beyond what the extractor reads: institutions
// named by description ("the aviation agency", "the Justices"), case
// captions and possessive party names the extractor leaves unresolved, and
// the graph's names for an entity. Used by question_analysis.cc.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ask/question_analysis.h"
#include "ask/text_match.h"

namespace lexgraph::ask {

// The entity's own text, plus the graph's name and aliases for its id (and
// the graph's identity for the id) when a graph is given.
void add_graph_aliases(QuestionEntity& e, const KnowledgeGraph* graph);

// "Reed's": a possessive follows the mention ending at `end`.
bool possessive_at(std::string_view text, std::size_t end);

// "Taylor v. North Carolina", "Long vs. Wilkie": a case caption.
bool names_a_case(std::string_view name);

// "Johnson v. State of Maryland" -> ("Johnson", "State of Maryland");
// ("", "") when the text is not a caption.
std::pair<std::string_view, std::string_view> caption_sides(std::string_view text);

// "the aviation agency", "the Veterans Claims court": adds the one
// institution of the gazetteer whose full name has every descriptive word,
// marking the words taken; nothing when none or several fit.
void add_described_institutions(const std::vector<Word>& words, std::vector<bool>& taken, const KnowledgeGraph* graph,
                                QuestionAnalysis& q);

// "the Justices": words standing for one institution (question_descriptions.tsv).
void add_table_descriptions(const std::string& text, const std::vector<Word>& words, std::vector<bool>& taken,
                            const KnowledgeGraph* graph, QuestionAnalysis& q);

// "National Bellas Hess v. Department of Revenue": a caption the question
// shortens resolves to the one case of the graph whose sides begin with its
// sides ("National Bellas Hess, Inc. v. Department of Revenue of Illinois");
// false when none or several do.
bool resolve_shortened_caption(QuestionEntity& e, const KnowledgeGraph* graph);

// An unresolved case caption's distinctive parties as aliases
// ("Taylor v. North Carolina" -> "Taylor": a State names too many texts).
void add_party_aliases(QuestionEntity& e);

// An unresolved person's surname as an alias ("Penelope Broberg's" -> "Broberg").
void add_surname_alias(QuestionEntity& e, bool possessive);

}  // namespace lexgraph::ask
