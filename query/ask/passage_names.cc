#include "ask/passage_names.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "ask/passage_shapes.h"
#include "ask/text_match.h"
#include "ask/word_families.h"

namespace lexgraph::ask {

std::optional<std::pair<std::size_t, std::size_t>> find_entity(std::string_view s, const StoredEntity& e) {
  std::optional<std::pair<std::size_t, std::size_t>> best;
  for (const auto& a : e.aliases) {
    if (a.size() < 2) continue;
    std::size_t at = find_word(s, a);
    if (at != std::string::npos && (!best || a.size() > best->second - best->first)) best = std::make_pair(at, at + a.size());
  }
  return best;
}

std::optional<std::pair<std::size_t, std::size_t>> find_entity_near_terms(std::string_view s, const StoredEntity& e,
                                                                          const std::vector<std::string>& terms) {
  constexpr std::size_t kLeadIn = 80;  // the words a mention's own clause puts before it
  const auto first = find_entity(s, e);
  if (!first || terms.empty()) return first;
  // How many question terms the lead-in holds, back to the clause's start.
  auto terms_before = [&](std::size_t at) {
    std::size_t from = at > kLeadIn ? at - kLeadIn : 0;
    const std::size_t clause = s.substr(from, at - from).find_last_of(";:");
    if (clause != std::string_view::npos) from += clause + 1;
    const std::string_view lead_in = s.substr(from, at - from);
    return static_cast<std::size_t>(std::count_if(terms.begin(), terms.end(), [&](const std::string& t) {
      return t.size() >= 3 && find_word(lead_in, t, 0, /*fold=*/true) != std::string::npos;
    }));
  };
  std::pair<std::size_t, std::size_t> best = *first;
  std::size_t best_terms = terms_before(first->first);
  for (const auto& a : e.aliases) {
    if (a.size() < 2) continue;
    for (std::size_t at = find_word(s, a); at != std::string::npos; at = find_word(s, a, at + 1)) {
      const std::size_t n = terms_before(at);
      if (n > best_terms) {
        best = {at, at + a.size()};
        best_terms = n;
      }
    }
  }
  return best;
}

std::optional<std::pair<std::size_t, std::size_t>> find_surname(std::string_view s, const StoredEntity& e) {
  const std::string& full = e.name.empty() ? (e.aliases.empty() ? e.name : e.aliases.front()) : e.name;
  const std::vector<Word> parts = words_of(full);
  if (parts.size() < 2) return std::nullopt;
  std::string surname = full.substr(parts.back().start, parts.back().end - parts.back().start);
  if (surname.size() < 4 || !is_upper_ascii(surname[0])) return std::nullopt;
  for (const std::string& form : {surname, [&] {
         std::string upper = surname;
         for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
         return upper;
       }()}) {
    std::size_t at = find_word(s, form);
    if (at != std::string::npos) return std::make_pair(at, at + form.size());
  }
  return std::nullopt;
}

namespace {

// "Almonte-Rodriguez" in "Almonte Rodriguez v. Ins": a hyphenated name's
// parts, written apart.
bool holds_parts(std::string_view title, const std::string& hyphenated) {
  const std::vector<std::string> parts = hyphen_parts(hyphenated);
  return parts.size() > 1 && std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
           return part.size() < 3 || find_word(title, part, 0, /*fold=*/true) != std::string::npos;
         });
}

}  // namespace

bool title_holds_distinctive_words(std::string_view title, std::string_view name, std::size_t at_least) {
  std::size_t distinctive = 0;
  for (const auto& w : words_of(name)) {
    if (w.lower.size() < 3 || is_stopword(w.lower) || w.lower == "vs" ||
        one_of(w.lower, {"state", "states", "united", "america", "city", "county", "town", "people", "commonwealth",
                         "government", "department", "republic"})) {
      continue;
    }
    if (find_word(title, w.lower, 0, /*fold=*/true) == std::string::npos && !holds_parts(title, w.lower)) return false;
    ++distinctive;
  }
  return distinctive >= std::max<std::size_t>(at_least, 1);
}

std::string title_line(const StoredDocument& doc) {
  constexpr std::size_t kHeaderSentences = 80;
  for (std::size_t si = 0; si < doc.sentences.size() && si < kHeaderSentences; ++si) {
    auto [start, end] = doc.sentences[si];
    const std::string_view s = std::string_view(doc.text).substr(start, end - start);
    auto kv = key_value_line(s);
    if (!kv || s.size() <= key_end(s, kv->first) || s[key_end(s, kv->first)] != ':') continue;
    const std::string key = to_lower(kv->first);
    if (key == "title" || key == "case title" || key == "caption" || key == "case name") {
      return collapse_spaces(s.substr(kv->second, std::min<std::size_t>(s.size() - kv->second, 300)));
    }
  }
  return std::string();
}

bool titled_by_own_heading(const StoredDocument& doc) {
  if (doc.title.empty()) return true;
  std::string_view first(doc.text);
  first = first.substr(0, std::min(first.find('\n'), first.size()));
  while (!first.empty() && (first.back() == ' ' || first.back() == '\r')) first.remove_suffix(1);
  return !first.empty() && first.starts_with(doc.title);
}

bool is_citation_sentence(std::string_view s) {
  if (s.empty() || s.size() > 90) return false;
  if (std::isdigit(static_cast<unsigned char>(s[0])) || s.starts_with("§")) return s.find(' ') != std::string_view::npos;
  for (std::string_view opening : {"Id.", "See ", "See, e.g.,", "Cf. ", "see also ", "See also "}) {
    if (s.starts_with(opening)) return true;
  }
  return false;
}

std::unordered_set<std::string> untyped_name_anchors(const QuestionAnalysis& q) {
  std::unordered_set<std::string> out;
  if (q.head_noun.empty()) return out;
  const WordFamilies& families = word_families();
  out.insert(crude_stem(q.head_noun));
  // A court is named by its level or district, not only "Court": "the
  // Southern District of New York", "the Tenth Circuit".
  if (q.answer_type == "court") {
    for (const char* w : {"court", "district", "circuit", "tribunal"}) out.insert(crude_stem(w));
  }
  for (std::size_t f : families.families_of(q.head_noun)) {
    for (const auto& m : families.members[f]) {
      if (m.find(' ') == std::string::npos) out.insert(crude_stem(m));
    }
  }
  // "Which company employs X": the employer is named after "employer". Not
  // the question's own words: "attorney" names no organization after it.
  if (q.answer_type == "organization" || q.answer_type == "agency") {
    for (const auto& t : q.terms) {
      const std::string own = crude_stem(t);
      for (std::size_t f : families.families_of(t)) {
        for (const auto& m : families.members[f]) {
          if (m.find(' ') == std::string::npos && crude_stem(m) != own) out.insert(crude_stem(m));
        }
      }
    }
  }
  return out;
}

bool plausible_untyped_name(std::string_view name, const StoredDocument& doc, const QuestionAnalysis& q) {
  const std::vector<Word> words = words_of(name);
  if (words.empty() || name.size() < 3) return false;
  if (std::all_of(name.begin(), name.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == ' '; })) {
    return false;
  }
  // Words that begin capitalized runs without naming anyone in particular.
  if (one_of(words.front().lower, {"court", "defendant", "defendants", "plaintiff", "plaintiffs", "petitioner", "respondent",
                                   "appellant", "appellee", "government", "state", "judge", "justice", "mr", "ms", "mrs",
                                   "dr", "section", "no", "order", "exhibit", "i", "we", "he", "she", "it", "they", "this",
                                   "that", "the", "a", "an", "in", "on", "for", "january", "february", "march", "april",
                                   "june", "july", "august", "september", "october", "november", "december"})) {
    return false;
  }
  // A court's name says it is a court ("Court", "Circuit", "District of"),
  // and which court: "Southern District of New York", not "a United States
  // District Court", "the Court of Appeals" or "Metropolitan Park District".
  if (q.answer_type == "court" && find_word(name, "court", 0, true) == std::string::npos &&
      find_word(name, "circuit", 0, true) == std::string::npos && find_word(name, "district of", 0, true) == std::string::npos) {
    return false;
  }
  if (q.answer_type == "court" &&
      std::all_of(words.begin(), words.end(), [](const Word& w) {
        return is_stopword(w.lower) || one_of(w.lower, {"united", "states", "u", "s", "district", "court", "courts", "circuit",
                                                        "appeal", "appeals", "supreme", "federal", "tribunal", "state",
                                                        "superior", "trial", "appellate", "bankruptcy", "filed"});
      })) {
    return false;
  }
  // A law is no body: "Investment Company Act", "Tax Code", "First Amendment".
  if (q.answer_type != "statute" &&
      one_of(words.back().lower, {"act", "acts", "code", "amendment", "clause", "rule", "rules", "regulations"})) {
    return false;
  }
  // A head noun alone names no one: "the Company name box", "the Association".
  if (words.size() == 1 && one_of(words.front().lower, {"company", "corporation", "association", "agency", "department",
                                                         "commission", "board", "bureau", "office", "fund", "group"})) {
    return false;
  }
  for (const auto& e : q.entities) {
    for (const auto& a : e.aliases) {
      if (a.size() >= 3 && find_word(name, a, 0, /*fold=*/true) != std::string::npos) return false;
    }
  }
  for (const auto& de : doc.entities) {
    if (accepts_type(q, de.type)) continue;
    auto found = find_entity(name, de);
    if (found && found->first == 0 && found->second == name.size()) return false;
  }
  return true;
}

}  // namespace lexgraph::ask
