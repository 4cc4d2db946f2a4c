#include "ask/sentence_scorer.h"

#include <algorithm>
#include <cctype>

#include "ask/passage_shapes.h"
#include "ask/text_match.h"
#include "ask/word_families.h"
#include "extract/names/name_text.h"

namespace lexgraph::ask {

std::string expand_abbreviation(const std::string& lower) {
  static const std::pair<std::string_view, std::string_view> kAbbreviations[] = {
      {"ct", "court"}, {"cir", "circuit"}, {"dist", "district"}, {"atty", "attorney"}, {"dkt", "docket"},
      {"dept", "department"}, {"div", "division"}, {"jdg", "judge"}, {"mag", "magistrate"}};
  for (const auto& [short_form, word] : kAbbreviations) {
    if (lower == short_form) return std::string(word);
  }
  return lower;
}

bool negated_before(std::string_view s, std::size_t at) {
  const std::size_t from = at > 32 ? at - 32 : 0;
  std::string_view clause = s.substr(from, at - from);
  // Only the cue's own clause: "did not respond, but the court granted".
  if (std::size_t cut = clause.find_last_of(",;:("); cut != std::string_view::npos) clause.remove_prefix(cut + 1);
  std::string window = " ";  // appended, not " " + ...: GCC 12 warns (-Wrestrict) wrongly on that
  window += clause;
  for (char& c : window) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view marker : {" not ", "n't ", " never ", "refused to ", "declined to ", "failed to ",
                                  "refuse to ", "decline to ", "refusing to ", "declining to "}) {
    if (window.find(marker) == std::string::npos) continue;
    // "did not file until September 23, 2013": it was done then, not never.
    const bool plain_not = marker == " not " || marker == "n't ";
    const std::string_view after = s.substr(at, std::min<std::size_t>(s.size() - at, 40));
    if (plain_not && find_word(after, "until", 0, /*fold=*/true) != std::string_view::npos) return false;
    return true;
  }
  return false;
}

SentenceScorer::SentenceScorer(const QuestionAnalysis& q) : q_(q) {
  for (const auto& f : q.cue_forms) {
    if (f.find(' ') == std::string::npos) cue_words_.insert(f);
    else cue_phrases_.push_back(f);
  }
  for (const auto& f : q.exact_cue_forms) exact_words_.insert(f);
  for (const auto& t : q.terms) key_stems_.insert(crude_stem(t));
  if (!q.unit.empty()) key_stems_.insert(crude_stem(q.unit));
  if (!q.head_noun.empty()) key_stems_.insert(crude_stem(q.head_noun));
  if (!q.head_noun.empty()) head_stem_ = crude_stem(q.head_noun);
  for (const auto& f : q.cue_forms) {
    if (f.find(' ') == std::string::npos) key_stems_.insert(crude_stem(f));
  }
  // A docket's "Cause: 15:1692 Fair Debt Collection Act" is the statute the suit was brought under.
  if (q.answer_type == "statute") key_stems_.insert(crude_stem("cause"));
  for (const auto& t : q.terms) term_stems_.insert(crude_stem(t));
  // "which judge", "who was the trustee": a sentence saying "Judge" or
  // "Trustee" is nearer the answer. Not "court" or "order": every
  // sentence of an opinion says them.
  if (!q.head_noun.empty() && (q.answer_type == "judge" || q.answer_type == "person")) {
    term_stems_.insert(crude_stem(q.head_noun));
  }
  if (!q.unit.empty()) term_stems_.insert(crude_stem(q.unit));
  for (const auto& st : term_stems_) term_prefixes_.insert(st.substr(0, 3));

  // Families of the question's cue word (its own word, not the synonyms:
  // they have their families of their own), then of its content words.
  const WordFamilies& families = word_families();
  std::vector<std::string> cue_words;
  for (const auto& f : q.exact_cue_forms) {
    for (const auto& w : words_of(f)) cue_words.push_back(w.lower);
  }
  std::unordered_set<std::size_t> cue_families;
  for (const ActiveFamily& a : families_in_question(families, "", cue_words)) cue_families.insert(a.family);
  for (const ActiveFamily& a : families_in_question(families, q.question, {})) {
    // A phrase that is the cue ("turned down") brings a cue family.
    if (std::find(q.exact_cue_forms.begin(), q.exact_cue_forms.end(), a.key) != q.exact_cue_forms.end()) {
      cue_families.insert(a.family);
    }
  }
  std::vector<std::string> content = q.terms;
  if (!q.unit.empty()) content.push_back(q.unit);
  std::vector<ActiveFamily> term_families = families_in_question(families, q.question, content);
  for (std::size_t f : cue_families) {
    for (const auto& m : families.members[f]) {
      if (m.find(' ') != std::string::npos) cue_family_phrases_.push_back(m);
      else cue_family_stems_.insert(crude_stem(m));
    }
  }
  for (const ActiveFamily& a : term_families) {
    if (cue_families.count(a.family)) continue;
    for (const auto& m : families.members[a.family]) {
      if (m.find(' ') != std::string::npos) {
        family_phrases_.emplace_back(m, a.key);
        continue;
      }
      const std::string st = crude_stem(m);
      if (term_stems_.count(st)) continue;  // the question's own word
      family_stems_.emplace(st, a.key);
      term_prefixes_.insert(st.substr(0, 3));
    }
  }
  for (const auto& st : cue_family_stems_) term_prefixes_.insert(st.substr(0, 3));
}

SentenceHits SentenceScorer::score(std::string_view s, const std::vector<std::vector<std::string>>& aliases) const {
  SentenceHits h;
  for (std::size_t e = 0; e < aliases.size(); ++e) {
    const auto& names = aliases[e];
    bool found = false;
    for (const auto& n : names) {
      if (n.size() < 2) continue;
      std::size_t at = find_word(s, n);
      if (at != std::string::npos) {
        ++h.entities;
        h.entity_at.push_back(at);
        h.entity_end.push_back(at + n.size());
        h.entity_of.push_back(e);
        found = true;
        break;
      }
    }
    // A person named more shortly (or more fully) than the text does.
    for (std::size_t k = 0, tried = 0; !found && k < names.size() && tried < 3; ++k) {
      if (names[k].find(' ') == std::string::npos) continue;
      ++tried;
      if (auto span = find_name_loosely(s, names[k])) {
        ++h.entities;
        h.entity_at.push_back(span->first);
        h.entity_end.push_back(span->second);
        h.entity_of.push_back(e);
        found = true;
      }
    }
  }
  double key_score = 0;
  auto names_asked = [&](std::string_view key) {
    for (const auto& w : words_of(key)) {
      if (w.lower.size() > 1 && key_stems_.count(crude_stem(expand_abbreviation(w.lower)))) return true;
    }
    return false;
  };
  auto kv = key_value_line(s);
  if (kv && names_asked(kv->first)) {
    h.value_from = kv->second;
    key_score = kKeyMatchWeight;
    h.key_names_head = !head_stem_.empty() && block_names_head(kv->first);
  } else if (kv && !head_stem_.empty() && kv->second < s.size() &&
             key_end(s, kv->first) < s.size() && s[key_end(s, kv->first)] == ':' &&
             block_names_head(s.substr(kv->second, std::min(s.find('\n', kv->second), s.size()) - kv->second))) {
    // A docket line whose value says what is asked, whatever its key:
    // "Assigned to: Judge Amy Berman Jackson" for "which judge". Only with
    // a colon: a short first line of prose ("On\nMay 9, the court ...") is no key.
    h.value_from = kv->second;
    key_score = kKeyMatchWeight;
    h.key_names_head = true;
  } else if (!head_stem_.empty() && is_short_block(s) && block_names_head(s)) {
    // A signature or caption block: "DAVID O. CARTER\nUNITED STATES DISTRICT JUDGE".
    h.value_from = 0;
    key_score = kKeyMatchWeight;
  } else if (!head_stem_.empty()) {
    // A caption's right column, set off by a column of parentheses: "New
    // Hampshire Ins. Co., ) Judge Kenneth M. Switzer" (not a citation's
    // "(2d Cir. 1998) Judge ...": the bar stands apart).
    for (std::size_t from = 0; from < s.size();) {
      const std::size_t to = std::min(s.find('\n', from), s.size());
      const std::size_t bar = s.substr(from, to - from).rfind(" ) ");
      if (bar != std::string_view::npos) {
        const std::size_t cell = from + bar + 3;
        if (to - cell <= kCaptionCellBytes && block_names_head(s.substr(cell, to - cell))) {
          h.value_from = cell;
          key_score = kKeyMatchWeight;
          break;
        }
      }
      from = to + 1;
    }
  }
  // Hot loop (every sentence of every document read): one reused buffer
  // per word, and a stem only for words that share a term's first letters.
  // The name extractors' ASCII tests, not std::isalnum and std::tolower:
  // those go through the C locale on every byte (the program never sets
  // another, so the result is the same).
  auto alnum = [](char c) { return names::is_ascii_lower(names::ascii_lower(c)) || names::is_digit(c); };
  std::unordered_set<std::string> seen;
  std::string word;
  for (std::size_t i = 0; i < s.size();) {
    if (!alnum(s[i])) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    word.clear();
    while (i < s.size() && (alnum(s[i]) || (s[i] == '-' && i + 1 < s.size() && alnum(s[i + 1])))) {
      word += names::ascii_lower(s[i]);
      ++i;
    }
    if (!h.exact_cue && cue_words_.count(word)) {
      h.exact_cue = exact_words_.count(word) > 0;
      if (h.cue_at == std::string::npos || h.exact_cue) h.cue_at = start;
    }
    // A term, a family word, or a synonym of the cue; whether it was one.
    auto count_word = [&](const std::string& w) {
      if (w.size() <= 1 || !term_prefixes_.count(w.substr(0, 3))) return false;
      std::string st = crude_stem(w);
      if (term_stems_.count(st)) {
        seen.insert(st);
      } else if (auto it = family_stems_.find(st); it != family_stems_.end()) {
        seen.insert(it->second);
      } else if (h.cue_at == std::string::npos && cue_family_stems_.count(st)) {
        h.cue_at = start;  // "withdrawal" for "rescinded": a synonym
      } else {
        return false;
      }
      return true;
    };
    // "wholly-owned" says "wholly" and "owned", as the question's terms split it.
    if (!count_word(word) && word.find('-') != std::string::npos) {
      for (const auto& part : hyphen_parts(word)) count_word(part);
    }
  }
  for (const auto& [phrase, key] : family_phrases_) {
    if (!seen.count(key) && find_word(s, phrase, 0, /*fold=*/true) != std::string::npos) seen.insert(key);
  }
  // A cue phrase of the cue's family, else of the cue itself.
  for (const auto* phrases : {&cue_family_phrases_, &cue_phrases_}) {
    for (const auto& p : *phrases) {
      if (h.cue_at != std::string::npos) break;
      std::size_t at = find_word(s, p, 0, /*fold=*/true);
      if (at != std::string::npos) h.cue_at = at;
    }
  }
  // "refused to grant", "did not enjoin": the sentence says the opposite of
  // what a positive question asks, so its cue word is no cue.
  if (h.cue_at != std::string::npos && !q_.negated && negated_before(s, h.cue_at)) {
    h.cue_at = std::string::npos;
    h.exact_cue = false;
  }
  const double cue = h.exact_cue ? kCueWeight : h.cue_at != std::string::npos ? kSynonymWeight : 0.0;
  h.terms_said.assign(seen.begin(), seen.end());
  h.score = kEntityWeight * static_cast<double>(h.entities) + cue +
            kTermWeight * static_cast<double>(seen.size()) + key_score;
  return h;
}

double neighbour_bonus(const SentenceHits& hits, const SentenceHits& neighbour) {
  double lent = 0;
  for (const std::string& key : neighbour.terms_said) {
    if (std::find(hits.terms_said.begin(), hits.terms_said.end(), key) == hits.terms_said.end()) lent += kTermWeight;
  }
  for (std::size_t e : neighbour.entity_of) {
    if (std::find(hits.entity_of.begin(), hits.entity_of.end(), e) == hits.entity_of.end()) lent += kEntityWeight;
  }
  return kNeighbourShare * lent;
}

bool SentenceScorer::block_names_head(std::string_view s) const {
  const std::vector<Word> words = words_of(s);
  return std::any_of(words.begin(), words.end(), [&](const Word& w) { return crude_stem(expand_abbreviation(w.lower)) == head_stem_; });
}

}  // namespace lexgraph::ask
