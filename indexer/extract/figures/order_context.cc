// The context stage of the order extractor: the words around a found
// order. named_by(): what makes a bare "order" or "judgment" one act of a
// court (its court, date, "this", a docket verb, a title in capitals),
// growing the span to those words; a page's running title ("27  28
// ORDER") is no act. describe(): what the same sentence says about the
// order (order_cues.tsv: denied, lifted, on appeal, requested) becomes
// attributes.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/figures/order_scanner.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph::orders {

namespace {

constexpr std::size_t kCueWords = 8;  // how far a cue may stand from its order

// Words after which a cue no longer speaks of the order before or after them.
const std::unordered_set<std::string>& clause_words() {
  static const std::unordered_set<std::string> words = {"but",  "because", "although", "though", "whereas",
                                                        "however", "unless", "while", "if",   "when"};
  return words;
}

const std::unordered_set<std::string>& modals() {
  static const std::unordered_set<std::string> words = {"to",  "would", "should", "could", "may",
                                                        "might", "will", "can",   "must",  "not"};
  return words;
}

const std::unordered_set<std::string>& court_possessives() {
  static const std::unordered_set<std::string> words = {"court's", "judge's", "panel's", "tribunal's", "circuit's"};
  return words;
}

bool is_month(const std::string& word) {
  static const std::unordered_set<std::string> months = {
      "january", "february", "march",     "april",   "may",      "june",    "july",  "august",
      "september", "october", "november", "december", "jan",     "feb",     "mar",   "apr",
      "jun",     "jul",     "aug",       "sep",     "sept",     "oct",     "nov",   "dec"};
  return months.count(word) > 0;
}

// "10/24/17", "06/19/2017".
bool numeric_date(std::string_view core) {
  int slashes = 0;
  for (char c : core) {
    if (c == '/') ++slashes;
    else if (!is_digit(c)) return false;
  }
  return slashes == 2 && core.size() >= 6;
}

// How many tokens from `k` on (text order) spell a date: "06/19/2017" or
// "June 26, 2017" / "November 2, 2017". 0 when none.
std::size_t date_tokens_forward(const std::vector<Token>& toks, std::size_t k) {
  if (k < toks.size() && numeric_date(toks[k].core)) return 1;
  if (k + 2 < toks.size() && is_month(toks[k].lower) && !toks[k].core.empty() && is_digit(toks[k + 1].core.front()) &&
      toks[k + 2].core.size() == 4 && is_digit(toks[k + 2].core.front())) {
    return 3;
  }
  return 0;
}

// The same, reading backwards (`toks` nearest first): tokens before the head.
std::size_t date_tokens_backward(const std::vector<Token>& toks, std::size_t k) {
  if (k < toks.size() && numeric_date(toks[k].core)) return 1;
  if (k + 2 < toks.size() && toks[k].core.size() == 4 && is_digit(toks[k].core.front()) &&
      !toks[k + 1].core.empty() && is_digit(toks[k + 1].core.front()) && is_month(toks[k + 2].lower)) {
    return 3;
  }
  return 0;
}
}  // namespace

// What makes a bare "order" or "judgment" one act of a court: the court
// or "this" before it ("the Judicial Council's order", "this Order",
// "the Supreme Court's 10/24/17 order"), its date after it ("order of June
// 26, 2017", "order dated October 24, 2017"), a docket entry's verb
// ("Filed clerk order", "Order filed for PUBLICATION"), an ordering verb
// ("order modifying ..."), or a title in capitals ("ORDER GRANTING").
// The span grows to the words that name it.
void OrderScanner::named_by(const Token& head, const std::vector<Token>& before, const std::vector<Token>& after,
                            std::size_t skip, std::size_t& start, std::size_t& end, Found& f) const {
  if (!after.empty() && !head.punct_after && !after[0].punct_before && in(ordering_verbs(), after[0].lower)) {
    f.evidence = true;
  }
  if (figures::all_upper(head.core)) {
    if (after_line_number(start) || running_title(start, end)) {
      f.footer = true;  // "27  28  ORDER"
      return;
    }
    f.evidence = true;
    // The whole capitalised title on its line: "EXPEDITED HEARING ORDER DENYING REQUESTED RELIEF".
    auto title_word = [&](const Token& t) {
      if (t.punct_before || t.core.size() < 2 || !figures::all_upper(t.core)) return false;
      for (char c : t.core) {
        if (!is_upper(c)) return false;
      }
      return true;
    };
    auto same_line = [&](std::size_t a, std::size_t b) {
      return text_.substr(a, b - a).find('\n') == std::string_view::npos;
    };
    if (!head.punct_after) {
      for (std::size_t k = 0; k < after.size() && title_word(after[k]) && same_line(end, after[k].start); ++k) {
        end = after[k].core_start + after[k].core.size();
        if (after[k].punct_after) break;
      }
    }
    for (std::size_t k = skip; k < before.size() && title_word(before[k]) && !before[k].punct_after &&
                               same_line(before[k].end, start);
         ++k) {
      start = before[k].core_start;
    }
    return;
  }
  // Before: "this", or [Court's] [date] head, or the court's name
  // ("the District Court order").
  std::size_t k = skip;
  if (skip > 0 && before[skip - 1].capitalized()) {
    for (; k < before.size() && k < skip + 3 && !before[k].punct_after && before[k].capitalized() &&
           !in(determiners(), before[k].lower) && !in(non_modifiers(), before[k].lower);
         ++k) {
      start = before[k].core_start;
    }
    f.evidence = true;
  }
  if (k < before.size() && !before[k].punct_after &&
      (before[k].lower == "this" || before[k].lower == "filed" || before[k].raw == "Received")) {
    start = before[k].core_start;  // "this Order", "Filed order"
    f.evidence = true;
  } else if (k + 1 < before.size() && before[k + 1].raw == "Filed" && !before[k].punct_after &&
             !before[k + 1].punct_after && !before[k].core.empty() && figures::is_lower(before[k].core.front())) {
    start = before[k + 1].core_start;  // "Filed clerk order"
    f.evidence = true;
  } else {
    static const std::unordered_set<std::string> weekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                             "friday", "saturday", "sunday"};
    std::size_t d = k < before.size() && !before[k].punct_after ? date_tokens_backward(before, k) : 0;
    if (d > 0 || (k < before.size() && !before[k].punct_after && in(weekdays, before[k].lower))) {
      f.evidence = true;  // "the Thursday ruling", "the June 26, 2017 order"
    }
    std::size_t p = k + d;
    // "the Supreme Court's order", and in lower case "the district court's order".
    const bool court_owner = p < before.size() && in(court_possessives(), before[p].lower);
    if (p < before.size() && !before[p].punct_after && possessive(before[p].lower) &&
        (before[p].capitalized() || court_owner)) {
      start = before[p].core_start;
      for (std::size_t q = p + 1; q < before.size() && q < p + 4 && !before[q].punct_after &&
                                  before[q].capitalized();
           ++q) {
        start = before[q].core_start;
      }
      f.evidence = true;
    }
  }
  // After: its issuer ("an Order of the Board of Immigration Appeals"),
  // its date, or a docket entry's "filed for publication".
  if (head.punct_after || after.empty()) return;
  // A docket entry's "Received Order from the Supreme Court, dated 07/19/2017".
  if (after.size() > 2 && after[0].lower == "from" && after[1].lower == "the" && !after[0].punct_after &&
      !after[1].punct_after && after[2].capitalized()) {
    const auto [sentence_start, sentence_end] = figures::sentence_bounds(ctx_.segments, end, text_.size());
    (void)sentence_start;
    const std::vector<Token> more = figures::tokens_after(text_, end, sentence_end, 12);
    // The court's name: capitalised words, "of"/"for"/"the" between them ("Court of Appeals").
    std::size_t court = 0;
    bool names_court = false;
    for (std::size_t j = 2; j < more.size() && j < 10; ++j) {
      const bool connector = (more[j].lower == "of" || more[j].lower == "for" || more[j].lower == "the") &&
                             j + 1 < more.size() && more[j + 1].capitalized();
      if (!more[j].capitalized() && !connector) break;
      if (more[j].capitalized()) court = j;
      names_court = names_court || more[j].lower == "court";
      if (more[j].punct_after) break;
    }
    if (court >= 2 && names_court) {
      end = more[court].core_start + more[court].core.size();
      f.evidence = true;
      const std::size_t d = court + 1;
      if (more[court].raw.back() == ',' && d + 1 < more.size() && more[d].lower == "dated" && !more[d].punct_after) {
        if (const std::size_t n = date_tokens_forward(more, d + 1)) {
          end = more[d + n].core_start + more[d + n].core.size();
        }
      }
      return;
    }
  }
  const auto names_court = [&](std::size_t j) {
    return j < after.size() && (after[j].capitalized() || after[j].lower == "court");
  };
  if (after.size() > 2 && after[0].lower == "of" && after[1].lower == "the" && !after[0].punct_after &&
      !after[1].punct_after && (names_court(2) || (!after[2].punct_after && after.size() > 3 &&
                                                   after[3].lower == "court"))) {
    f.evidence = true;
  }
  std::size_t a = 0;
  if (after[0].lower == "of" || after[0].lower == "dated") {
    a = 1;
  } else if (after.size() > 1 && (after[0].lower == "filed" || after[0].lower == "dated" ||
                                  after[0].lower == "entered") && after[1].lower == "on") {
    a = 2;
  } else if (after.size() > 2 && after[0].lower == "filed" && after[1].lower == "for" &&
             after[2].lower == "publication") {
    end = after[2].core_start + after[2].core.size();
    f.evidence = true;
    return;
  }
  for (std::size_t j = 0; j + 1 < a; ++j) {
    if (after[j].punct_after) return;
  }
  if (a == 0 || after[a - 1].punct_after) return;
  if (const std::size_t n = date_tokens_forward(after, a)) {
    const Token& last = after[a + n - 1];
    end = last.core_start + last.core.size();
    f.evidence = true;
  }
}

bool OrderScanner::alone_on_line(std::size_t start, std::size_t end) const {
  std::size_t a = start;
  while (a > 0 && (text_[a - 1] == ' ' || text_[a - 1] == '\t')) --a;
  std::size_t b = end;
  while (b < text_.size() && (text_[b] == ' ' || text_[b] == '\t' || text_[b] == '\r')) ++b;
  return (a == 0 || text_[a - 1] == '\n') && (b == text_.size() || text_[b] == '\n');
}

// A capitalised head alone on its line, and alone on another line too:
// the running title of every page ("ORDER"), not an act.
bool OrderScanner::running_title(std::size_t start, std::size_t end) const {
  if (!alone_on_line(start, end)) return false;
  const std::string word(text_.substr(start, end - start));
  auto memo = running_titles_.find(word);
  if (memo != running_titles_.end()) return memo->second;
  int lines = 0;
  for (std::size_t at = text_.find(word); at != std::string_view::npos && lines < 2;
       at = text_.find(word, at + word.size())) {
    if (alone_on_line(at, at + word.size())) ++lines;
  }
  return running_titles_[word] = lines >= 2;
}

// Numbered pleading paper repeats the document's short title after the
// last line number of each page: "27  28  ORDER".
bool OrderScanner::after_line_number(std::size_t pos) const {
  std::size_t p = pos;
  while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
  if (p == pos || p == 0 || !is_digit(text_[p - 1])) return false;
  std::size_t digits = 0;
  while (p > 0 && is_digit(text_[p - 1])) --p, ++digits;
  return digits <= 2 && (p == 0 || figures::is_blank(text_[p - 1]));
}

// Status, negation and request from the words around order `k`.
void OrderScanner::describe(std::size_t k) {
  Found& f = found_[k];
  const auto [sentence_start, sentence_end] = figures::sentence_bounds(ctx_.segments, f.start, text_.size());
  const std::size_t floor = std::max(sentence_start, k > 0 ? found_[k - 1].end : std::size_t{0});
  const std::size_t ceiling = std::min(sentence_end, k + 1 < found_.size() ? found_[k + 1].start : text_.size());
  Attrs& attrs = f.mention.attrs;
  const auto& vocab = order_vocabulary();

  const std::vector<Token> before = f.start > floor ? figures::tokens_before(text_, f.start, floor, kCueWords)
                                                    : std::vector<Token>{};
  for (std::size_t idx = 0; idx < before.size();) {
    const Token& t = before[idx];
    const char last = t.raw.back();
    if (last == ';' || last == ':' || last == '.' || last == '?' || last == '!' || in(clause_words(), t.lower)) break;
    if (idx == 0 && t.lower == "no") {  // "no injunction", "there is no stay"
      attrs["negated"] = true;
      break;
    }
    const figures::OrderCue* cue = nullptr;
    std::size_t width = 1;
    for (std::size_t w = std::min(vocab.max_cue_words, before.size() - idx); w >= 1 && !cue; --w) {
      cue = cue_ending_at(before, idx, w);
      if (cue) width = w;
    }
    if (cue) {
      if (cue->attr == "requested") {
        // "motion for a preliminary injunction", not "petition for review of an order".
        if (idx <= 2) attrs["requested"] = true;
      } else {
        const std::size_t prev = idx + width;
        const bool modal = prev < before.size() && in(modals(), before[prev].lower);
        if (!modal) {
          set_cue(attrs, *cue);
          break;
        }
      }
    }
    idx += width;
  }

  const std::vector<Token> after = f.end < ceiling ? figures::tokens_after(text_, f.end, ceiling, kCueWords)
                                                   : std::vector<Token>{};
  for (std::size_t idx = 0; idx < after.size(); ++idx) {
    const Token& t = after[idx];
    // "granted the TRO and denied ...": a verb after "and" is the next act, not this order's fate.
    if (in(clause_words(), t.lower) || t.lower == "and" || t.lower == "or") break;
    const figures::OrderCue* cue = nullptr;
    for (std::size_t w = std::min(vocab.max_cue_words, after.size() - idx); w >= 1 && !cue; --w) {
      cue = cue_starting_at(after, idx, w);
    }
    if (cue && cue->attr == "requested") {
      if (idx == 0) attrs["requested"] = true;
    } else if (cue) {
      if (!attrs.count("status") && !attrs.count("negated")) set_cue(attrs, *cue);
      break;
    }
    if (t.punct_after) break;
  }
}

void OrderScanner::set_cue(Attrs& attrs, const figures::OrderCue& cue) {
  if (cue.attr == "status") attrs["status"] = cue.value;
  else attrs[cue.attr] = true;
}

const OrderScanner::CueIndex& OrderScanner::cues_by_last_word() {
  static const CueIndex index = [] {
    CueIndex by_last;
    for (const figures::OrderCue& cue : order_vocabulary().cues) {
      if (!cue.words.empty()) by_last[cue.words.back()].push_back(&cue);
    }
    return by_last;
  }();
  return index;
}

const OrderScanner::CueIndex& OrderScanner::cues_by_first_word() {
  static const CueIndex index = [] {
    CueIndex by_first;
    for (const figures::OrderCue& cue : order_vocabulary().cues) {
      if (!cue.words.empty()) by_first[cue.words.front()].push_back(&cue);
    }
    return by_first;
  }();
  return index;
}

// A cue of `w` words whose last word is before[idx] (before is nearest first).
const figures::OrderCue* OrderScanner::cue_ending_at(const std::vector<Token>& before, std::size_t idx, std::size_t w) {
  const CueIndex& index = cues_by_last_word();
  const auto candidates = index.find(before[idx].lower);
  if (candidates == index.end()) return nullptr;
  for (const figures::OrderCue* listed : candidates->second) {
    const figures::OrderCue& cue = *listed;
    if (cue.words.size() != w || cue.position == figures::CuePosition::after) continue;
    bool ok = true;
    for (std::size_t j = 0; j < w && ok; ++j) {
      const Token& t = before[idx + w - 1 - j];  // text order
      ok = t.lower == cue.words[j] && (j + 1 == w || !t.punct_after);
    }
    if (ok) return &cue;
  }
  return nullptr;
}

const figures::OrderCue* OrderScanner::cue_starting_at(const std::vector<Token>& after, std::size_t idx, std::size_t w) {
  const CueIndex& index = cues_by_first_word();
  const auto candidates = index.find(after[idx].lower);
  if (candidates == index.end()) return nullptr;
  for (const figures::OrderCue* listed : candidates->second) {
    const figures::OrderCue& cue = *listed;
    if (cue.words.size() != w || cue.position == figures::CuePosition::before) continue;
    bool ok = true;
    for (std::size_t j = 0; j < w && ok; ++j) {
      const Token& t = after[idx + j];
      ok = t.lower == cue.words[j] && (j + 1 == w || !t.punct_after);
    }
    if (ok) return &cue;
  }
  return nullptr;
}

}  // namespace lexgraph::orders
