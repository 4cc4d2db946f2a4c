#include "ask/passage_answers.h"

#include <algorithm>
#include <functional>
#include <cctype>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "ask/answer_merge.h"
#include "ask/contacts.h"
#include "ask/counted_nouns.h"
#include "ask/definitions.h"
#include "ask/dispositions.h"
#include "ask/docket_entries.h"
#include "ask/lower_courts.h"
#include "ask/opinion_speakers.h"
#include "ask/passage_names.h"
#include "ask/passage_retrieval.h"
#include "ask/passage_shapes.h"
#include "ask/pinpoints.h"
#include "ask/question_entities.h"
#include "ask/question_tables.h"
#include "ask/sentence_scorer.h"
#include "ask/signatures.h"
#include "ask/stored_document.h"
#include "extract/figures/number_reader.h"
#include "extract/figures/vocabulary.h"
#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "extract/names/person_name.h"
#include "resolve/resolver.h"
#include "ask/text_match.h"
#include "ask/word_families.h"

namespace lexgraph::ask {

namespace {

// An answer's score is its sentence's (sentence_scorer.h) plus its
// document's rank (passage_retrieval.h), plus these.
constexpr double kTypeBonus = 1.5;  // an answer next to the cue (less the farther)
// A name inside parentheses is a citation's court or a cross-reference,
// not the actor of the sentence.
constexpr double kParenthesisPenalty = 1.5;
constexpr double kUnitBonus = 1.5;  // a figure counting what the question counts
// A later person of a contact paragraph ("Lori Benner and/or Jessica
// Barnes") ranks just after the first, for "who are the contacts" too.
constexpr double kContactRankStep = 0.1;
// A judge the document's metadata names, for a document about the question.
constexpr double kMetadataJudgeScore = 2.5;
// Per question entity named in the document's title, for each of its sentences.
constexpr double kTitleEntityWeight = 1.0;
// A lower court asked ("which lower court", "whose judgment did the Court
// reverse"): the court the document's caption says it reviews weighs as a
// sentence stating the fact would (cited courts in its text do not).
constexpr double kReviewedCourtBonus = 4.5;
// An answer in the value of a docket line whose key names what is asked.
constexpr double kKeyValueBonus = 2.0;
// A role read from the words after a name ("X, Clerk of Court") rather
// than from the extractor's role attribute.
constexpr double kAppositiveRoleBonus = 1.0;
// An identifier ("No. 1,830,428") numbers the thing the question names when
// that thing's word stands at most this many bytes before it ("the Ellis Patent, No. ...").
constexpr std::size_t kIdentifierReach = 30;
// The sentences that head a document (a public law's masthead).
constexpr std::size_t kHeadingSentences = 20;
// A signature block's title line ("Deputy Chief, International Bureau") is short.
constexpr std::size_t kMaxSignatureTitle = 80;
// A document that never says the question's unresolved name nor any other of its names.
constexpr double kAbsentNamePenalty = 2.0;
// Key lines kept beyond a document's best sentences.
constexpr std::size_t kKeyedSentences = 8;
// A capitalized name next to the asked noun that the extractor did not type.
constexpr double kUntypedNameBonus = 0.75;
// A side of the case the question names is what the question is about: it
// answers after anyone else its sentences name.
constexpr double kOwnPartyPenalty = 4.0;
// A sentence answers only when it ties to the question at least this much.
constexpr double kMinimumSentenceScore = 2.0;
// A sentence under the subdivision a question cites ("§ 1231(c)(2)(C)"):
// the question has said where in the section its answer stands, which
// outweighs the words a sentence elsewhere in it shares with the question.
constexpr double kPinpointWeight = 4.0;
// A date answering with a bare year the question itself gives.
constexpr double kQuestionYearPenalty = 4.0;
// The best answers whose documents are read again for better evidence.
constexpr std::size_t kEvidenceReviewed = 10;

// A counsel line (counsel_for) that names counsel: a person or an
// organization the document knows stands before its "for".
std::optional<CounselSide> counsel_line(const StoredDocument& doc, std::string_view s) {
  auto line = counsel_for(s);
  if (!line) return std::nullopt;
  const std::string_view before = s.substr(0, line->phrase.first);
  const bool names_counsel = std::any_of(doc.entities.begin(), doc.entities.end(), [&](const StoredEntity& de) {
    return (de.type == "person" || de.type == "organization") && find_entity(before, de).has_value();
  });
  if (!names_counsel) return std::nullopt;
  return line;
}

// Do two sides a counsel line or a question names agree ("appellants" and
// "appellant"; "the United States" and "the government")?
bool same_side(const std::string& a, const std::string& b) {
  auto government = [](const std::string& w) { return one_of(w, {"united", "government"}); };
  // The side that challenged (question_analysis: "for the parents challenging").
  auto challenger = [](const std::string& side, const std::string& w) {
    return side == "challenger" && one_of(crude_stem(w), {crude_stem("plaintiffs"), crude_stem("appellants"),
                                                          crude_stem("petitioners"), crude_stem("complainants")});
  };
  // The side that answered the challenge (side_named_in_title).
  auto defender = [](const std::string& side, const std::string& w) {
    return side == "defender" && one_of(crude_stem(w), {crude_stem("defendants"), crude_stem("appellees"),
                                                        crude_stem("respondents")});
  };
  return crude_stem(a) == crude_stem(b) || (government(a) && government(b)) || challenger(a, b) || challenger(b, a) ||
         defender(a, b) || defender(b, a);
}

// The question says a party's word `word` (lower case) as the party's, not
// as where a person is from: "the Louisiana citizen who sued his own State"
// is the citizen, not Louisiana ("Hans v. Louisiana"); "the Washington bank"
// is the bank.
bool names_party_word(std::string_view question, std::string_view word) {
  for (std::size_t at = find_word(question, word); at != std::string::npos; at = find_word(question, word, at + word.size())) {
    const std::vector<Word> next = words_of(question.substr(at + word.size(), 24));
    if (next.empty() || !in_lexicon("person_of_place", next.front().lower)) return true;
  }
  return false;
}

// "Which lawyers represented the Washington bank": the side of the case the
// question names by its party's words, read from a Supreme Court opinion's
// title ("National Bank of Washington v. Texas"), which names first the
// party that brought the case there (appellant, petitioner) and second the
// one defending the judgment. Not a court of appeals' title: it keeps the
// trial court's order ("Robleto v. Buch Rodriguez", the defendants
// appealing). "" when the question names both sides as much, or neither.
std::string side_named_in_title(const QuestionAnalysis& q, const StoredDocument& doc) {
  if (names::document_court_id(doc.court) != "scotus") return "";
  const std::string_view title = doc.title;
  const std::size_t versus = title.find(" v. ");
  if (versus == std::string_view::npos) return "";
  // The case's own name in the question names both sides alike.
  std::string question = to_lower(q.question);
  for (const QuestionEntity& e : q.entities) {
    if (e.text.find(" v. ") == std::string::npos) continue;
    if (const std::size_t at = question.find(to_lower(e.text)); at != std::string::npos) {
      question.replace(at, e.text.size(), std::string(e.text.size(), ' '));
    }
  }
  auto named = [&](std::string_view party) {
    std::size_t count = 0;
    for (const Word& w : words_of(party)) {
      if (w.lower.size() < 4 || is_stopword(w.lower) || one_of(w.lower, {"united", "states", "state", "company", "corporation"})) {
        continue;
      }
      if (names_party_word(question, w.lower)) ++count;
    }
    return count;
  };
  // "For the Commonwealth", "for the State": in "Pennsylvania v. Finley" the
  // side a government is, which its counsel line calls "petitioner".
  const std::vector<Word> asked = words_of(q.question);
  bool sovereign_asked = false;
  for (std::size_t k = 0; k + 2 < asked.size(); ++k) {
    if (asked[k].lower == "for" && asked[k + 1].lower == "the" && asked[k + 2].capitalized &&
        in_lexicon("sovereign_side", asked[k + 2].lower))
      sovereign_asked = true;
  }
  if (sovereign_asked) {
    auto sovereign = [](std::string_view party) {
      while (!party.empty() && party.front() == ' ') party.remove_prefix(1);
      while (!party.empty() && party.back() == ' ') party.remove_suffix(1);
      return party.starts_with("United States") || party.starts_with("Commonwealth") || party.starts_with("State of") ||
             party.starts_with("People") || names::InstitutionGazetteer::instance().is_state_name(party);
    };
    const bool first_is = sovereign(title.substr(0, versus));
    const bool second_is = sovereign(title.substr(versus + 4));
    if (first_is != second_is) return first_is ? "challenger" : "defender";
  }
  const std::size_t first = named(title.substr(0, versus));
  const std::size_t second = named(title.substr(versus + 4));
  if (first > second) return "challenger";
  if (second > first) return "defender";
  return "";
}

// "Which lawyer, with William Grant on the brief, represented ...": the side
// of the counsel line naming a lawyer the question names ("Mr. J.D. Rouse,
// (Mr. William Grant was also on the brief,) for plaintiff in error."); ""
// when no counsel line names one.
std::string side_of_named_counsel(const QuestionAnalysis& q, const StoredDocument& doc) {
  std::vector<const StoredEntity*> named;
  for (const StoredEntity& de : doc.entities) {
    if (de.type != "person" || de.role != "counsel") continue;
    // By its id, or by its name when the question's is unresolved.
    const bool asked = is_question_entity(q, de.id) || std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) {
                         const auto found = e.id.empty() ? find_entity(e.text, de) : std::nullopt;
                         return found && found->first == 0 && found->second == e.text.size();
                       });
    if (asked) named.push_back(&de);
  }
  if (named.empty()) return "";
  for (const auto& [start, end] : doc.sentences) {
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    const auto line = counsel_line(doc, s);
    if (!line) continue;
    for (const StoredEntity* de : named) {
      if (find_entity(s.substr(0, line->phrase.first), *de)) return line->side;
    }
  }
  return "";
}

// The numbers a question's words state ("seven", "9", "twenty-five"); a
// year is a date's, not a count's.
// The numbers the question writes in digits ("1,131", "345,103.21"), as
// written, years aside.
std::vector<std::string_view> numbers_written(const QuestionAnalysis& q) {
  std::vector<std::string_view> out;
  const std::string_view text = q.question;
  for (std::size_t i = 0; i < text.size();) {
    if (!std::isdigit(static_cast<unsigned char>(text[i])) || (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && (std::isdigit(static_cast<unsigned char>(text[j])) ||
                               ((text[j] == ',' || text[j] == '.') && j + 1 < text.size() &&
                                std::isdigit(static_cast<unsigned char>(text[j + 1])))))
      ++j;
    const std::string_view number = text.substr(i, j - i);
    const bool year = number.size() == 4 && (number.starts_with("1") || number.starts_with("20"));
    if (!year) out.push_back(number);
    i = j;
  }
  return out;
}

std::vector<double> numbers_stated(const QuestionAnalysis& q) {
  std::vector<double> out;
  for (const std::string& term : q.terms) {
    if (term.empty() || std::isdigit(static_cast<unsigned char>(term.front()))) continue;
    std::optional<figures::NumberSpan> n = figures::read_number_words(term, 0);
    if (!n || n->end != term.size() || n->year_like()) continue;
    out.push_back(n->value);
  }
  // Digits from the question as written: its terms split "$1,131" at the comma.
  for (const std::string_view written : numbers_written(q)) {
    std::optional<figures::NumberSpan> n = figures::read_digits(written, 0, false);
    if (n && !n->year_like()) out.push_back(n->value);
  }
  return out;
}

// A law is enacted on the day it is approved: the masthead says one, the
// closing line the other.
bool same_date_role(const std::string& a, const std::string& b) {
  auto law = [](const std::string& r) { return r == "enacted" || r == "approved"; };
  return a == b || (law(a) && law(b));
}

// A figure's unit is the one asked: the same word, or words an indictment
// uses alike ("how many offenses" of "charged with 25 counts").
bool same_unit(const std::string& figure_unit, const std::string& asked) {
  const std::string unit = to_lower(figure_unit);
  if (crude_stem(unit) == crude_stem(asked)) return true;
  return in_lexicon("charge_unit", unit) && in_lexicon("charge_unit", asked);
}

// The bound a figure's own words set, read with the extractor's table
// (figure_qualifiers.tsv): a qualifier opening its span ("at least $1,500")
// or standing right before it ("fined in any amount not exceeding
// $5,000"); the longest phrase wins; "" when none. Per mention, not per
// entity: "$5,000" is a cap in one sentence and a sum paid in the next.
std::string mention_bound(std::string_view s, std::pair<std::size_t, std::size_t> span) {
  const auto& vocab = figures::figure_vocabulary();
  constexpr std::size_t kReach = 48;  // bytes before the span a qualifier may start
  const std::size_t from = span.first > kReach ? span.first - kReach : 0;
  const std::size_t to = std::min(span.second, s.size());
  const std::vector<Word> words = words_of(s.substr(from, to - from));
  std::string bound;
  std::size_t longest = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string phrase;
    for (std::size_t n = 1; n <= vocab.max_qualifier_words && i + n <= words.size(); ++n) {
      if (n > 1) phrase += ' ';
      phrase += words[i + n - 1].lower;
      const std::size_t start = from + words[i].start, end = from + words[i + n - 1].end;
      const bool opens_span = start == span.first;
      const bool right_before = end <= span.first &&
                                std::all_of(s.begin() + end, s.begin() + span.first, [](char c) { return c == ' ' || c == '\n'; });
      if (!opens_span && !right_before) continue;
      auto it = vocab.qualifiers.find(phrase);
      if (it != vocab.qualifiers.end() && n > longest) {
        bound = it->second;
        longest = n;
      }
    }
  }
  return bound;
}

// "the approval of the Secretary of the Interior": `noun` (by crude stem),
// "of" and an article just before the name at `name_start`.
bool owns_noun_before(std::string_view s, std::size_t name_start, const std::string& noun) {
  // No "of" among the few bytes before (the common case): no allocation.
  const std::string_view near = s.substr(name_start > 24 ? name_start - 24 : 0, std::min<std::size_t>(name_start, 24));
  bool of_near = false;
  for (std::size_t at = near.find("of"); at != std::string_view::npos && !of_near; at = near.find("of", at + 1)) {
    of_near = at > 0 && at + 2 < near.size() && std::isspace(static_cast<unsigned char>(near[at - 1])) &&
              std::isspace(static_cast<unsigned char>(near[at + 2]));
  }
  if (!of_near) return false;
  const std::size_t from = name_start > noun.size() + 24 ? name_start - noun.size() - 24 : 0;
  const std::vector<Word> before = words_of(s.substr(from, name_start - from));
  std::size_t n = before.size();
  if (n >= 1 && one_of(before[n - 1].lower, {"the", "a", "an"})) --n;
  return n >= 2 && before[n - 1].lower == "of" && crude_stem(before[n - 2].lower) == crude_stem(noun);
}

// "His main gun supplier was Wade Collett": the asked noun (by crude stem)
// and a copula just before the name at `name_start`.
bool named_after_noun_and_copula(std::string_view s, std::size_t name_start, const std::string& noun) {
  // Most names follow no copula: look at the word before without
  // allocating (this runs for every name in every passage read).
  std::size_t end = std::min(name_start, s.size());
  while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\n')) --end;
  std::size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(s[start - 1]))) --start;
  const std::string_view copula = s.substr(start, end - start);
  if (!(copula == "was" || copula == "is" || copula == "were" || copula == "are")) return false;
  const std::size_t from = name_start > noun.size() + 16 ? name_start - noun.size() - 16 : 0;
  const std::vector<Word> before = words_of(s.substr(from, name_start - from));
  const std::size_t n = before.size();
  return n >= 2 && one_of(before[n - 1].lower, {"was", "is", "were", "are"}) &&
         crude_stem(before[n - 2].lower) == crude_stem(noun);
}

// The word right after a name (past a possessive "'s"/"’s") is `noun`, by
// crude stem: "ICE facilities", "the agency's records".
bool owns_next_word(std::string_view s, std::size_t name_end, const std::string& noun) {
  std::size_t at = name_end;
  for (std::string_view mark : {"'s", "\u2019s"}) {
    if (s.substr(at, mark.size()) == mark) at += mark.size();
  }
  const std::size_t reach = std::min(s.size(), at + noun.size() + 24);
  const std::vector<Word> next = words_of(s.substr(at, reach - at));
  return !next.empty() && next.front().start <= 1 && crude_stem(next.front().lower) == crude_stem(noun);
}

// "$3.60 per ton", "$25 an hour", "$10 a day", "$4 each": a rate, not an amount.
bool is_rate(std::string_view s, std::size_t end) {
  const std::vector<Word> next = words_of(s.substr(end, std::min<std::size_t>(s.size() - end, 24)));
  if (next.empty() || next.front().start > 1) return false;
  const std::string& w = next.front().lower;
  return w == "per" || w == "each" || ((w == "a" || w == "an") && next.size() > 1 &&
                                       one_of(next[1].lower, {"ton", "hour", "day", "week", "month", "year", "share", "unit", "pound", "barrel", "gallon"}));
}

// The question asks for a rate ("at what price per ton", "the hourly rate").
// So does an amount by the period ("annual saving", "how much a year").
bool asks_rate(const QuestionAnalysis& q) {
  if (one_of(q.head_noun, {"price", "prices", "rate", "rates", "salary", "rent", "wage", "wages"})) return true;
  for (std::string_view period : {"per", "hourly", "daily", "weekly", "monthly", "annual", "annually", "yearly", "a year",
                                  "each year", "a month", "each month"}) {
    if (find_word(q.question, period, 0, /*fold=*/true) != std::string::npos) return true;
  }
  return false;
}

// "No. 93-1788", "Nos. 09-2497": the word ending at `end` labels a number.
bool labels_a_number(std::string_view s, std::size_t end) {
  std::size_t k = end;
  if (k < s.size() && s[k] == '.') ++k;
  while (k < s.size() && s[k] == ' ') ++k;
  return k > end && k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]));
}

// "a balance of $830.80", "a minimum fine of $500", "damages of $5,000":
// the asked noun names the amount at `at`.
bool names_amount_before(std::string_view s, std::size_t at, const std::string& noun) {
  const std::size_t from = at > 40 ? at - 40 : 0;
  const std::vector<Word> before = words_of(s.substr(from, at - from));
  if (before.size() < 2 || before.back().lower != "of") return false;
  return crude_stem(before[before.size() - 2].lower) == crude_stem(noun);
}

// "The Advocate shall be appointed by the Secretary of the Treasury" for
// "who appoints the Advocate": the name at `at` is the agent of a passive
// whose verb is the question's (its cue, or a word it searches for).
bool agent_of_question_verb(std::string_view s, std::size_t at, const QuestionAnalysis& q) {
  const std::size_t from = at > 48 ? at - 48 : 0;
  const std::vector<Word> before = words_of(s.substr(from, at - from));
  std::size_t k = before.size();
  if (k > 0 && one_of(before[k - 1].lower, {"the", "a", "an"})) --k;
  if (k < 2 || before[k - 1].lower != "by") return false;
  const std::string& verb = before[k - 2].lower;
  if (verb.size() < 5 || !(verb.ends_with("ed") || verb.ends_with("en"))) return false;
  const std::string stem = crude_stem(verb);
  auto same = [&](const std::string& w) { return crude_stem(w) == stem; };
  return std::any_of(q.terms.begin(), q.terms.end(), same) || std::any_of(q.cue_forms.begin(), q.cue_forms.end(), same);
}

// Does the identifier at `span` ("No. 460") number the kind of thing the
// question asks about ("Maximum Price Regulation No. 460" for "the number of
// the regulation")?
bool numbers_asked_kind(std::string_view s, const Span& span, const QuestionAnalysis& q) {
  if (q.identifier_of.empty()) return false;
  const std::size_t from = span.first > kIdentifierReach ? span.first - kIdentifierReach : 0;
  return find_word(s.substr(from, span.first - from), q.identifier_of, 0, /*fold=*/true) != std::string_view::npos;
}

// "Which joint resolution", "the House measure number": a bill's number,
// which names its kind itself ("H.J. Res. 37").
bool asks_bill_number(const QuestionAnalysis& q) {
  return q.answer_type == "identifier" && one_of(q.identifier_of, {"bill", "resolution", "measure"});
}

// The identifiers of a sentence, and whether each numbers the asked kind.
std::vector<std::pair<Span, bool>> identifiers_in(std::string_view s, const QuestionAnalysis& q) {
  std::vector<std::pair<Span, bool>> out;
  for (const Span& span : numbered_identifiers(s)) out.emplace_back(span, numbers_asked_kind(s, span, q));
  if (asks_bill_number(q)) {
    for (const Span& span : bill_numbers(s)) out.emplace_back(span, true);
  }
  return out;
}

// An identifier question's sentence giving the number of the asked kind:
// in a document about the question, that is its statement.
bool gives_asked_identifier(std::string_view s, const QuestionAnalysis& q) {
  if (q.answer_type != "identifier" || !q.answer_entity_types.empty()) return false;
  for (const auto& [span, of_kind] : identifiers_in(s, q)) {
    if (of_kind) return true;
  }
  return false;
}

double nearness(std::size_t a, std::size_t b) {
  if (a == std::string::npos || b == std::string::npos) return 0;
  double d = std::fabs(static_cast<double>(a) - static_cast<double>(b));
  return 1.0 / (1.0 + d / 40.0);
}

bool is_reference(std::string_view name) {
  for (std::string_view d : {"this ", "the ", "that ", "said ", "such "}) {
    if (name.size() > d.size() && to_lower(name.substr(0, d.size())) == d) return true;
  }
  return false;
}

bool inside_parentheses(std::string_view s, std::size_t at) {
  int depth = 0;
  for (std::size_t i = 0; i < at && i < s.size(); ++i) {
    if (s[i] == '(') ++depth;
    else if (s[i] == ')' && depth > 0) --depth;
  }
  return depth > 0;
}

bool states_a_holding(std::string_view s) {
  for (const auto& w : words_of(s)) {
    if (one_of(w.lower, {"held", "hold", "holds", "concluded", "conclude", "concludes", "ruled", "rules", "found",
                         "finds", "decided", "decides", "affirm", "affirmed", "reverse", "reversed", "vacate", "vacated"})) {
      return true;
    }
  }
  return false;
}

Evidence evidence_of(const StoredDocument& doc, std::size_t sentence) {
  Evidence ev;
  ev.doc = doc.id;
  ev.title = doc.title;
  ev.court = doc.court;
  ev.date = doc.date;
  ev.sentence = doc.sentence_number(sentence);
  ev.start = doc.sentences[sentence].first;
  ev.end = doc.sentences[sentence].second;
  ev.text = doc.text.substr(ev.start, ev.end - ev.start);
  return ev;
}

// Whether words[from, from + n) are a phrase of the extractor's date roles
// (date_roles.tsv) that says `role`.
bool says_date_role(const std::vector<Word>& words, std::size_t from, std::size_t n, const std::string& role) {
  std::string phrase;
  for (std::size_t i = from; i < from + n; ++i) {
    if (!phrase.empty()) phrase += ' ';
    phrase += words[i].lower;
  }
  const auto& roles = figures::date_vocabulary().roles;
  auto it = roles.find(phrase);
  return it != roles.end() && same_date_role(it->second, role);
}

// Whether the words right before `at` in `s` say the date role `role`
// ("Approved October 10, 2013" for enacted).
bool role_said_before(std::string_view s, std::size_t at, const std::string& role) {
  const std::vector<Word> before = words_of(s.substr(0, at));
  const std::size_t longest = std::min(before.size(), figures::date_vocabulary().max_role_words);
  for (std::size_t n = 1; n <= longest; ++n) {
    if (says_date_role(before, before.size() - n, n, role)) return true;
  }
  return false;
}

// "On July 13, 2016, the Court issued a TRO": the role said by a verb a
// few words after the date, in its clause.
bool role_said_after(std::string_view s, std::size_t at, const std::string& role) {
  constexpr std::size_t kReach = 40;  // bytes after the date: "On July 13, 2016, the Court issued"
  constexpr std::size_t kWords = 4;   // the phrase starts among the first words
  const std::string_view after = s.substr(at, std::min(kReach, s.size() - at));
  const std::vector<Word> words = words_of(after.substr(0, after.find_first_of(".;")));
  const std::size_t longest = figures::date_vocabulary().max_role_words;
  for (std::size_t i = 0; i < words.size() && i < kWords; ++i) {
    for (std::size_t n = 1; n <= longest && i + n <= words.size(); ++n) {
      if (says_date_role(words, i, n, role)) return true;
    }
  }
  return false;
}

// Whether the document's text holds at least half of the question's
// words (each as a word start of its crude stem: "quarantined" in
// "Quarantine").
bool says_most_terms(const StoredDocument& doc, const QuestionAnalysis& q) {
  std::string text = to_lower(doc.text);
  std::size_t asked = 0, said = 0;
  for (const std::string& term : q.terms) {
    if (term.size() < 3) continue;
    ++asked;
    const std::string stem = crude_stem(term);
    for (std::size_t at = text.find(stem); at != std::string::npos; at = text.find(stem, at + 1)) {
      if (at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) {
        ++said;
        break;
      }
    }
  }
  return 2 * said >= asked;
}

// Whether the document names `de` among its heading's sentences.
bool said_in_heading(const StoredDocument& doc, const StoredEntity& de) {
  for (std::size_t si = 0; si < doc.sentences.size() && si < kHeadingSentences; ++si) {
    auto [start, end] = doc.sentences[si];
    if (find_entity(std::string_view(doc.text).substr(start, end - start), de)) return true;
  }
  return false;
}

// "This interim final rule is effective October 1, 2017.", "This Act shall
// take effect on ...": the document states the date of itself, among the
// many dates in that role it recounts (a rule's schedule, other rules').
bool said_of_itself(std::string_view sentence) {
  // "DATES: This rule is effective ...": past a heading's label.
  if (const std::size_t colon = sentence.find(": "); colon != std::string_view::npos && colon < 30 &&
      std::none_of(sentence.begin(), sentence.begin() + static_cast<std::ptrdiff_t>(colon),
                   [](char c) { return c >= 'a' && c <= 'z'; })) {
    sentence.remove_prefix(colon + 2);
  }
  const std::vector<Word> words = words_of(sentence.substr(0, std::min<std::size_t>(sentence.size(), 60)));
  if (words.size() < 2 || !one_of(words[0].lower, {"this", "these"})) return false;
  for (std::size_t k = 1; k < words.size() && k <= 3; ++k) {
    if (in_lexicon("own_document", words[k].lower)) return true;
  }
  return false;
}

// The document's dates whose role is the question's, each with the sentence
// saying the role and the first sentence naming it. Returns where in `out`
// those the document says of itself stand (see lead_own_dates).
// `lead`, when given, weighs `lead_score` instead of `score` and is the
// document's own date.
std::vector<std::size_t> dates_in_role(const StoredDocument& doc, const QuestionAnalysis& q, double score,
                                       const std::function<double(std::size_t)>& sentence_score,
                                       std::vector<Answer>& out, const StoredEntity* lead = nullptr,
                                       double lead_score = 0) {
  std::vector<std::size_t> own_dates;
  for (const auto& de : doc.entities) {
    if (de.type != "date" || !same_date_role(de.role, q.date_role)) continue;
    // The sentence saying the role ("Approved October 10, 2013.") is the
    // first evidence, then the first that names the date (a masthead's
    // "Oct. 10, 2013"), where the role goes without saying.
    struct Named {
      std::size_t sentence;
      std::pair<std::size_t, std::size_t> span;
    };
    std::optional<Named> first, said;
    for (std::size_t si = 0; si < doc.sentences.size() && !said; ++si) {
      auto [start, end] = doc.sentences[si];
      const std::string_view sentence = std::string_view(doc.text).substr(start, end - start);
      auto span = find_entity(sentence, de);
      if (!span) continue;
      if (!first) first = Named{si, *span};
      if (role_said_before(sentence, span->first, q.date_role)) said = Named{si, *span};
    }
    if (!first) continue;
    const Named& shown = said ? *said : *first;
    const std::size_t start = doc.sentences[shown.sentence].first;
    Answer a;
    a.type = "date";
    a.entity = de.id;
    a.text = doc.text.substr(start + shown.span.first, shown.span.second - shown.span.first);
    a.string_value = de.iso;
    a.source = AnswerSource::passage;
    const auto [said_start, said_end] = doc.sentences[shown.sentence];
    // The heading's one date in the role is the document's own too.
    if ((said && said_of_itself(std::string_view(doc.text).substr(said_start, said_end - said_start))) || &de == lead) {
      own_dates.push_back(out.size());
    }
    // "Any comments must arrive by March 9, 2018.": the sentence saying the
    // role weighs what it shares with the question ("comments"), as any
    // sentence does; the document's weight alone when it shares nothing.
    a.score = std::max(&de == lead ? lead_score : score, sentence_score(shown.sentence)) + kUnitBonus;
    for (const Named& n : {shown, *first}) {
      if (!a.evidence.empty() && n.sentence == shown.sentence) continue;
      a.evidence.push_back(evidence_of(doc, n.sentence));
      a.evidence.back().highlight = n.span;
    }
    out.push_back(std::move(a));
  }
  return own_dates;
}

// A date the document states of itself ("This rule is effective October 1,
// 2017") answers a question about that document before the other dates in
// the role it recounts (a schedule's "take effect January 1, 2018"),
// however many of the question's words their sentences share.
void lead_own_dates(std::vector<Answer>& answers, const std::vector<std::size_t>& own_dates) {
  for (std::size_t i : own_dates) {
    const std::string& doc = answers[i].evidence.front().doc;
    for (std::size_t k = 0; k < answers.size(); ++k) {
      const Answer& other = answers[k];
      if (k == i || other.type != "date" || other.evidence.empty() || other.evidence.front().doc != doc) continue;
      if (std::find(own_dates.begin(), own_dates.end(), k) != own_dates.end()) continue;
      answers[i].score = std::max(answers[i].score, other.score + kTypeBonus);
    }
  }
}

// "What did the Tenth Circuit do with the judgment": the dispositions the
// document decrees ("The judgment is reversed and the case remanded", "we
// affirm", "Affirmed.") or says the court asked about made ("the Tenth
// Circuit reversed"), each weighing as its document and its sentence, the
// more the later it stands (an opinion closes on its decree). A decree of a
// document written by another court than the one asked about is not the
// answer. `aliases[k]`: question entity k's names in this document.
void dispositions_of(const StoredDocument& doc, const QuestionAnalysis& q, const SentenceScorer& scorer,
                     const std::vector<std::vector<std::string>>& aliases, double weight, std::vector<Answer>& out) {
  std::vector<std::string> courts;
  bool names_doc_court = false;
  const std::string doc_court = "court:" + names::document_court_id(doc.court);
  for (std::size_t k = 0; k < q.entities.size() && k < aliases.size(); ++k) {
    if (q.entities[k].type != "court") continue;
    courts.insert(courts.end(), aliases[k].begin(), aliases[k].end());
    if (q.entities[k].id == doc_court) names_doc_court = true;
  }
  // The question names a court, and not the document's.
  const bool other_court = !courts.empty() && !names_doc_court && !doc.court.empty();
  const double n = static_cast<double>(std::max<std::size_t>(doc.sentences.size(), 1));
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    auto [start, end] = doc.sentences[si];
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    for (const Disposition& d : dispositions_in(s, courts)) {
      if (d.own && other_court) continue;
      Answer a;
      a.type = "order";
      a.text = d.text;
      a.string_value = d.text;
      a.source = AnswerSource::passage;
      a.score = weight + scorer.score(s, aliases).score + kTypeBonus * (1.0 + static_cast<double>(si) / n);
      a.evidence.push_back(evidence_of(doc, si));
      a.evidence.back().highlight = d.span;
      out.push_back(std::move(a));
    }
  }
}

// "Who signed the notice?", "What title does the official who signed the
// rule hold?": the document's signature answers, its signer or the office
// signed in. A role asked of someone named goes only to that person's.
void signers_of(const StoredDocument& doc, const QuestionAnalysis& q, double weight, std::vector<Answer>& out) {
  const bool role = q.answer_type == "role";
  if (!role && !accepts_type(q, "person")) return;
  const bool names_person = std::any_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) {
    return e.type == "person" || e.type == "judge";
  });
  for (const Signature& sig : signatures_of(doc)) {
    if (names_person && !is_question_entity(q, sig.signer->id)) continue;
    if (!role && is_question_entity(q, sig.signer->id)) continue;
    Answer a;
    a.source = AnswerSource::passage;
    a.score = weight + kTypeBonus;
    a.evidence.push_back(evidence_of(doc, sig.sentence));
    a.evidence.back().highlight = role ? sig.office : sig.name;
    if (role) {
      a.type = "role";
      a.text = a.evidence.back().text.substr(sig.office.first, sig.office.second - sig.office.first);
    } else {
      a.type = "person";
      a.entity = sig.signer->id;
      a.text = sig.signer->name;
    }
    out.push_back(std::move(a));
  }
}

// "Who is the contact for the guidance", "whom should readers call": the
// people of the document's contact paragraph, the first named first.
void contacts_in(const StoredDocument& doc, const QuestionAnalysis& q, double weight, std::vector<Answer>& out) {
  if (!accepts_type(q, "person")) return;
  std::size_t rank = 0;
  for (const Contact& c : contacts_of(doc)) {
    if (is_question_entity(q, c.person->id)) continue;
    Answer a;
    a.source = AnswerSource::passage;
    a.type = "person";
    a.entity = c.person->id;
    a.text = c.person->name;
    a.score = weight + kTypeBonus - kContactRankStep * static_cast<double>(rank++);
    a.evidence.push_back(evidence_of(doc, c.sentence));
    a.evidence.back().highlight = c.name;
    out.push_back(std::move(a));
  }
}

// "Who is the “Secretary” in the Act": each sentence of the document that
// defines the quoted term answers with its meaning; the Act's own sense
// before a section's.
constexpr std::size_t kMaxDefinitionWords = 30;

void definitions_of(const StoredDocument& doc, const QuestionAnalysis& q, double weight, std::vector<Answer>& out) {
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    auto [start, end] = doc.sentences[si];
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    const auto d = definition_in(s, q.defined_term);
    if (!d) continue;
    Answer a;
    a.source = AnswerSource::passage;
    a.type = "definition";
    a.score = weight + (d->extends ? 0.0 : kTypeBonus) + (d->whole_law ? kTypeBonus : 0.0);
    a.evidence.push_back(evidence_of(doc, si));
    if (d->meaning.first < d->meaning.second) {
      a.text = collapse_spaces(s.substr(d->meaning.first, d->meaning.second - d->meaning.first));
      a.evidence.back().highlight = d->meaning;
    } else if (si + 1 < doc.sentences.size()) {
      // The first clause after "means", with it as evidence.
      a.evidence.push_back(evidence_of(doc, si + 1));
      const std::string_view next = a.evidence.back().text;
      const std::vector<Word> words = words_of(next);
      const std::size_t cut = words.size() > kMaxDefinitionWords ? words[kMaxDefinitionWords - 1].end : next.size();
      a.text = collapse_spaces(next.substr(0, cut));
      a.evidence.back().highlight = {0, cut};
    } else {
      continue;
    }
    out.push_back(std::move(a));
  }
}

// "Which joint resolution became Public Law 115-11?": a public law heads its
// text with the bill it was ("[H.J. Res. 37]"), a line sharing no word with
// the question. The first bill number of a document about the question is
// its own.
constexpr std::size_t kBillEvidence = 3;

void own_bill_number(const StoredDocument& doc, const QuestionAnalysis& q, double score, std::vector<Answer>& out) {
  if (!asks_bill_number(q)) return;
  for (std::size_t si = 0; si < doc.sentences.size() && si < kHeadingSentences; ++si) {
    auto [start, end] = doc.sentences[si];
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    const std::vector<Span> bills = bill_numbers(s);
    if (bills.empty()) continue;
    Answer a;
    a.type = "identifier";
    a.text = collapse_spaces(s.substr(bills.front().first, bills.front().second - bills.front().first));
    a.source = AnswerSource::passage;
    a.score = score + kTypeBonus;
    a.evidence.push_back(evidence_of(doc, si));
    a.evidence.back().highlight = bills.front();
    // The masthead's bare "[H.R. 1362]" says little; the sentences further
    // on that name the same bill ("LEGISLATIVE HISTORY--H.R. 1362:") say what it was.
    for (std::size_t later = si + 1; later < doc.sentences.size() && a.evidence.size() < kBillEvidence; ++later) {
      auto [ls, le] = doc.sentences[later];
      const std::string_view t = std::string_view(doc.text).substr(ls, le - ls);
      for (const Span& b : bill_numbers(t)) {
        if (collapse_spaces(t.substr(b.first, b.second - b.first)) != a.text) continue;
        a.evidence.push_back(evidence_of(doc, later));
        a.evidence.back().highlight = b;
        break;
      }
    }
    out.push_back(std::move(a));
    return;
  }
}

void judge_from_metadata(const StoredDocument& doc, const QuestionAnalysis& q, double score, std::vector<Answer>& out) {
  for (const auto& name : doc.judges) {
    std::vector<Word> parts = words_of(name);
    if (parts.empty()) continue;
    const std::string surname = name.substr(parts.back().start, parts.back().end - parts.back().start);
    if (surname.size() < 3) continue;
    // The document's own entity for that judge, when the extractor found one.
    const StoredEntity* known = nullptr;
    for (const auto& de : doc.entities) {
      if (de.type == "judge" && std::any_of(de.aliases.begin(), de.aliases.end(), [&](const std::string& a) {
            return find_word(a, surname) != std::string::npos;
          })) {
        known = &de;
        break;
      }
    }
    if (known && is_question_entity(q, known->id)) continue;
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      auto [start, end] = doc.sentences[si];
      std::string_view s = std::string_view(doc.text).substr(start, end - start);
      std::size_t at = find_word(s, surname, 0, /*fold=*/true);
      if (at == std::string::npos) continue;
      Answer a;
      a.type = "judge";
      a.entity = known ? known->id : "judge:" + slug(name);
      a.text = known ? known->name : name;
      a.source = AnswerSource::passage;
      a.score = score + kMetadataJudgeScore;
      a.evidence.push_back(evidence_of(doc, si));
      a.evidence.back().highlight = std::make_pair(at, at + surname.size());
      out.push_back(std::move(a));
      break;
    }
  }
}

// The statute, case, person or organization the document names most often
// (of its type) is one the question names: an order about a defendant
// never titled by him is about him.
bool about_question_entity(const StoredDocument& doc, const QuestionAnalysis& q) {
  // "in docket 2:09-bk-20833": the case filed under it is the document's own
  // (the extractor names a document's own docket "case:docket/<number>").
  constexpr std::string_view kDocketId = "docket:";
  for (const auto& qe : q.entities) {
    if (qe.type != "docket" || !qe.id.starts_with(kDocketId)) continue;
    const std::string own = "case:docket/" + qe.id.substr(kDocketId.size());
    if (std::any_of(doc.entities.begin(), doc.entities.end(), [&](const StoredEntity& de) { return de.id == own; })) return true;
  }
  for (const char* type : {"statute", "case", "person", "organization"}) {
    const StoredEntity* most = nullptr;
    for (const auto& de : doc.entities) {
      if (de.type == type && (!most || de.count > most->count)) most = &de;
    }
    if (most && most->count >= 2 && is_question_entity(q, most->id)) return true;
  }
  return false;
}


// "Deputy Chief, International Bureau": a title's every word capitalised
// but its small joining words, and no number; not a sentence ("It is not a
// matter of labels") nor a label ("No. 132").
bool written_as_title(std::string_view text) {
  for (const Word& w : words_of(text)) {
    const std::string_view written = text.substr(w.start, w.end - w.start);
    if (std::any_of(written.begin(), written.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) return false;
    if (!w.capitalized && !one_of(w.lower, {"of", "the", "and", "for", "to", "on", "in", "at", "&"})) return false;
  }
  return true;
}

// "What was the title of the lawyer who argued for ...": a role asked of
// counsel the question describes (not "the Attorney General").
bool asks_counsel_role(const QuestionAnalysis& q) {
  if (q.answer_type != "role") return false;
  const std::vector<Word> words = words_of(q.question);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i].capitalized || !in_lexicon("counsel_asked", words[i].lower)) continue;
    if (i + 1 < words.size() && one_of(words[i + 1].lower, {"general", "by"})) continue;
    return true;
  }
  return false;
}

// Whether the document says a judge of one of `courts` sat by designation
// ("** Of the Third Circuit, sitting by designation."): a sentence saying
// "by designation" names that court.
bool sits_by_designation(const StoredDocument& doc, const std::vector<std::string>& courts) {
  if (doc.text.find("by designation") == std::string::npos) return false;
  for (const auto& [start, end] : doc.sentences) {
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    if (s.find("by designation") == std::string_view::npos) continue;
    for (const StoredEntity& de : doc.entities) {
      if (de.type == "court" && std::find(courts.begin(), courts.end(), de.id) != courts.end() && find_entity(s, de)) {
        return true;
      }
    }
  }
  return false;
}

// "date:1982": a date entity naming a year alone.
bool year_only_date(std::string_view id) {
  constexpr std::string_view kDate = "date:";
  return id.starts_with(kDate) && is_year_word(id.substr(kDate.size()));
}

// The question names something nothing resolved (type "name").
bool has_unresolved_name(const QuestionAnalysis& q) {
  return std::any_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) { return e.type == "name" && e.text.size() >= 4; });
}

// "In what capacity did Savage appear alongside Donald K. Stern": the name
// after "alongside" or "with" is company the asked person kept, not the
// person whose role is asked.
bool named_as_companion(const QuestionAnalysis& q, const QuestionEntity& e) {
  const std::size_t at = find_word(q.question, e.text);
  if (at == std::string::npos) return false;
  const std::vector<Word> before = words_of(std::string_view(q.question).substr(0, at));
  if (before.empty()) return false;
  const std::string& last = before.back().lower;
  if (one_of(last, {"alongside", "beside", "besides", "with"})) return true;
  return before.size() >= 2 && one_of(before[before.size() - 2].lower, {"joined", "accompanied", "assisted"}) &&
         last == "by";
}

// Whether the question says `name` itself, with or without the legal form
// closing a company's name ("Central Florida Investments" for "Central
// Florida Investments, Inc.").
bool question_says(const QuestionAnalysis& q, std::string_view name) {
  const std::string lower = to_lower(name);
  for (std::string_view form : {", inc.", " inc.", ", llc", " llc", ", corp.", " corp.", " corporation", ", l.l.c."}) {
    if (lower.size() > form.size() + 3 && lower.ends_with(form)) {
      name.remove_suffix(form.size());
      break;
    }
  }
  return find_word(q.question, name, 0, /*fold=*/true) != std::string::npos;
}

// Whether `phrase` is, whole, the name of a person, judge or organization
// the document knows: another name, not a role ("Leon, Spireon"). Office
// holders without a name ("the Attorney General") are typed agency: a role.
bool names_someone(const StoredDocument& doc, std::string_view phrase) {
  return std::any_of(doc.entities.begin(), doc.entities.end(), [&](const StoredEntity& de) {
    if (de.type != "person" && de.type != "judge" && de.type != "organization") return false;
    auto found = find_entity(phrase, de);
    return found && found->first == 0 && found->second == phrase.size();
  });
}

// Whether one of the question's names is `full_name`'s surname alone
// ("MacDonald" for "John J. MacDonald"), a name nothing else resolved.
bool names_by_surname(const QuestionAnalysis& q, const std::string& full_name) {
  const std::string surname = names::surname_of(full_name);
  if (surname.size() < 3 || surname == full_name) return false;
  return std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) {
    return e.id.empty() && e.text.find(' ') == std::string::npos && names::iequals(e.text, surname);
  });
}

// "Under 8 U.S.C. § 1231(c)(2)(C), what is the minimum bond": in the text
// of a section the question cites, where the cited subdivision stands.
std::optional<Span> cited_subdivision(const StoredDocument& doc, const QuestionAnalysis& q,
                                      const std::vector<std::string>& sections) {
  for (const std::string& number : sections) {
    if (!heading_names_section(doc, number)) continue;
    for (const QuestionEntity& e : q.entities) {
      if (e.type != "statute") continue;
      const std::vector<std::string> path = pinpoint_path(e.text, number);
      if (path.empty()) continue;
      if (auto span = pinpoint_span(doc.text, path)) return span;
    }
  }
  return std::nullopt;
}

// True when the question names something nothing resolved (type "name")
// and `text` says none of the question's names.
bool says_no_question_name(const QuestionAnalysis& q, std::string_view text) {
  if (!has_unresolved_name(q)) return false;
  for (const auto& e : q.entities) {
    for (const auto& a : e.aliases) {
      if (a.size() >= 3 && says_name(text, a)) return false;
    }
  }
  return true;
}

// "motion to proceed in forma pauperis", "application for a stay": the
// request the question's head noun names, up to the verb or the clause's end.
// "What did the court deny" names no noun: whichever request the sentence
// has ("The petition for judicial review is denied").
std::optional<std::pair<std::size_t, std::size_t>> request_phrase(std::string_view s, std::string_view head_noun) {
  std::string noun(head_noun);
  if (noun.ends_with("s")) noun.pop_back();
  // "Which filing of the defendant", "what relief sought", "what bid": a
  // request of any form the sentence names.
  if (one_of(noun, {"filing", "relief", "bid", "submission", "permission"})) noun.clear();
  if (noun.empty()) {
    for (std::string_view any : {"motion", "petition", "application", "request"}) {
      if (auto span = request_phrase(s, any)) return span;
    }
    return std::nullopt;
  }
  if (!one_of(noun, {"motion", "application", "petition", "request", "certificate"})) return std::nullopt;
  std::size_t at = find_word(s, noun, 0, /*fold=*/true);
  // A party's request is filed as a motion.
  if (at == std::string::npos && noun != "petition" && noun != "motion") {
    noun = "motion";
    at = find_word(s, noun, 0, /*fold=*/true);
  }
  if (at == std::string::npos) return std::nullopt;
  std::size_t from = at + noun.size();
  std::vector<Word> after = words_of(s.substr(from));
  // "a motion in limine to preclude the testimony of Dr. Logigian": the
  // motion Latin names, whether or not what it asks follows.
  if (noun == "motion" && after.size() >= 2 && after[0].lower == "in" && after[1].lower == "limine" &&
      s.substr(from, after[1].end).find_first_of(",.;:()") == std::string_view::npos) {
    const std::size_t named_end = from + after[1].end;
    from = named_end;
    after = words_of(s.substr(from));
    if (after.empty() || !one_of(after.front().lower, {"to", "for"}) ||
        s.substr(from, after.front().start).find_first_not_of(" \n") != std::string_view::npos)
      return std::make_pair(at, named_end);
  }
  // "certificate of appealability": a court's leave to appeal, named by what it certifies.
  const bool connected = noun == "certificate" ? !after.empty() && after.front().lower == "of"
                                               : !after.empty() && one_of(after.front().lower, {"to", "for"});
  if (!connected) return std::nullopt;
  std::size_t end = from + after.front().end;
  for (std::size_t k = 1; k < after.size() && k <= 10; ++k) {
    const std::string_view between = s.substr(end, from + after[k].start - end);
    // "the testimony of Dr. Logigian": a courtesy title's period goes on.
    const bool courtesy = between.starts_with(". ") && one_of(after[k - 1].lower, {"dr", "mr", "mrs", "ms"}) &&
                          between.find_first_of(",.;:()", 1) == std::string_view::npos;
    if (!courtesy && between.find_first_of(",.;:()") != std::string_view::npos) break;
    if (ends_order_phrase(after[k].lower)) break;
    // "We review the denial of a motion for a new trial for an abuse of
    // discretion": the standard of review is no part of the request.
    if (after[k].lower == "for" && k + 1 < after.size() &&
        (one_of(after[k + 1].lower, {"abuse", "clear", "plain"}) ||
         (after[k + 1].lower == "an" && k + 2 < after.size() && after[k + 2].lower == "abuse"))) {
      break;
    }
    if (after[k].lower == "de" && k + 1 < after.size() && after[k + 1].lower == "novo") break;
    // "... on the grounds that he was not listed": the reason, not the request.
    if (after[k].lower == "on" && k + 2 < after.size() && after[k + 1].lower == "the" &&
        one_of(after[k + 2].lower, {"ground", "grounds", "basis"}))
      break;
    end = from + after[k].end;
  }
  if (end <= from + after.front().end) return std::nullopt;  // "motion to" alone says nothing
  return std::make_pair(at, end);
}

// "In June 1990 the government sought leave to amend its answer and assert
// a counterclaim. ... That motion was denied by the district court": the
// request a demonstrative ("That motion", "this request") in `said` (the
// sentence deciding it) points back to, read from `before` (a sentence
// before it) after its verb of asking, else as the request it names ("filed
// a motion in limine to preclude ..."), as a span of `before`.
std::optional<Span> request_referred_to(std::string_view said, std::string_view before) {
  const std::vector<Word> words = words_of(said);
  bool refers = false;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    refers = refers || (one_of(words[k].lower, {"that", "this", "the", "such"}) &&
                        one_of(words[k + 1].lower, {"motion", "request", "application", "petition"}) &&
                        (k + 2 >= words.size() || !one_of(words[k + 2].lower, {"to", "for", "of"})));
  }
  if (!refers) return std::nullopt;
  const std::vector<Word> prior = words_of(before);
  for (std::size_t k = 0; k + 1 < prior.size(); ++k) {
    if (!one_of(prior[k].lower, {"sought", "seeks", "moved", "requested", "asked", "applied"})) continue;
    std::size_t first = k + 1;
    // "asked the court to reopen", "moved for a new trial": the request, not its addressee.
    if (prior[k].lower == "asked" && first + 2 < prior.size() && prior[first].lower == "the" &&
        prior[first + 2].lower == "to")
      first += 3;
    if (one_of(prior[k].lower, {"moved", "applied"}) && first < prior.size() && prior[first].lower == "for") ++first;
    std::size_t last = first;
    while (last + 1 < prior.size() && last + 1 - first < 14) {
      const std::string_view gap = before.substr(prior[last].end, prior[last + 1].start - prior[last].end);
      if (gap.find_first_of(",.;:()") != std::string_view::npos) break;
      // "moved for a mistrial on the grounds of jury misconduct": the reason is no part of it.
      if (prior[last + 1].lower == "on" && last + 3 < prior.size() && prior[last + 2].lower == "the" &&
          one_of(prior[last + 3].lower, {"ground", "grounds", "basis"}))
        break;
      ++last;
    }
    if (last <= first) continue;
    return std::make_pair(prior[first].start, prior[last].end);
  }
  // "plaintiff filed a motion in limine to preclude ...": the request named.
  return request_phrase(before, "");
}

// Is the verb at `cue_at` said by the court itself ("We deny", "we therefore
// affirm", "We have considered ... We deny")? "we" within the three words before it.
bool the_court_speaks(std::string_view s, std::size_t cue_at) {
  const std::vector<Word> before = words_of(s.substr(0, cue_at));
  for (std::size_t k = before.size(), seen = 0; k > 0 && seen < 3; --k, ++seen) {
    if (before[k - 1].lower == "we") return true;
  }
  return false;
}

// The statute a title-less document heads itself with ("18 U.S.C. § 1001.
// Statements or entries generally"), and its words there.
std::optional<std::pair<const StoredEntity*, std::string>> heading_statute(const StoredDocument& doc) {
  if (doc.sentences.empty()) return std::nullopt;
  std::string_view text(doc.text);
  std::string_view first = text.substr(doc.sentences.front().first,
                                       std::min<std::size_t>(doc.sentences.front().second - doc.sentences.front().first, 200));
  first = first.substr(0, std::min(first.find('\n'), first.size()));
  for (const auto& de : doc.entities) {
    if (de.type != "statute") continue;
    auto span = find_entity(first, de);
    if (span && span->first <= 2) return std::make_pair(&de, std::string(first.substr(span->first, span->second - span->first)));
  }
  return std::nullopt;
}

// Whether a State court's name says it reviews others: "Supreme Court of
// Ohio", "New York Court of Appeals", "Supreme Judicial Court".
bool names_reviewing_court(std::string_view name) {
  return find_word(name, "Supreme") != std::string::npos || find_word(name, "Appeals") != std::string::npos ||
         find_word(name, "Appellate") != std::string::npos || find_word(name, "Appeal") != std::string::npos;
}

// Whether a court the gazetteer does not list names a county's trial court
// ("Court of Common Pleas of Philadelphia County", "Mason County Circuit Court").
bool names_county_court(std::string_view name) {
  for (std::string_view w : {"County", "Parish", "Pleas", "Borough"})
    if (find_word(name, w) != std::string::npos) return true;
  return false;
}

// "Which federal trial court": the unit bonus for a court of the system and
// level asked (courts.tsv's level), a third of it off for another.
double court_kind_bonus(const QuestionAnalysis& q, std::string_view id, std::string_view name) {
  if (!id.starts_with("court:")) return 0.0;
  const auto& gazetteer = names::InstitutionGazetteer::instance();
  const int at = gazetteer.find(names::InstitutionKind::court, id.substr(6));
  if (at < 0) {
    // A county's trial court, read by its name (indexer local_courts.cc).
    if (!names_county_court(name) || names_reviewing_court(name)) return 0.0;
    return q.court_system == "federal" ? -kUnitBonus / 3 : kUnitBonus;
  }
  const std::string& level = gazetteer.institution(static_cast<std::uint32_t>(at)).level;
  bool fits = true;
  if (q.court_system == "federal" && level == "state") fits = false;
  if (q.court_system == "state" && level != "state") fits = false;
  // courts.tsv gives a State's courts one level, "state": its name tells a
  // supreme or appeals court from a trial court.
  if (q.trial_court && !one_of(level, {"district", "bankruptcy", "state"})) fits = false;
  if (q.trial_court && level == "state" && names_reviewing_court(name)) fits = false;
  return fits ? kUnitBonus : -kUnitBonus / 3;
}

// "In which court did the suit begin", asked of a document the question
// names: each trial court it names ("Judgment was entered in the Court of
// Common Pleas of Dauphin County"), however few of the question's words
// the sentence shares; the first sentence naming it is the evidence.
void trial_courts_of(const StoredDocument& doc, const QuestionAnalysis& q, double score, std::vector<Answer>& out) {
  const std::string own = "court:" + names::document_court_id(doc.court);
  for (const auto& de : doc.entities) {
    if (de.type != "court" || de.id == own || is_question_entity(q, de.id)) continue;
    if (court_kind_bonus(q, de.id, de.name) <= 0) continue;
    for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
      auto [start, end] = doc.sentences[si];
      const auto span = find_entity(std::string_view(doc.text).substr(start, end - start), de);
      if (!span) continue;
      Answer a;
      a.type = "court";
      a.entity = de.id;
      a.text = de.name;
      a.source = AnswerSource::passage;
      a.score = score + kUnitBonus;
      a.evidence.push_back(evidence_of(doc, si));
      a.evidence.back().highlight = *span;
      out.push_back(std::move(a));
      break;
    }
  }
}

// "Which lower court", "in which trial court", asked of the document the
// search found first or the question describes: the court its caption says
// it reviews ("ERROR TO THE CIRCUIT COURT OF THE UNITED STATES FOR THE
// DISTRICT OF INDIANA"), with the caption line as evidence. A trial court
// asked takes it only when it may be one (not a court of appeals); an
// agency reviewed answers only a question that takes an agency ("whose
// decision").
void reviewed_court_of(const StoredDocument& doc, const QuestionAnalysis& q, double score, std::vector<Answer>& out) {
  const std::optional<ReviewedCourt> reviewed = reviewed_court(doc);
  if (!reviewed || is_question_entity(q, reviewed->court->id) || !accepts_type(q, reviewed->court->type)) return;
  const double kind = court_kind_bonus(q, reviewed->court->id, reviewed->court->name);
  if (q.trial_court && kind < 0) return;
  for (std::size_t si = 0; si < doc.sentences.size(); ++si) {
    auto [start, end] = doc.sentences[si];
    if (reviewed->span.first < start || reviewed->span.second > end) continue;
    Answer a;
    a.type = reviewed->court->type;
    a.entity = reviewed->court->id;
    a.text = reviewed->court->name;
    a.source = AnswerSource::passage;
    a.score = score + (q.reviewed_court ? kReviewedCourtBonus : kUnitBonus + kind);
    a.evidence.push_back(evidence_of(doc, si));
    a.evidence.back().highlight = {reviewed->span.first - start, reviewed->span.second - start};
    out.push_back(std::move(a));
    return;
  }
}

// "In 1971, Brown subsumed Pembroke." over "Brown sponsored a women's
// college, Pembroke": of the sentences of its document naming an answer,
// the one saying most of what the question asks is its first evidence. The
// sentence the answer was read from may say less (an appositive beside the
// asked noun, a caption line). Answers keep their scores.
void best_evidence_first(const StoredDocument& doc, const SentenceScorer& scorer,
                         const std::vector<std::vector<std::string>>& aliases, const std::vector<std::size_t>& which,
                         std::vector<Answer>& answers) {
  constexpr std::size_t kMaxOccurrences = 64;  // of one form of the answer, in one document
  auto sentence_at = [&](std::size_t offset) -> std::optional<std::size_t> {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                               [](std::size_t o, const std::pair<std::size_t, std::size_t>& sp) { return o < sp.first; });
    if (it == doc.sentences.begin()) return std::nullopt;
    --it;
    if (offset >= it->second) return std::nullopt;
    return static_cast<std::size_t>(it - doc.sentences.begin());
  };
  // A sentence's score against the question, and whether it says the
  // question's relation: the sentence where the answer acts ("We therefore
  // reject the petition") stays first over a wordier one that does not.
  std::unordered_map<std::size_t, std::pair<double, bool>> scores;
  auto hits_of = [&](std::size_t si) {
    auto [it, fresh] = scores.try_emplace(si);
    if (fresh) {
      auto [start, end] = doc.sentences[si];
      const SentenceHits hits = scorer.score(std::string_view(doc.text).substr(start, end - start), aliases);
      it->second = {hits.score, hits.cue_at != std::string::npos};
    }
    return it->second;
  };
  for (std::size_t i : which) {
    Answer& a = answers[i];
    if (a.evidence.empty() || a.evidence.front().doc != doc.id) continue;
    const std::optional<std::size_t> current = sentence_at(a.evidence.front().start);
    if (!current) continue;
    std::vector<std::string> forms;
    for (const auto& de : doc.entities) {
      if (!a.entity.empty() && de.id == a.entity) forms = de.aliases;
    }
    if (forms.empty()) forms.push_back(a.text);
    const auto [current_score, current_cue] = hits_of(*current);
    double best_score = current_score;
    std::optional<std::pair<std::size_t, std::size_t>> best;  // sentence, offset of the form
    std::size_t best_length = 0;
    for (const std::string& form : forms) {
      if (form.size() < 2) continue;
      std::size_t seen = 0;
      for (std::size_t at = find_word(doc.text, form); at != std::string::npos && seen < kMaxOccurrences;
           at = find_word(doc.text, form, at + 1), ++seen) {
        const std::optional<std::size_t> si = sentence_at(at);
        if (!si || *si == *current || at + form.size() > doc.sentences[*si].second) continue;
        const auto [sc, cue] = hits_of(*si);
        if (sc > best_score && (cue || !current_cue)) {
          best_score = sc;
          best = std::make_pair(*si, at);
          best_length = form.size();
        }
      }
    }
    if (!best) continue;
    Evidence ev = evidence_of(doc, best->first);
    const std::size_t from = best->second - ev.start;
    ev.highlight = std::make_pair(from, from + best_length);
    std::erase_if(a.evidence, [&](const Evidence& e) { return e.doc == ev.doc && e.start == ev.start; });
    a.evidence.insert(a.evidence.begin(), std::move(ev));
  }
}

// The documents of the best answers read again, each answer's best
// evidence first (best_evidence_first). `read`: each document read, by id,
// with the question's entities as it names them.
void review_best_evidence(
    const Xapian::Database& db,
    const std::unordered_map<std::string, std::pair<Xapian::docid, std::vector<std::vector<std::string>>>>& read,
    const SentenceScorer& scorer, std::vector<Answer>& answers) {
  std::vector<std::size_t> order(answers.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::size_t best = std::min(order.size(), kEvidenceReviewed);
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(best), order.end(),
                    [&](std::size_t a, std::size_t b) { return answers[a].score > answers[b].score; });
  std::unordered_map<std::string, std::vector<std::size_t>> by_document;
  for (std::size_t k = 0; k < best; ++k) {
    const Answer& a = answers[order[k]];
    if (!a.evidence.empty() && read.count(a.evidence.front().doc)) by_document[a.evidence.front().doc].push_back(order[k]);
  }
  for (const auto& [id, which] : by_document) {
    const auto& [docid, doc_aliases] = read.at(id);
    std::string data = db.get_document(docid).get_data();
    std::optional<StoredDocument> doc = parse_stored_document_in_place(data);
    if (!doc) continue;
    if (doc->kind == "docket") join_entry_sentences(*doc);
    best_evidence_first(*doc, scorer, doc_aliases, which, answers);
  }
}

}  // namespace

void order_evidence_by_sentence(std::vector<Answer>& answers, const std::vector<double>& sentence_scores) {
  std::unordered_map<std::string, std::vector<std::size_t>> groups;
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    std::string key = answer_merge_key(answers[i]);
    auto [it, fresh] = groups.try_emplace(key);
    if (fresh) keys.push_back(key);
    it->second.push_back(i);
  }
  for (const auto& key : keys) {
    std::vector<std::size_t>& members = groups[key];
    if (members.size() < 2) continue;
    // Merging takes evidence from the best-scored answer first.
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) { return answers[a].score > answers[b].score; });
    std::vector<std::pair<double, Evidence>> evidence;
    for (std::size_t m : members) {
      const double sentence = m < sentence_scores.size() && sentence_scores[m] >= 0 ? sentence_scores[m] : answers[m].score;
      for (auto& ev : answers[m].evidence) evidence.emplace_back(sentence, std::move(ev));
    }
    std::stable_sort(evidence.begin(), evidence.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::size_t next = 0;
    for (std::size_t m : members) {
      for (auto& ev : answers[m].evidence) ev = std::move(evidence[next++].second);
    }
  }
}

PassageResults passage_answers(const Xapian::Database& db, const QuestionAnalysis& q, const PassageSearch& options) {
  PassageResults out;
  const std::vector<CandidateDocument> candidates = candidate_documents(db, q, options.documents, out.query);
  std::vector<std::string> sections = unqualified_sections(q);
  for (const CodeSection& c : code_sections(q)) sections.push_back(c.section);

  // The score of the sentence each answer was read from (-1: none, the
  // answer's own score stands for it), for ordering evidence.
  std::vector<double> sentence_scores;
  SentenceScorer scorer(q);
  const std::vector<std::string> courts_asked = asked_courts(q);
  // "after the cut from $1,131": a sentence writing a number the question
  // writes ("from $1,131 to $998") is about what it asks.
  std::vector<std::string_view> written_numbers = numbers_written(q);
  std::erase_if(written_numbers, [](std::string_view n) { return n.size() < 3; });
  auto writes_question_number = [&](std::string_view s) {
    return std::any_of(written_numbers.begin(), written_numbers.end(),
                       [&](std::string_view n) { return find_word(s, n) != std::string::npos; });
  };
  // "Which company manufactured the scaffold in Ivy Sports Medicine, LLC v.
  // Burwell": a side of the case the question names is what it is about, not
  // the answer, unless a party is what is asked (who sued, the plaintiff).
  const bool party_asked = one_of(q.predicate, {"sues", "party_to", "appeals", "represents"}) ||
                           one_of(q.head_noun, {"party", "parties", "plaintiff", "plaintiffs", "defendant", "defendants",
                                                "petitioner", "petitioners", "respondent", "respondents", "appellant",
                                                "appellants", "appellee", "appellees", "litigant", "litigants"});
  auto own_party = [&](const StoredEntity& de) {
    if (party_asked || !one_of(de.type, {"organization", "person", "agency"})) return false;
    for (const QuestionEntity& qe : q.entities) {
      if (qe.type != "case" || !qe.id.empty()) continue;
      for (const std::string& side : qe.aliases) {
        if (side == qe.text) continue;
        if (to_lower(side) == to_lower(de.name)) return true;
      }
    }
    return false;
  };
  const std::unordered_set<std::string> name_anchors = untyped_name_anchors(q);
  // "The 1948 numbers-game search case", "the Richmond jail pillow case":
  // a question describing its case without naming it. With no document
  // found by title, the best candidate stands for the one it describes —
  // the best of a year the question gives, when one is of it. A question
  // naming its case or docket number is found by that name, or by none.
  std::optional<Xapian::docid> described;
  const bool names_its_case = std::any_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) {
    return one_of(e.type, {"case", "docket"}) || names_a_case(e.text);
  });
  if (!names_its_case &&
      std::none_of(candidates.begin(), candidates.end(), [](const CandidateDocument& c) { return c.named_in_title; })) {
    const CandidateDocument* best = nullptr;
    const CandidateDocument* best_of_year = nullptr;
    for (const CandidateDocument& c : candidates) {
      if (!best || c.score > best->score) best = &c;
      if (c.of_year && (!best_of_year || c.score > best_of_year->score)) best_of_year = &c;
    }
    if (best_of_year) best = best_of_year;
    if (best) described = best->id;
  }
  std::vector<std::size_t> own_dates;  // dates documents state of themselves (lead_own_dates)
  // Each document read, with the question's entities as it names them (for best_evidence_first).
  std::unordered_map<std::string, std::pair<Xapian::docid, std::vector<std::vector<std::string>>>> read;
  const bool role_of_counsel = asks_counsel_role(q);
  for (const CandidateDocument& candidate : candidates) {
    std::string data = db.get_document(candidate.id).get_data();
    std::optional<StoredDocument> doc = parse_stored_document_in_place(data);
    if (!doc) continue;
    if (doc->kind == "docket") join_entry_sentences(*doc);
    out.documents.push_back(doc->id);
    // The document the question describes is the search's first.
    // The described document must say most of what the question says of
    // it: "Which zeppelin quarantined the xylophone?" describes no case,
    // though some opinion speaks of a quarantine.
    const bool is_described = described == candidate.id && says_most_terms(*doc, q);
    if (is_described) std::rotate(out.documents.begin(), out.documents.end() - 1, out.documents.end());
    double doc_score = candidate.score;
    const bool section_text = candidate.by_section && std::any_of(sections.begin(), sections.end(), [&](const std::string& n) {
                                return heading_names_section(*doc, n);
                              });
    if (section_text) doc_score = kDocumentWeight + kNamedDocumentBonus;
    // A name the question gives that nothing resolved ("the Nardone case")
    // filters nothing in the search: a document never saying it is about
    // something else, whatever words it shares with the question.
    const bool absent_name = says_no_question_name(q, doc->text);
    if (!candidate.named_in_title && !section_text && absent_name) doc_score -= kAbsentNamePenalty;

    const bool own_heading = titled_by_own_heading(*doc);  // a statute's text headed by its citation
    // A docket page names its case in a "Title:" line, not in its metadata.
    const std::string own_title = doc->title + " " + title_line(*doc);
    constexpr std::size_t kCaptionBytes = 2000;
    const std::string_view text_head = std::string_view(doc->text).substr(0, std::min(doc->text.size(), kCaptionBytes));
    // The question's entities as this document names them.
    std::vector<std::vector<std::string>> aliases;
    std::size_t in_title = 0;  // question entities the title names: the document is about them
    for (const auto& qe : q.entities) {
      std::vector<std::string> names = qe.aliases;
      for (const auto& de : doc->entities) {
        const bool alternative = std::find(qe.alternatives.begin(), qe.alternatives.end(), de.id) != qe.alternatives.end();
        if ((!qe.id.empty() && de.id == qe.id) || alternative) names.insert(names.end(), de.aliases.begin(), de.aliases.end());
      }
      // Titles name parties by surname ("United States v. MANAFORT").
      auto in_doc_title = [&](const std::string& n) {
        if (n.size() > 2 && find_word(own_title, n, 0, /*fold=*/true) != std::string::npos) return true;
        // A government party by its distinctive word: "State of Maryland" in
        // "Johnson v. Maryland"; a case by the words of both its parties in
        // any order and form ("Taylor v. North Carolina" in "Samuel Allen
        // Taylor, Petitioner v. North Carolina").
        if (qe.type == "agency" && title_holds_distinctive_words(own_title, n, 1)) return true;
        if ((qe.type == "case" || qe.type == "name") && title_holds_distinctive_words(own_title, n, 2)) return true;
        if (qe.type != "person" && qe.type != "judge") return false;
        std::vector<Word> parts = words_of(n);
        if (parts.size() < 2 || parts.back().end - parts.back().start < 4) return false;
        return find_word(own_title, n.substr(parts.back().start, parts.back().end - parts.back().start), 0, true) !=
               std::string::npos;
      };
      // A document with no title metadata may still head its text with its
      // name ("18 U.S.C. § 1001. Statements or entries generally").
      const std::string_view heading = doc->sentences.empty() ? std::string_view()
          : std::string_view(doc->text).substr(doc->sentences.front().first,
                                               std::min<std::size_t>(doc->sentences.front().second - doc->sentences.front().first, 200));
      auto in_heading = [&](const std::string& n) {
        return own_heading && n.size() > 3 && find_word(heading, n) != std::string::npos;
      };
      // A case the question names by its caption, in a document whose
      // metadata titles it otherwise ("Calderon Fuentes (Tenn. Court of
      // Workers' Compensation Claims) expedited hearing order"): the caption
      // heading its text names both sides, every distinctive word of them.
      auto in_caption = [&](const std::string& n) {
        return qe.type == "case" && names_a_case(n) && title_holds_distinctive_words(text_head, n, 3);
      };
      if (std::any_of(names.begin(), names.end(), in_doc_title) || std::any_of(names.begin(), names.end(), in_heading) ||
          std::any_of(names.begin(), names.end(), in_caption)) {
        ++in_title;
      }
      aliases.push_back(std::move(names));
    }
    // The title query matched the question's case by its words, in any order
    // ("Broberg v. Barre Savings Bank" is "Barre Savings Bank v. Broberg").
    // A section of the act the question names is about that act.
    if (candidate.named_in_title || section_text || is_described || candidate.of_named_act)
      in_title = std::max<std::size_t>(in_title, 1);
    // A statute's own text, a case's own opinion: the question's statute or
    // case is the one the document names most.
    if (in_title == 0 && about_question_entity(*doc, q)) in_title = 1;
    const double title_score = kTitleEntityWeight * static_cast<double>(in_title);
    read.try_emplace(doc->id, candidate.id, aliases);
    // The document names one of the question's entities (by id, or a name
    // nothing resolved by its words: "against Leon").
    const bool names_question_entity = candidate.of_named_act ||
        std::any_of(doc->entities.begin(), doc->entities.end(), [&](const StoredEntity& de) { return is_question_entity(q, de.id); }) ||
        (has_unresolved_name(q) && !absent_name);

    // The judges of the document's metadata answer "which judge" for a
    // document about the question's entities, through a sentence naming them.
    const std::string doc_court = "court:" + names::document_court_id(doc->court);
    // "Which trial court convicted her, in the case where the Justices held
    // ...": a court is asked, and the question's court is the one that wrote
    // the document the search found first, so every sentence of it stands in
    // a document about that entity. (Not every opinion of that court: a
    // question naming the Supreme Court would open them all; nor for other
    // answers, which the sentences naming the question's entities give.)
    const bool by_question_court = q.answer_type == "court" && &candidate == &candidates.front() &&
                                   is_question_entity(q, doc_court);
    // "Which Third Circuit judge, sitting by designation, authored ...":
    // a judge of another court who sat by designation (as the document or
    // the question says) is one of its panel, whom the document seats on
    // its own court.
    const bool visitor_asked = !courts_asked.empty() &&
                               (sits_by_designation(*doc, courts_asked) ||
                                find_word(q.question, "by designation", 0, /*fold=*/true) != std::string::npos);
    auto seated_apart = [&](const std::string& court, const std::string& title) {
      if (visitor_asked && (court.empty() || court == doc_court)) return false;
      return seated_elsewhere(courts_asked, court, title);
    };
    const bool other_bench = !courts_asked.empty() && !visitor_asked &&
                             std::find(courts_asked.begin(), courts_asked.end(), doc_court) == courts_asked.end();
    if (in_title > 0 && accepts_type(q, "judge") && !other_bench) {
      judge_from_metadata(*doc, q, doc_score + title_score, out.answers);
    }
    if (in_title > 0) own_bill_number(*doc, q, doc_score + title_score, out.answers);
    if (in_title > 0 && q.trial_court && accepts_type(q, "court")) trial_courts_of(*doc, q, doc_score + title_score, out.answers);
    // The lower court asked: the one the search found first, or the one the
    // question describes, says it (several documents may share a party's
    // name in their titles: each would bring its own court below).
    const bool first_found = &candidate == &candidates.front();
    if ((first_found || is_described) && (q.reviewed_court || (q.trial_court && in_title > 0)) &&
        accepts_type(q, "court")) {
      reviewed_court_of(*doc, q, doc_score + title_score, out.answers);
    }

    // Score every sentence, then read answers from the best ones only: a
    // long opinion about the question's parties has a thousand sentences.
    struct Scored {
      std::size_t sentence;
      SentenceHits hits;
      double score;
    };
    std::vector<Scored> scored;
    const bool cites_asked = q.answer_type == "statute" || q.answer_type == "case";
    // The side whose counsel are asked: a side word of the question's, else
    // the side of a lawyer it names, else the party it names in this
    // document's title.
    std::string counsel_side = !q.counsel ? "" : !q.counsel_side.empty() ? q.counsel_side : side_named_in_title(q, *doc);
    if (q.counsel && q.counsel_side.empty()) {
      if (std::string beside = side_of_named_counsel(q, *doc); !beside.empty()) counsel_side = std::move(beside);
    }
    const bool has_counsel_lines = q.counsel && std::any_of(doc->entities.begin(), doc->entities.end(), [](const StoredEntity& de) {
                                 return de.type == "person" && de.role == "counsel";
                               });
    const std::optional<Span> subdivision = section_text ? cited_subdivision(*doc, q, sections) : std::nullopt;
    double previous_score = 0;  // the sentence before's, for a citation standing alone
    for (std::size_t si = 0; si < doc->sentences.size(); ++si) {
      auto [start, end] = doc->sentences[si];
      SentenceHits hits = scorer.score(std::string_view(doc->text).substr(start, end - start), aliases);
      // The lines under the subdivision the question cites say what it asks.
      if (subdivision && start >= subdivision->first && start < subdivision->second) hits.score += kPinpointWeight;
      // "... must be commercially available." then "Id. § 1065.701(c).": a
      // citation split off as a sentence of its own supports the sentence it
      // follows, and ties to the question as much as that sentence does.
      // Only for a statute or case asked: a citation names nothing else worth answering.
      const double own_score = hits.score;
      if (cites_asked && is_citation_sentence(std::string_view(doc->text).substr(start, end - start))) {
        hits.score = std::max(hits.score, previous_score);
      }
      previous_score = own_score;
      // A caption's name line whose title follows as its own short line:
      // "Before: Steven J. Menashi," then "Circuit Judge."
      if (hits.value_from == std::string::npos && si + 1 < doc->sentences.size()) {
        auto [next_start, next_end] = doc->sentences[si + 1];
        if (next_end - next_start <= 40 &&
            scorer.names_head(std::string_view(doc->text).substr(next_start, next_end - next_start))) {
          hits.value_from = 0;
          hits.score += kKeyMatchWeight;
        }
      }
      // "the tax in question, in the amount of $139,739.66": in the document
      // the question is about, the asked noun naming an amount of money says
      // what is asked as a docket's key does, however few of the question's
      // other words stand there. (Elsewhere every "a fine of $3,000" would.)
      if (in_title > 0 && hits.value_from == std::string::npos && q.answer_type == "money" && !q.head_noun.empty()) {
        const std::string_view sentence = std::string_view(doc->text).substr(start, end - start);
        const std::size_t at = find_word(sentence, q.head_noun + " of $", 0, /*fold=*/true);
        if (at != std::string::npos) {
          hits.value_from = at + q.head_noun.size() + 4;
          hits.score += kKeyMatchWeight;
        }
      }
      // "Raul Barrera Morales for appellant.": a counsel line weighs as a
      // key naming what is asked when counsel are, the more when it names
      // the side the question asks about.
      if (q.counsel) {
        const std::string_view sentence = std::string_view(doc->text).substr(start, end - start);
        if (auto line = counsel_line(*doc, sentence)) {
          hits.score += kKeyMatchWeight;
          if (!counsel_side.empty() && same_side(line->side, counsel_side)) hits.score += kKeyMatchWeight;
        }
      }
      if (hits.score <= 0 && in_title == 0) continue;
      scored.push_back(Scored{si, std::move(hits), 0.0});
      scored.back().score = scored.back().hits.score + doc_score + title_score;
    }
    // What the sentence before or after in the same paragraph says of the
    // question counts in part here, for a sentence saying something of it
    // itself; the neighbour lending more lends (`scored` is in the
    // document's order).
    {
      auto same_paragraph = [&](const Scored& a, const Scored& b) {
        if (a.sentence + 1 != b.sentence) return false;
        const std::size_t from = doc->sentences[a.sentence].second, to = doc->sentences[b.sentence].first;
        return to >= from && std::string_view(doc->text).substr(from, to - from).find("\n\n") == std::string_view::npos;
      };
      std::vector<double> lent(scored.size(), 0.0);
      for (std::size_t k = 0; k < scored.size(); ++k) {
        if (scored[k].hits.score <= 0) continue;
        if (k > 0 && same_paragraph(scored[k - 1], scored[k])) {
          lent[k] = std::max(lent[k], neighbour_bonus(scored[k].hits, scored[k - 1].hits));
        }
        if (k + 1 < scored.size() && same_paragraph(scored[k], scored[k + 1])) {
          lent[k] = std::max(lent[k], neighbour_bonus(scored[k].hits, scored[k + 1].hits));
        }
      }
      for (std::size_t k = 0; k < scored.size(); ++k) scored[k].score += lent[k];
    }
    auto better = [](const Scored& a, const Scored& b) { return a.score > b.score || (a.score == b.score && a.sentence < b.sentence); };
    // "When was X enacted": the date the document itself says X was
    // enacted on, wherever it stands (a public law's masthead, a rule's
    // "This rule will be effective November 2, 2017.") — its sentence shares
    // no word with the question, whose other words describe X in the
    // document's summary, beside dates that are no answer ("submitted ... on
    // December 7, 2016"). The one date so stated in the document's heading
    // (its own date, not one of the events it recounts) weighs as its best
    // sentence; where many are (a docket's every "Entered:" date), none tells
    // more than its own sentence.
    if (!q.date_role.empty()) {
      double weight = doc_score + title_score;
      const StoredEntity* only = nullptr;
      std::size_t in_role = 0;
      for (const auto& de : doc->entities) {
        if (de.type == "date" && same_date_role(de.role, q.date_role)) {
          only = &de;
          ++in_role;
        }
      }
      // A long act recounting other laws' enactments ("the Act of October 9,
      // 1965") still heads its text with its own date: the one of them in
      // the heading leads (not so a deadline: a heading's DATES line may
      // give another than the one asked).
      const StoredEntity* heading_date = nullptr;
      const bool own_role = one_of(q.date_role, {"enacted", "approved", "signed", "effective", "published", "issued"});
      if (in_role > 1 && own_role) {
        std::size_t in_heading = 0;
        for (const auto& de : doc->entities) {
          if (de.type != "date" || !same_date_role(de.role, q.date_role) || !said_in_heading(*doc, de)) continue;
          heading_date = &de;
          ++in_heading;
        }
        if (in_heading != 1) heading_date = nullptr;
      }
      double heading_weight = weight;
      for (const Scored& sc : scored) heading_weight = std::max(heading_weight, sc.score);
      if (in_role == 1 && said_in_heading(*doc, *only)) weight = heading_weight;
      auto sentence_score = [&](std::size_t si) {
        auto [start, end] = doc->sentences[si];
        return doc_score + title_score + scorer.score(std::string_view(doc->text).substr(start, end - start), aliases).score;
      };
      for (std::size_t i : dates_in_role(*doc, q, weight, sentence_score, out.answers, heading_date, heading_weight))
        own_dates.push_back(i);
    }
    if (q.disposition) dispositions_of(*doc, q, scorer, aliases, doc_score + title_score, out.answers);
    // The signature says what the question asks of the document (who signed
    // it) however few of its words it shares: it weighs as the best sentence.
    if (q.predicate == "signs") {
      double weight = doc_score + title_score;
      for (const Scored& sc : scored) weight = std::max(weight, sc.score);
      signers_of(*doc, q, weight, out.answers);
    }
    // So does its contact paragraph, for whom to contact about it.
    if (q.contact) {
      double weight = doc_score + title_score;
      for (const Scored& sc : scored) weight = std::max(weight, sc.score);
      contacts_in(*doc, q, weight, out.answers);
    }
    // A definition, too, weighs as the document's best sentence.
    if (!q.defined_term.empty()) {
      double weight = doc_score + title_score;
      for (const Scored& sc : scored) weight = std::max(weight, sc.score);
      definitions_of(*doc, q, weight, out.answers);
    }
    // A statute's own text (stored with no title, headed by its citation)
    // answers "which statute ..." asked by what it says: the heading's
    // statute, with the text's best sentences as evidence.
    if (accepts_type(q, "statute") && q.answer_type == "statute" && own_heading && !scored.empty()) {
      const Scored& top = *std::min_element(scored.begin(), scored.end(), better);
      if (top.hits.score >= kMinimumSentenceScore) {
        if (auto own = heading_statute(*doc); own && !is_question_entity(q, own->first->id)) {
          Answer a;
          a.type = "statute";
          a.entity = own->first->id;
          a.text = own->second;
          a.source = AnswerSource::passage;
          a.score = top.score + kTypeBonus;
          // Its two best sentences: a section's clauses are sentences of their
          // own. Right after the best, the sentence going on in its paragraph,
          // which says what the clause does ("It shall be unlawful ...
          // willfully to disclose ... Any violation of this paragraph shall be
          // a felony ...").
          a.evidence.push_back(evidence_of(*doc, top.sentence));
          const std::size_t next = top.sentence + 1;
          bool next_shown = false;
          if (next < doc->sentences.size()) {
            const std::size_t from = doc->sentences[top.sentence].second, to = doc->sentences[next].first;
            const std::string_view between = std::string_view(doc->text).substr(from, to >= from ? to - from : 0);
            if (to >= from && between.find('\n') == std::string_view::npos) {
              a.evidence.push_back(evidence_of(*doc, next));
              next_shown = true;
            }
          }
          const Scored* second = nullptr;
          for (const Scored& other : scored) {
            if (other.sentence != top.sentence && !(next_shown && other.sentence == next) &&
                (!second || better(other, *second))) {
              second = &other;
            }
          }
          if (second && second->hits.score >= kMinimumSentenceScore) a.evidence.push_back(evidence_of(*doc, second->sentence));
          out.answers.push_back(std::move(a));
        }
      }
    }
    // Which of the question's entities are people, for a role asked: a name
    // the question leaves unresolved is a person's when this document knows
    // it as one.
    std::vector<bool> person_entity(q.entities.size());
    if (q.answer_type == "role") {
      for (std::size_t i = 0; i < q.entities.size(); ++i) {
        const QuestionEntity& e = q.entities[i];
        // "Siegel" for the document's "Aaron Siegel": a surname alone.
        const bool one_word = e.text.find(' ') == std::string::npos;
        person_entity[i] = e.type == "person" || e.type == "judge" ||
                           (e.id.empty() && std::any_of(doc->entities.begin(), doc->entities.end(), [&](const StoredEntity& de) {
                              if (de.type != "person" && de.type != "judge") return false;
                              // "Savage" for "Joseph F. Savage, Jr.": the surname before a generational suffix.
                              if (one_word && de.name.find(' ') != std::string::npos && names::surname_of(de.name) == e.text) {
                                return true;
                              }
                              return std::any_of(e.aliases.begin(), e.aliases.end(), [&](const std::string& n) {
                                auto found = find_entity(n, de);
                                return found && found->first == 0 && found->second == n.size();
                              });
                            }));
      }
    }
    // Of several people, the one asked about, not the company he kept.
    if (std::count(person_entity.begin(), person_entity.end(), true) > 1) {
      std::vector<bool> asked = person_entity;
      for (std::size_t i = 0; i < q.entities.size(); ++i) {
        if (asked[i] && named_as_companion(q, q.entities[i])) asked[i] = false;
      }
      if (std::find(asked.begin(), asked.end(), true) != asked.end()) person_entity = std::move(asked);
    }
    const bool person_asked = std::find(person_entity.begin(), person_entity.end(), true) != person_entity.end();
    // The sentences naming the person whose role is asked ("Aaron Siegel,"
    // over his office), however few other words of the question they hold.
    auto names_person_asked = [&](const SentenceHits& hits) {
      return std::any_of(hits.entity_of.begin(), hits.entity_of.end(),
                         [&](std::size_t i) { return i < person_entity.size() && person_entity[i]; });
    };
    if (scored.size() > options.sentences_per_document) {
      std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(options.sentences_per_document),
                        scored.end(), better);
      // Docket lines and signature blocks naming what is asked stay, however
      // many sentences mention the question's names; so do those naming the
      // person whose role is asked.
      std::vector<Scored> keyed;
      for (std::size_t k = options.sentences_per_document; k < scored.size(); ++k) {
        const bool key = scored[k].hits.value_from != std::string::npos || names_person_asked(scored[k].hits);
        if (key && keyed.size() < kKeyedSentences) keyed.push_back(std::move(scored[k]));
      }
      scored.resize(options.sentences_per_document);
      for (auto& k : keyed) scored.push_back(std::move(k));
    }
    for (const Scored& best : scored) {
      const std::size_t si = best.sentence;
      const SentenceHits& hits = best.hits;
      const double score = best.score;
      auto [start, end] = doc->sentences[si];
      std::string_view s = std::string_view(doc->text).substr(start, end - start);

      Evidence ev;
      ev.doc = doc->id;
      ev.title = doc->title;
      ev.court = doc->court;
      ev.date = doc->date;
      ev.sentence = doc->sentence_number(si);
      ev.start = start;
      ev.end = end;
      ev.text = std::string(s);

      out.closest.push_back(Passage{ev, score});
      if (out.closest.size() > 4 * options.closest) {
        std::sort(out.closest.begin(), out.closest.end(), [](const Passage& a, const Passage& b) { return a.score > b.score; });
        out.closest.resize(options.closest);
      }

      if (hits.score + title_score < kMinimumSentenceScore) continue;
      // A sentence naming none of the question's entities must at least
      // state its relation, or stand in a document about them.
      if (!q.entities.empty() && hits.entities == 0 && hits.cue_at == std::string::npos && in_title == 0 &&
          !by_question_court &&
          !(hits.value_from != std::string::npos && names_question_entity) &&
          !(names_question_entity && gives_asked_identifier(s, q)) &&
          !(names_question_entity && says_many_question_words(hits)) &&
          !(names_question_entity && writes_question_number(s))) {
        continue;
      }
      const std::size_t anchor = hits.cue_at != std::string::npos ? hits.cue_at
                                 : hits.entity_at.empty()         ? std::string::npos
                                                                  : hits.entity_at.front();
      // An answer read from `from` (this sentence, or one next to it).
      auto emit_from = [&](Answer a, const Evidence& from, std::pair<std::size_t, std::size_t> span, double bonus) {
        if (a.type == "role" && !accepts_role(q, a.text)) return;
        a.source = AnswerSource::passage;
        a.score = score + bonus;
        a.evidence.push_back(from);
        a.evidence.back().highlight = span;
        out.answers.push_back(std::move(a));
        sentence_scores.resize(out.answers.size() - 1, -1.0);
        sentence_scores.push_back(score);
      };
      auto emit = [&](Answer a, std::pair<std::size_t, std::size_t> span, double bonus) {
        emit_from(std::move(a), ev, span, bonus);
      };

      if (q.answer_type == "role") {
        // "Alexander Armstrong, Attorney General of ...", "Kristin J. Uicker\nCounsel of Record".
        // "What was McAleenan's title when he signed the rule on Peru": the
        // role follows the person asked about, not a place or a thing.
        for (std::size_t k = 0; k < hits.entity_end.size(); ++k) {
          if (person_asked && !person_entity[hits.entity_of[k]]) continue;
          // The counsel's office is asked, not that of the party named.
          if (role_of_counsel && !person_asked) continue;
          auto span = role_after_name(s, hits.entity_end[k]);
          // A signature block: "Troy Tanner," then "Deputy Chief, International
          // Bureau." as a sentence of its own.
          if (!span && si + 1 < doc->sentences.size() &&
              s.find_first_not_of(" ,.\n", hits.entity_end[k]) == std::string_view::npos) {
            auto [next_start, next_end] = doc->sentences[si + 1];
            std::string_view title = std::string_view(doc->text).substr(next_start, next_end - next_start);
            while (!title.empty() && (title.back() == '.' || title.back() == ' ' || title.back() == '\n')) title.remove_suffix(1);
            // Not a label ("ACTION: Proposed rule") nor the next signer's name.
            const bool a_name = std::any_of(doc->entities.begin(), doc->entities.end(), [&](const StoredEntity& de) {
              return one_of(de.type, {"person", "judge", "organization"}) && find_entity(title, de).has_value();
            });
            if (!title.empty() && title.size() <= kMaxSignatureTitle && is_upper_ascii(title.front()) && !a_name &&
                written_as_title(title) &&
                title.find_first_of("\n:") == std::string_view::npos && words_of(title).size() <= 8) {
              Answer a;
              a.type = "role";
              a.text = std::string(title);
              emit_from(std::move(a), evidence_of(*doc, si + 1), {0, title.size()}, kAppositiveRoleBonus);
            }
            continue;
          }
          // "John G. Roberts, Jr., ... argued the cause and filed a brief as
          // amicus curiae": the capacity the sentence gives the name.
          if (!span) span = capacity_after(s, hits.entity_end[k]);
          // "As the tax matters partner, Mr. McNeill filed suit".
          if (!span) span = capacity_before_name(s, hits.entity_at[k]);
          // "HMA's President (Mr. Richard Rowe)".
          if (!span) span = title_before_parenthesized_name(s, hits.entity_at[k]);
          // "Bank Shares' vice president and loan review officer Worden".
          if (!span) span = role_before_name(s, hits.entity_at[k]);
          // "Marion Doucette was Manager/CEO of the Credit Union".
          if (!span) span = role_by_copula(s, hits.entity_end[k]);
          if (!span) continue;
          const std::string_view phrase = s.substr(span->first, span->second - span->first);
          // "FOR THE FIRST CIRCUIT\nNo. 93-1788": a number's label, not a role.
          if (labels_a_number(s, span->second)) continue;
          // Another name, not a role ("Leon, Spireon").
          if (names_someone(*doc, phrase)) continue;
          Answer a;
          a.type = "role";
          a.text = std::string(phrase);
          emit(std::move(a), *span, kAppositiveRoleBonus);
          // "Broderick served as Federation vice-president from January 1987
          // ..., and has served as Federation president since January 1,
          // 1989": a later office of the same subject, in a predicate joined
          // to the first, answers as well.
          if (const auto later = later_role_of_subject(s, span->second)) {
            const std::string_view later_phrase = s.substr(later->first, later->second - later->first);
            if (!names_someone(*doc, later_phrase)) {
              Answer b;
              b.type = "role";
              b.text = std::string(later_phrase);
              emit(std::move(b), *later, kAppositiveRoleBonus);
            }
          }
        }
        // "What office did the respondent, Brigadier General Cox, hold":
        // "surrendered custody of petitioners to respondent, Provost Marshal
        // of the Military District of Washington" — the side the question
        // names, with its office set off after it, in a document about it.
        if (in_title > 0 && !role_of_counsel) {
          for (const Word& qw : words_of(q.question)) {
            // The question sets the side's name off after it ("the respondent, Brigadier General Cox,").
            const bool named_side = q.question.compare(qw.end, 2, ", ") == 0 && qw.end + 2 < q.question.size() &&
                                    is_upper_ascii(q.question[qw.end + 2]);
            if (qw.capitalized || !named_side || !in_lexicon("party_side", qw.lower)) continue;
            const std::size_t at = find_word(s, qw.lower);
            if (at == std::string::npos) continue;
            const auto span = role_after_name(s, at + qw.lower.size());
            if (!span) continue;
            const std::string_view phrase = s.substr(span->first, span->second - span->first);
            if (names_someone(*doc, phrase)) continue;
            Answer a;
            a.type = "role";
            a.text = collapse_spaces(phrase);
            emit(std::move(a), *span, kAppositiveRoleBonus);
            break;
          }
        }
        // "At the time of the events described in the complaint, he was a
        // pretrial detainee": in a document the person asked about is a
        // party to (the title names him), "he" or "she" opening the clause
        // is most often that person; it weighs as half a name.
        // "Appellant was employed by DMA as a Marine Information Specialist":
        // a party's role word opening the sentence stands for that party, the
        // person asked about when the question names no other person.
        const bool no_person_named = std::none_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) {
          return e.type == "person" || e.type == "judge";
        });
        // "What was the title of the official whose March 1992 memo told
        // prison staff to recompute credits": the question describes the
        // person instead of naming him; the office set off after a person
        // the best sentences name ("a memorandum from defendant DuBois, the
        // Commissioner of Correction") answers, weighing half a named one's.
        if (!person_asked && no_person_named && !role_of_counsel) {
          for (const auto& de : doc->entities) {
            if (de.type != "person" && de.type != "judge") continue;
            auto named = find_entity(s, de);
            if (!named) named = find_surname(s, de);
            if (!named) continue;
            const auto span = role_after_name(s, named->second);
            if (!span) continue;
            const std::string_view phrase = s.substr(span->first, span->second - span->first);
            if (labels_a_number(s, span->second) || names_someone(*doc, phrase)) continue;
            Answer a;
            a.type = "role";
            a.text = collapse_spaces(phrase);
            emit(std::move(a), *span, kAppositiveRoleBonus / 2);
          }
        }
        // "In that organization, she held the career position of Executive
        // Officer IV since February 1, 1984": a title named after the noun
        // for an office, in a sentence about the question's names.
        if ((hits.entities > 0 || in_title > 0) && !role_of_counsel) {
          const auto span = title_after_office_noun(s);
          const std::string_view title = span ? s.substr(span->first, span->second - span->first) : std::string_view();
          if (span && !names_someone(*doc, title)) {
            Answer a;
            a.type = "role";
            a.text = collapse_spaces(title);
            emit(std::move(a), *span, kAppositiveRoleBonus / 2);
          }
        }
        if ((person_asked || no_person_named) && in_title > 0) {
          const std::vector<Word> sentence_words = words_of(s);
          for (std::size_t wi = 0; wi < sentence_words.size(); ++wi) {
            const Word& w = sentence_words[wi];
            const bool opening_party = wi == 0 && w.capitalized && in_lexicon("party_side", w.lower);
            if (!opening_party && (!person_asked || !one_of(w.lower, {"he", "she"}))) continue;
            const auto span = role_by_copula(s, w.end);
            // "He was Mr. Smith": after a pronoun only a lower-case status is sure.
            if (!span || (!opening_party && is_upper_ascii(s[span->first]))) continue;
            const std::string_view phrase = s.substr(span->first, span->second - span->first);
            if (opening_party && names_someone(*doc, phrase)) continue;
            Answer a;
            a.type = "role";
            a.text = collapse_spaces(phrase);
            emit(std::move(a), *span, kAppositiveRoleBonus / 2);
            break;
          }
        }
        for (std::size_t i = 0; i < q.entities.size(); ++i) {
          for (const auto& de : doc->entities) {
            if (de.id != q.entities[i].id || de.role.empty()) continue;
            std::size_t at = s.find(de.role);
            if (at == std::string::npos || hits.entities == 0) continue;
            Answer a;
            a.type = "role";
            a.text = de.role;
            emit(std::move(a), {at, at + de.role.size()}, 2.0);
          }
        }
        // "What was the title of the lawyer who argued for the Tax
        // Commissioner": the office set off after a counsel's name on the
        // document's counsel lines ("Louis Weinstein, Assistant Attorney
        // General of Connecticut, argued the cause for respondent").
        if (role_of_counsel && !person_asked) {
          for (const auto& de : doc->entities) {
            if (de.type != "person" || de.role != "counsel") continue;
            const auto named = find_entity(s, de);
            if (!named) continue;
            const auto span = role_after_name(s, named->second);
            if (!span) continue;
            Answer a;
            a.type = "role";
            a.text = std::string(s.substr(span->first, span->second - span->first));
            emit(std::move(a), *span, kAppositiveRoleBonus);
          }
        }
        continue;
      }
      if (q.answer_type == "holding") {
        if (!states_a_holding(s)) continue;
        Answer a;
        a.type = "holding";
        a.text = ev.text;
        emit(std::move(a), {0, s.size()}, 0.0);
        continue;
      }
      if (q.answer_type == "name") {
        // "By what other name may the resolution be referred to": the name
        // in quotes, first the one the sentence introduces as a name.
        for (const Span& span : quoted_names(s)) {
          Answer a;
          a.type = "name";
          a.text = collapse_spaces(s.substr(span.first, span.second - span.first));
          const double introduced = introduces_name(s, span.first) ? kTypeBonus : 0.0;
          emit(std::move(a), span, introduced + kTypeBonus * nearness(span.first, anchor));
        }
        // "By what other name is the petitioner known": "X, A/K/A Y".
        for (const Span& span : alias_names(s)) {
          Answer a;
          a.type = "name";
          a.text = collapse_spaces(s.substr(span.first, span.second - span.first));
          emit(std::move(a), span, kTypeBonus + kTypeBonus * nearness(span.first, anchor));
        }
        continue;
      }
      if (q.answer_type == "identifier" && q.answer_entity_types.empty()) {
        // "What is the number of the Ellis Patent": the number labelled
        // "No." in the sentence, first the one right after the thing it numbers.
        for (const auto& [span, after_kind] : identifiers_in(s, q)) {
          Answer a;
          a.type = "identifier";
          a.text = collapse_spaces(s.substr(span.first, span.second - span.first));
          emit(std::move(a), span, (after_kind ? kTypeBonus : 0.0) + kTypeBonus * nearness(span.first, anchor));
        }
        continue;
      }
      std::size_t typed = 0;  // answers of the asked type found in the sentence
      // "Which motions were denied": a party's motion is a request the
      // extractor does not type as an order; its words say which one
      // ("motion to proceed in forma pauperis is denied").
      std::optional<Span> request;  // the party's request the sentence decides
      // "What did Hinson ask the court for": the request itself is asked,
      // whether or not the sentence says what became of it.
      // So is the one "what motion did Ferreira file" names, with no verb
      // of deciding to find.
      const bool request_asked =
          q.answer_type == "order" &&
          (q.head.starts_with("what ... ") ||
           (q.predicate.empty() && one_of(q.head_noun, {"motion", "motions", "petition", "petitions", "application",
                                                         "applications", "request", "requests"})));
      if (q.answer_type == "order" && !q.disposition && (hits.cue_at != std::string::npos || request_asked)) {
        if (auto span = request_phrase(s, q.head_noun)) {
          request = *span;
          Answer a;
          a.type = "order";
          a.text = collapse_spaces(s.substr(span->first, span->second - span->first));
          emit(std::move(a), *span, kTypeBonus * nearness(span->first, anchor));
        } else if (hits.cue_at != std::string::npos) {
          // The request is made in one of the three sentences before (the
          // second may give the party's reason for it, a footnote the third).
          for (std::size_t back = 1; back <= 3 && back <= si; ++back) {
            const auto [prior_start, prior_end] = doc->sentences[si - back];
            const std::string_view prior = std::string_view(doc->text).substr(prior_start, prior_end - prior_start);
            const auto told = request_referred_to(s, prior);
            if (!told) continue;
            Answer a;
            a.type = "order";
            a.text = collapse_spaces(prior.substr(told->first, told->second - told->first));
            emit(std::move(a), {hits.cue_at, hits.cue_at}, kTypeBonus);
            out.answers.back().evidence.push_back(evidence_of(*doc, si - back));  // where the request is told
            out.answers.back().evidence.back().highlight = *told;
            break;
          }
        }
      }
      // "We deny the petition": an opinion's "we" is the court deciding it.
      if (accepts_type(q, "court") && hits.cue_at != std::string::npos && !doc->court.empty() &&
          the_court_speaks(s, hits.cue_at)) {
        Answer a;
        a.type = "court";
        a.text = doc->court;
        const std::string court_id = names::document_court_id(doc->court);
        if (!court_id.empty()) a.entity = "court:" + court_id;
        for (const auto& de : doc->entities) {
          if (de.type == "court" && (de.id == a.entity || de.name == doc->court)) {
            a.entity = de.id;
            if (!de.name.empty()) a.text = de.name;
            break;
          }
        }
        // "Where did the suit begin": an appeals court's "we" is not the trial court asked.
        const bool unfit = q.trial_court && court_kind_bonus(q, a.entity, a.text) < 0;
        if (!unfit && (a.entity.empty() || !is_question_entity(q, a.entity))) {
          // "We" names the court as its name would: among the court's
          // evidence this sentence shows first, and in an opinion about the
          // question's parties it weighs as the court named. Elsewhere ("we
          // decline to reach" in another case) it is no better an answer.
          const bool about_question = in_title > 0 || names_question_entity;
          emit(std::move(a), {hits.cue_at, hits.cue_at}, kTypeBonus + (about_question ? kEntityWeight : 0.0));
          sentence_scores.back() += kEntityWeight;
          ++typed;
        }
      }
      // "An appeal from a decision of the tax court", "the district court
      // dismissed": the one court of that kind the ruling reviews, as its
      // name would answer.
      // Only in the document the question names by its title: elsewhere
      // every appeal's "the district court" would answer.
      if (accepts_type(q, "court") && candidate.named_in_title) {
        for (const CourtReference& ref : court_references(s, *doc)) {
          if (is_question_entity(q, ref.court->id)) continue;
          double bonus = kTypeBonus * nearness(ref.span.first, anchor);
          if (q.trial_court || !q.court_system.empty()) bonus += court_kind_bonus(q, ref.court->id, ref.court->name);
          Answer a;
          a.type = "court";
          a.entity = ref.court->id;
          a.text = ref.court->name;
          emit(std::move(a), ref.span, bonus);
          ++typed;
        }
      }
      // "I join the Court's opinion except Part II-D thereof.": a separate
      // opinion's "I" is the judge its heading names, as an opinion's "we"
      // is its court.
      if (q.answer_type == "judge") {
        if (const auto at = first_person_at(s)) {
          const SeparateOpinion opinion = separate_opinion_at(*doc, start);
          const StoredEntity* author = opinion.author;
          // A dissent asked ("who would have upheld"), a dissent's "I"; a
          // concurrence asked, a concurrence's. A judge of another court
          // than the one asked ("which circuit judge") is not asked.
          const bool kind_fits = (!(q.dissent || q.counterfactual) || opinion.dissent) && (!q.concurrence || opinion.concur);
          if (author && kind_fits && !is_question_entity(q, author->id) &&
              !seated_apart(author->court, author->title)) {
            Answer a;
            a.type = "judge";
            a.entity = author->id;
            a.text = author->name;
            // As a name named, in the case the question names; elsewhere no
            // more than its sentence: any separate opinion's "I" sharing the
            // question's words would answer.
            emit(std::move(a), {*at, *at + 1}, in_title > 0 ? kTypeBonus : 0.0);
            ++typed;
          }
        }
      }
      // Orders widened to their phrases: an order inside another's phrase
      // ("preliminary injunction" in "order denying a preliminary injunction") is part of it.
      std::vector<std::pair<std::size_t, std::size_t>> order_spans;
      if (accepts_type(q, "order")) {
        for (const auto& de : doc->entities) {
          if (de.type != "order") continue;
          if (auto span = find_entity(s, de)) order_spans.push_back(order_phrase(s, *span));
        }
      }
      const std::optional<CounselSide> counsel = q.counsel ? counsel_line(*doc, s) : std::nullopt;
      for (const auto& de : doc->entities) {
        if (!accepts_type(q, de.type) || is_question_entity(q, de.id)) continue;
        // "Who conducted MacDonald's polygraph examination": the person the
        // question names by surname alone is whom it is about, not the answer.
        if (one_of(de.type, {"person", "judge"}) && names_by_surname(q, de.name)) continue;
        // "On what day in 1990 ...", "on what date": a year alone is no day.
        if (de.type == "date" && one_of(q.head_noun, {"day", "date"}) && year_only_date(de.id)) continue;
        // "Which Tax Court judge": a judge the document seats on another court is not asked.
        if (de.type == "judge" && seated_apart(de.court, de.title)) continue;
        // "Who wrote the appeals court's decision on the hotel guest's
        // accident": a party the document's title names is none of its judges.
        if (q.answer_type == "judge" && de.type == "person" &&
            (find_entity(doc->title, de) || find_surname(doc->title, de))) {
          continue;
        }
        const bool a_side = own_party(de);
        // A section cited twice in a sentence ("barred by 12 U.S.C.
        // 1821(d)(13)(D) ... precluded by 12 U.S.C. 1821(j)"): the mention
        // the question's words lead to, with its subsection, answers.
        auto span = de.type == "statute" ? find_entity_near_terms(s, de, q.terms) : find_entity(s, de);
        bool by_surname = false;
        if (!span && (de.type == "person" || de.type == "judge")) {
          span = find_surname(s, de);
          by_surname = span.has_value();
        }
        if (!span) continue;
        if (de.type == "order" && std::any_of(order_spans.begin(), order_spans.end(), [&](const auto& o) {
              return o.first <= span->first && span->second <= o.second && o != order_phrase(s, *span);
            })) {
          continue;
        }
        // "motion to stay this Court's Order pending appeal": the order it
        // names is part of the request, not the answer.
        if (de.type == "order" && request && request->first <= span->first && span->second <= request->second) continue;
        double bonus = kTypeBonus * nearness(span->first, anchor);
        if (hits.value_from != std::string::npos && span->first >= hits.value_from) bonus += kKeyValueBonus;
        // A side of the case the question names answers only where no one
        // else in the sentence does ("the rig's owner, Precision Drilling").
        if (a_side) bonus -= kOwnPartyPenalty;
        // "Who was his main gun supplier": "supplier was Wade Collett".
        if (!q.head_noun.empty() && named_after_noun_and_copula(s, span->first, q.head_noun)) bonus += kUnitBonus;
        // "Who appoints the Advocate": "appointed by the Secretary".
        if (q.head == "who" && agent_of_question_verb(s, span->first, q)) bonus += kUnitBonus;
        // Counsel asked: the names a counsel line gives before its "for";
        // in a document with counsel lines, no one else the opinion names.
        if (counsel && span->second <= counsel->phrase.first) {
          // Counsel for the other side than the one asked about are not asked.
          bonus += counsel_side.empty() || same_side(counsel->side, counsel_side) ? kKeyValueBonus : -kKeyValueBonus;
        }
        if (q.counsel && de.type == "person" && de.role != "counsel" && has_counsel_lines) bonus -= kKeyValueBonus;
        if (inside_parentheses(s, span->first)) bonus -= kParenthesisPenalty;
        // "Through what kind of order must the court correct its written
        // judgment", "does the Terminal Railway of the Alabama State Docks
        // Department comply": what the question names itself is what it asks
        // about, not its answer, though the graph knows it by another id.
        if (!one_of(de.type, {"date", "money", "figure"}) && question_says(q, s.substr(span->first, span->second - span->first))) {
          bonus -= kUnitBonus;
        }
        // "When did the rule take effect": a date the document says it is
        // effective on, over one it was published or filed on.
        if (de.type == "date" && !q.date_role.empty() && role_said_after(s, span->second, q.date_role)) {
          bonus += kUnitBonus;
        } else if (de.type == "date" && !q.date_role.empty() && !de.role.empty()) {
          bonus += same_date_role(de.role, q.date_role) ? kUnitBonus : -kUnitBonus / 3;
        }
        if (de.type == "figure" && !q.unit.empty()) {
          if (!de.unit.empty() && same_unit(de.unit, q.unit)) bonus += kUnitBonus;
          else if (!de.unit.empty()) bonus -= kUnitBonus / 3;
        }
        // "Which federal trial court": a court of that system and level.
        if (de.type == "court" && (q.trial_court || !q.court_system.empty())) bonus += court_kind_bonus(q, de.id, de.name);
        // "Which district judge joined Chief Judge Breyer": the trial judge
        // sitting by designation, not a circuit judge of the panel.
        if (de.type == "judge" && q.trial_judge && !de.title.empty()) {
          const std::string title = to_lower(de.title);
          if (title.find("district") != std::string::npos || title.find("magistrate") != std::string::npos ||
              title.find("bankruptcy") != std::string::npos)
            bonus += kUnitBonus;
          else if (title.find("circuit") != std::string::npos || title.find("justice") != std::string::npos)
            bonus -= kUnitBonus / 3;
        }
        // "Which section of Title 42": a section of that title of the Code, not of another.
        if (de.type == "statute" && !q.code_title.empty() && de.id.starts_with("statute:usc/")) {
          bonus += de.id.starts_with("statute:usc/" + q.code_title + "/") ? kUnitBonus : -kUnitBonus / 3;
        }
        // "What South Carolina department": a body whose name says the State.
        if (!q.head_state.empty() && find_word(de.name, q.head_state) != std::string::npos) bonus += kUnitBonus;
        // "Which agency's facilities": "CBP facilities", "CBP's facilities".
        if (!q.possessed.empty() &&
            (owns_next_word(s, span->second, q.possessed) || owns_noun_before(s, span->first, q.possessed)))
          bonus += kUnitBonus;
        // "How long", "what prison term": days, months, years.
        if (de.type == "figure" && !q.unit_category.empty() && !de.unit.empty()) {
          const auto& units = figures::figure_vocabulary().units;
          auto unit = units.find(to_lower(de.unit));
          if (unit != units.end()) bonus += unit->second.category == q.unit_category ? kUnitBonus : -kUnitBonus / 3;
        }
        // "What balance did he sue for": "a balance of $830.80", the amount the
        // asked noun names, over "$3.60 per ton", a rate it was reckoned by.
        if (de.type == "money" && !q.head_noun.empty() && names_amount_before(s, span->first, q.head_noun)) bonus += kUnitBonus;
        if (de.type == "money" && is_rate(s, span->second) && !asks_rate(q)) bonus -= kUnitBonus;
        // "The minimum bond": "at least $1,500" over "$1,500 posted".
        if ((de.type == "figure" || de.type == "money") && !q.bound.empty()) {
          const std::string bound = mention_bound(s, *span);
          if (bound == q.bound) bonus += kUnitBonus;
          else if (bound == "minimum" || bound == "maximum") bonus -= kUnitBonus / 3;
        } else if (de.type == "money") {
          // "How much was the penalty cut to": "$5,000", not "less than
          // $10,000" said of sanctions in general; an amount asked plainly
          // is one paid or owed, and a bound only says what it is within.
          const std::string bound = mention_bound(s, *span);
          if (bound == "minimum" || bound == "maximum") bonus -= kUnitBonus / 3;
        }
        Answer a;
        a.type = de.type;
        a.entity = de.id;
        a.text = std::string(s.substr(span->first, span->second - span->first));
        // "this Court", "the agency": a reference; the name says who it is.
        // So does a person named by surname alone ("Defendant Leon"), or
        // otherwise than in full ("McREYNOLDS"): people answer by full name.
        const bool personal = de.type == "judge" || de.type == "person";
        // So does a short name the document defined ("Zurich" for "American
        // Zurich Insurance Company"): a word of the full name, standing for it.
        const bool short_name = de.type == "organization" && a.text.size() < de.name.size() &&
                                find_word(de.name, a.text) != std::string::npos;
        if ((by_surname || personal || short_name || is_reference(a.text)) && !de.name.empty()) a.text = de.name;
        if (de.type == "court") a.text = court_as_cited(a.text, de.name);
        // "Id. § 1065.701(c)": the section, not the citation signal.
        if (a.text.starts_with("Id. ") && a.text.size() > 4) a.text.erase(0, 4);
        a.number_value = de.value;
        if (de.type == "figure") a.unit = de.unit;
        a.string_value = de.iso;
        if (de.type == "order") {
          // "order" alone says nothing: the words that tell which order.
          span = order_phrase(s, *span);
          a.text = collapse_spaces(s.substr(span->first, span->second - span->first));
          // Still one bare word ("that order"): it tells no order from another.
          if (words_of(a.text).size() < 2) continue;
        }
        emit(std::move(a), *span, bonus);
        ++typed;
      }
      // "How many invoices accompanied the draft": "accompanied by 163
      // invoices", a count of the very noun asked, which no unit of the
      // extractor's list names (a figure it typed is read above).
      if (q.answer_type == "figure" && !q.unit.empty()) {
        // "How many buyers": "approximately 3,000 purchasers" counts them as
        // well; the unit's one-word family members are counted too.
        std::vector<CountedNoun> counts = counts_of(s, q.unit);
        const WordFamilies& families = word_families();
        for (std::size_t family : families.families_of(to_lower(q.unit))) {
          for (const std::string& member : families.members[family]) {
            if (member.find(' ') != std::string::npos || crude_stem(member) == crude_stem(to_lower(q.unit))) continue;
            for (const CountedNoun& count : counts_of(s, member)) counts.push_back(count);
          }
        }
        for (const CountedNoun& count : counts) {
          const bool typed_there = std::any_of(doc->entities.begin(), doc->entities.end(), [&](const StoredEntity& de) {
            if (de.type != "figure" || de.unit.empty()) return false;
            const auto span = find_entity(s, de);
            return span && span->first < count.span.second && count.span.first < span->second;
          });
          if (typed_there) continue;
          Answer a;
          a.type = "figure";
          a.text = collapse_spaces(s.substr(count.span.first, count.span.second - count.span.first));
          a.entity = "figure:" + figures::format_number(count.value) + "/" + to_lower(q.unit);
          a.number_value = count.value;
          a.unit = q.unit;
          emit(std::move(a), count.span, kTypeBonus * nearness(count.span.first, anchor) + kUnitBonus);
          ++typed;
        }
      }
      // A capitalized run the extractor did not type, answering as the type asked.
      auto emit_untyped = [&](Span span) {
        Answer a;
        a.type = q.answer_type;
        a.text = collapse_spaces(s.substr(span.first, span.second - span.first));
        emit(std::move(a), span, kUntypedNameBonus);
        ++typed;
      };
      // "Against whom may a taxpayer bring a civil action": the name after
      // "against" past the cue ("an action for damages against the United
      // States"), typed or not — a statute names the sued government in
      // prose the extractor leaves untyped.
      if (typed == 0 && hits.cue_at != std::string::npos && q.party_sued) {
        const std::vector<Word> ws = words_of(s);
        for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
          if (ws[k].lower != "against" || ws[k].start < hits.cue_at) continue;
          const Word& before = ws[k + 1].lower == "the" && k + 2 < ws.size() ? ws[k + 1] : ws[k];
          auto span = capitalized_name_at(s, before.start, before.end);
          if (span && span->first > before.start) emit_untyped(*span);
          break;
        }
      }
      // "Who is the chief law officer for the IRS": "The Chief Counsel shall
      // be the chief law officer for the Internal Revenue Service" — the
      // name a sentence defines as what is asked, typed or not.
      if (q.head == "who" && !q.head_noun.empty() && one_of(q.answer_type, {"person", "agency", "role"})) {
        if (auto span = defined_as(s, q.head_noun, q.terms)) {
          Answer a;
          a.type = q.answer_type;
          a.text = collapse_spaces(s.substr(span->first, span->second - span->first));
          emit(std::move(a), *span, kTypeBonus + kUnitBonus);
          ++typed;
        }
      }
      // "Who dictated a lengthy opinion": "The immigration judge dictated a
      // lengthy opinion", an office named by its role, no one by name.
      // "Which official conducts the interviews": "An asylum officer shall
      // conduct interviews", an office asked for by a head noun naming one,
      // whatever else the sentence names.
      const bool office_asked = one_of(q.head_noun, {"official", "officials", "officer", "officers"});
      if ((typed == 0 || office_asked) && (q.head == "who" || office_asked) &&
          one_of(q.answer_type, {"person", "judge", "agency", "role"})) {
        auto span = role_subject_of(s, q.terms);
        // "the officer shall ...": an office asked for is told by the words before its noun.
        if (span && office_asked && s.substr(span->first, span->second - span->first).find(' ') == std::string_view::npos) {
          span.reset();
        }
        if (span) {
          // Who did it, named by office: as the type asked, ranked by its sentence.
          Answer a;
          a.type = q.answer_type;
          a.text = collapse_spaces(s.substr(span->first, span->second - span->first));
          emit(std::move(a), *span, office_asked ? kTypeBonus : kUntypedNameBonus);
          ++typed;
        }
      }
      // "The petitioner was not there; Birdsall was in charge": a name the
      // extractor did not type, opening the clause that says what "who was
      // in charge" asks — a one-word name before a copula, with a word of
      // the question after it.
      if (typed == 0 && q.answer_type == "person" && q.head == "who") {
        const std::vector<Word> ws = words_of(s);
        for (std::size_t k = 0; k + 2 < ws.size(); ++k) {
          const bool clause_start = k == 0 || s.substr(ws[k - 1].end, ws[k].start - ws[k - 1].end).find_first_of(";:") !=
                                                  std::string_view::npos;
          if (!clause_start || !ws[k].capitalized || ws[k].lower.size() < 4 || ws[k + 1].capitalized ||
              !one_of(ws[k + 1].lower, {"was", "were", "is", "had", "has"})) {
            continue;
          }
          const bool says_asked = std::any_of(ws.begin() + static_cast<std::ptrdiff_t>(k) + 2, ws.end(), [&](const Word& w) {
            return std::any_of(q.terms.begin(), q.terms.end(), [&](const std::string& t) { return crude_stem(t) == crude_stem(w.lower); });
          });
          const std::string_view name = s.substr(ws[k].start, ws[k].end - ws[k].start);
          if (says_asked && !is_stopword(ws[k].lower) && plausible_untyped_name(name, *doc, q)) {
            emit_untyped({ws[k].start, ws[k].end});
            break;
          }
        }
      }
      // A name the extractor did not type, next to the word the question
      // asks by: "his current employer SPIREON", "the City of Alamosa",
      // "Southern District of New York" (a court's name cut from its line).
      if (typed == 0 && !name_anchors.empty() && one_of(q.answer_type, {"organization", "agency", "court"})) {
        for (const Word& w : words_of(s)) {
          if (w.lower.size() < 3 || !name_anchors.count(crude_stem(w.lower))) continue;
          auto span = capitalized_name_at(s, w.start, w.end);
          // A docket line's key ("Discretionary Court Decision Date:") names no one.
          if (!span || (span->second < s.size() && s[span->second] == ':') ||
              !plausible_untyped_name(s.substr(span->first, span->second - span->first), *doc, q)) {
            continue;
          }
          emit_untyped(*span);
          break;
        }
      }
      // A docket line's value the extractor typed as nothing ("Trustee\nLOTHAR
      // GOERNITZ", "Lower Ct: Court of Appeals of North Carolina"): the value
      // itself answers a question asking for a name.
      if (typed == 0 && hits.value_from != std::string::npos && hits.value_from > 0 && hits.key_names_head &&
          one_of(q.answer_type, {"person", "judge", "court", "organization", "agency"})) {
        std::size_t from = hits.value_from;
        std::size_t to = std::min(s.find('\n', from), s.size());
        while (to > from && (s[to - 1] == ' ' || s[to - 1] == '.' || s[to - 1] == ',')) --to;
        const std::string_view value = s.substr(from, to - from);
        // A case caption ("In re: X", "X v. Y") names a case, not who or which court.
        const bool caption = value.starts_with("In re") || find_word(value, "v.") != std::string::npos;
        // "Decision Date: May 3, 2017" for a key saying "Court": a date or number, no name.
        const bool figures = std::count_if(value.begin(), value.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) >= 4;
        if (to > from && to - from <= 80 && is_upper_ascii(s[from]) && !caption && !figures) {
          Answer a;
          a.type = q.answer_type;
          a.text = std::string(s.substr(from, to - from));
          emit(std::move(a), {from, to}, kKeyValueBonus / 2);
        }
      }
    }
  }
  // "When did the 2016 aviation act require the database": a bare year the
  // question gives describes what is asked; it is not the date asked for.
  for (Answer& a : out.answers) {
    if (a.type == "date" && a.string_value.size() == 4 &&
        std::find(q.terms.begin(), q.terms.end(), a.string_value) != q.terms.end()) {
      a.score -= kQuestionYearPenalty;
    }
  }
  // "... who compared his punishment with his co-defendants' seven- and
  // nine-year terms": a number the question states describes what is asked.
  const std::vector<double> stated = numbers_stated(q);
  for (Answer& a : out.answers) {
    if ((a.type == "figure" || a.type == "money") && a.number_value &&
        std::find(stated.begin(), stated.end(), *a.number_value) != stated.end()) {
      a.score -= kQuestionYearPenalty;
    }
  }
  lead_own_dates(out.answers, own_dates);
  sentence_scores.resize(out.answers.size(), -1.0);
  order_evidence_by_sentence(out.answers, sentence_scores);
  // The best answers' documents read again, for their best evidence.
  review_best_evidence(db, read, scorer, out.answers);

  std::sort(out.closest.begin(), out.closest.end(), [](const Passage& a, const Passage& b) { return a.score > b.score; });
  if (out.closest.size() > options.closest) out.closest.resize(options.closest);
  return out;
}

}  // namespace lexgraph::ask
