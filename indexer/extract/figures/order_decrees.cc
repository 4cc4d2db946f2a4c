// The decree stage of the order extractor: acts of a court that no head
// word of order_kinds.tsv names, found after the head stage so that
// covered() can skip words a found order already holds. A ruling's own
// decree in capitals ("PRELIMINARILY ENJOINED"), its disposition
// ("Affirmed.", "Petition DENIED."), a criminal sentence ("sentenced him
// to 21 months") and review on certiorari.
#include <array>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_set>
#include <vector>

#include "extract/figures/order_scanner.h"
#include "extract/figures/text_tokens.h"

namespace lexgraph::orders {

// A criminal sentence the text reports: "sentenced James Atwood to 210
// months", "was sentenced to five years", "sentenced him to life".
void OrderScanner::sentences_imposed() {
  static const std::unordered_set<std::string> units = {"day", "days", "week", "weeks", "month",
                                                        "months", "year", "years"};
  constexpr std::size_t kMostNameWords = 4;
  std::size_t found = 0;
  for (const std::size_t at : sentenced_at_) {
    if (found >= 24) break;
    const auto [sentence_start, sentence_end] = figures::sentence_bounds(ctx_.segments, at, text_.size());
    (void)sentence_start;
    const std::vector<Token> toks = figures::tokens_after(text_, at, sentence_end, 10);
    std::size_t k = 1;
    while (k < toks.size() && k <= kMostNameWords && toks[k].lower != "to" && !toks[k - 1].punct_after &&
           (toks[k].capitalized() || toks[k].lower == "him" || toks[k].lower == "her" || toks[k].lower == "them")) {
      ++k;
    }
    if (k + 1 >= toks.size() || toks[k].lower != "to" || toks[k - 1].punct_after || toks[k].punct_after) continue;
    std::size_t end_token = 0;
    if (toks[k + 1].lower == "life") {
      end_token = k + 1;
    } else if (k + 2 < toks.size() && numeric(text_, toks[k + 1]) && !toks[k + 1].punct_after &&
               in(units, letters_of(toks[k + 2].lower))) {
      end_token = k + 2;
    } else if (k + 3 < toks.size() && numeric(text_, toks[k + 1]) && !toks[k + 1].punct_after &&
               numeric(text_, toks[k + 2]) && in(units, letters_of(toks[k + 3].lower))) {
      end_token = k + 3;  // "twenty four months"
    }
    if (end_token == 0 || covered(toks[0].core_start)) continue;
    Mention m;
    m.type = "order";
    m.start = toks[0].core_start;
    m.end = toks[end_token].core_start + letters_of(toks[end_token].core).size();  // "months" of "months’"
    m.name = "sentence";
    m.attrs["kind"] = std::string("sentence");
    // The same words twice name one sentence ("sentenced to 45 months" in
    // the entry and again in the judgment).
    m.entity = "order:" + ctx_.doc.id + "#sentence/" + squeezed(text_.substr(m.start, m.end - m.start));
    out_.push_back(std::move(m));
    ++found;
  }
}

// Review on certiorari: the grant the opinion rests on ("This case comes
// here on writ of certiorari, 279 U.S. 830, ...", "we granted
// certiorari") and the caption line of a Supreme Court opinion
// ("CERTIORARI TO THE SUPREME COURT OF OKLAHOMA", "ON WRIT OF CERTIORARI
// TO THE UNITED STATES COURT OF APPEALS ...").
void OrderScanner::certiorari() {
  caption_certiorari();
  constexpr std::string_view kWord = kCertiorari;
  std::size_t found = 0;
  for (const std::size_t at : certiorari_at_) {
    if (found >= 4) break;
    if (text_[at] != 'c') continue;  // capitals are the caption's
    const auto [sentence_start, sentence_end] = figures::sentence_bounds(ctx_.segments, at, text_.size());
    const std::vector<Token> before = figures::tokens_before(text_, at, sentence_start, 4);
    const std::vector<Token> after = figures::tokens_after(text_, at, sentence_end, 6);
    if (after.empty()) continue;
    std::size_t start = at;
    std::size_t k = 0;
    // "writ of certiorari"
    if (before.size() >= 2 && before[0].lower == "of" && before[1].lower == "writ" && !before[0].punct_after &&
        !before[1].punct_after) {
      start = before[1].core_start;
      k = 2;
    }
    if (k < before.size() && (before[k].lower == "a" || before[k].lower == "the") && !before[k].punct_after) ++k;
    const bool granted_before = k < before.size() && !before[k].punct_after &&
                                (before[k].lower == "granted" || before[k].lower == "grant" ||
                                 (before[k].lower == "on" && k == 2));
    const bool granted_after = !after[0].punct_after && after.size() > 1 &&
                               ((after[1].lower == "granted") ||
                                (after.size() > 2 && after[1].lower == "was" && after[2].lower == "granted"));
    if (!granted_before && !granted_after) continue;
    std::size_t end = at + kWord.size();
    // ", 279 U.S. 830": the grant's own citation.
    if (after[0].raw.back() == ',' && after.size() >= 4 && numeric(text_, after[1]) && after[2].raw == "U.S." &&
        numeric(text_, after[3])) {
      end = after[3].core_start + after[3].core.size();
    }
    if (covered(start)) continue;
    add_certiorari(start, end);
    ++found;
  }
}

// The grant of certiorari at text[start, end): one entity per document,
// however many times the caption and the opinion name it.
void OrderScanner::add_certiorari(std::size_t start, std::size_t end) {
  Mention m;
  m.type = "order";
  m.start = start;
  m.end = end;
  m.name = "writ of certiorari";
  m.attrs["kind"] = std::string("certiorari");
  m.attrs["status"] = std::string("issued");
  m.entity = "order:" + ctx_.doc.id + "#certiorari";  // the caption and the opinion name one grant
  out_.push_back(std::move(m));
}

void OrderScanner::caption_certiorari() {
  static constexpr std::string_view kWord = "CERTIORARI TO ";
  constexpr std::size_t kCaptionBytes = 4000;  // a caption heads the opinion
  std::size_t at = std::string_view::npos;
  for (const std::size_t c : certiorari_at_) {
    if (c < kCaptionBytes && text_.substr(c, kWord.size()) == kWord) {
      at = c;
      break;
    }
  }
  if (at == std::string_view::npos) return;
  std::size_t line_start = text_.rfind('\n', at);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  const std::string_view lead = text_.substr(line_start, at - line_start);
  const std::size_t lead_word = lead.find_first_not_of(" \t");
  if (lead_word != std::string_view::npos && lead.find("WRIT OF ") == std::string_view::npos) return;
  const std::size_t start = lead_word == std::string_view::npos ? at : line_start + lead_word;
  std::size_t end = text_.find('\n', at);
  if (end == std::string_view::npos) end = text_.size();
  while (end > at && (text_[end - 1] == '.' || text_[end - 1] == ' ' || text_[end - 1] == '\r')) --end;
  // A caption line of capitals, not a sentence.
  if (end - start > 160 || text_.substr(start, end - start).find_first_of("abcdefghijklmnopqrstuvwxyz") !=
                                std::string_view::npos) {
    return;
  }
  add_certiorari(start, end);
}

// A ruling's own decree in capitals: "DHS will be PRELIMINARILY ENJOINED
// from enforcing ...", "Defendants are hereby ENJOINED". The words are the
// order; the relate stage gives it the ruling's court, judge, date, case.
void OrderScanner::decretal_injunctions() {
  static constexpr std::string_view kWord = "ENJOINED";
  std::size_t at = text_.find(kWord);
  bool one_found = false;
  while (at != std::string_view::npos && !one_found) {
    const std::size_t end = at + kWord.size();
    const bool whole = (at == 0 || !is_alpha(text_[at - 1])) && (end == text_.size() || !is_alpha(text_[end]));
    // A decree stands in a sentence of ordinary words, not in a title of capitals.
    const bool in_prose = whole && at >= 4 && text_.substr(at >= 40 ? at - 40 : 0, at >= 40 ? 40 : at).find_first_of(
                                                   "abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
    if (in_prose) {
      std::size_t start = at;
      std::string kind = "injunction";
      std::string name = "injunction";
      for (auto [adverb, k, n] : {std::tuple{std::string_view("PRELIMINARILY "), "preliminary_injunction", "preliminary injunction"},
                                 std::tuple{std::string_view("PERMANENTLY "), "permanent_injunction", "permanent injunction"},
                                 std::tuple{std::string_view("TEMPORARILY "), "tro", "temporary restraining order"}}) {
        if (at >= adverb.size() && text_.substr(at - adverb.size(), adverb.size()) == adverb) {
          start = at - adverb.size();
          kind = k;
          name = n;
        }
      }
      Mention m;
      m.type = "order";
      m.start = start;
      m.end = end;
      m.name = name;
      m.attrs["kind"] = kind;
      m.attrs["decretal"] = true;
      out_.push_back(std::move(m));
      one_found = true;  // one decree per ruling: later capitals repeat it
    }
    at = text_.find(kWord, end);
  }
}

// A ruling's own disposition: "Motion to Intervene (ECF No. 17) is
// GRANTED", "this matter is administratively STAYED" (capitals in a
// sentence of ordinary words), or a sentence that is nothing but the
// disposition: "Affirmed.", "AFFIRMED.", "Decree affirmed.", "Judgment
// reversed.", "Reversed and remanded.", "Petition DENIED.". Each is an
// order of the ruling (decretal): the relate stage states what it does
// and gives it the ruling's court, judge, date and case.
void OrderScanner::decretal_dispositions() {
  constexpr std::size_t kMostDispositions = 24;  // a docket sheet repeats them; the first ones suffice
  std::size_t found = 0;
  for (const Sentence& s : ctx_.segments.sentences) {
    if (found >= kMostDispositions) break;
    // Cheap first: a short sentence, or one with a word ending in capitals "ED".
    const std::string_view words = text_.substr(s.start, s.end - s.start);
    if (words.size() > 60 && words.find("ED") == std::string_view::npos) continue;
    if (!holds_disposition_word(words)) continue;
    const std::vector<Token> toks = figures::tokens_after(text_, s.start, s.end, 400);
    const bool whole_sentence = bare_disposition(toks);
    for (std::size_t k = 0; k < toks.size() && found < kMostDispositions; ++k) {
      const char* kind = disposition_kind(toks[k].lower);
      if (!kind) continue;
      const bool capitals = toks[k].core.size() > 4 && figures::all_upper(toks[k].core);
      if (!whole_sentence && !(capitals && in_prose(toks[k].core_start))) continue;
      if (covered(toks[k].core_start)) continue;
      // "the motion will be GRANTED": the opinion announces what its order will do; the order is elsewhere.
      if (!whole_sentence && k >= 2 && toks[k - 1].lower == "be" && toks[k - 2].lower == "will") continue;
      Mention m;
      m.type = "order";
      m.start = toks[k].core_start;
      m.end = toks[k].core_start + toks[k].core.size();
      m.name = kind;
      m.attrs["kind"] = std::string(kind);
      m.attrs["decretal"] = true;
      m.attrs["disposition"] = toks[k].lower;
      out_.push_back(std::move(m));
      ++found;
      if (whole_sentence) break;  // "Reversed and remanded.": one judgment
    }
  }
}

// The kind of order a disposition word makes: an appellate court's
// judgment, or a trial court's order.
const std::unordered_set<std::string>& OrderScanner::appellate_dispositions() {
  static const std::unordered_set<std::string> words = {"affirmed", "reversed", "remanded", "vacated"};
  return words;
}

const std::unordered_set<std::string>& OrderScanner::trial_dispositions() {
  static const std::unordered_set<std::string> words = {"granted", "denied", "dismissed", "stayed"};
  return words;
}

const char* OrderScanner::disposition_kind(const std::string& lower) {
  if (in(appellate_dispositions(), lower)) return "judgment";
  if (in(trial_dispositions(), lower)) return "order";
  return nullptr;
}

// Do these words hold a disposition word, in any case, anywhere? Without
// one no token of them can be a disposition, and tokenizing them is the
// costly part. Looks back from each byte that may end such a word.
bool OrderScanner::holds_disposition_word(std::string_view words) {
  struct Endings {
    std::vector<std::string> words;
    std::array<bool, 256> last = {};
  };
  static const Endings endings = [] {
    Endings e;
    for (const auto* set : {&appellate_dispositions(), &trial_dispositions()}) {
      for (const std::string& word : *set) {
        if (word.empty()) continue;
        e.words.push_back(word);
        e.last[static_cast<unsigned char>(word.back())] = true;
      }
    }
    return e;
  }();
  for (std::size_t end = 1; end <= words.size(); ++end) {
    if (!endings.last[static_cast<unsigned char>(figures::to_lower(words[end - 1]))]) continue;
    for (const std::string& word : endings.words) {
      if (word.size() > end) continue;
      bool same = true;
      for (std::size_t k = 0; k < word.size() && same; ++k) {
        same = figures::to_lower(words[end - word.size() + k]) == word[k];
      }
      if (same) return true;
    }
  }
  return false;
}

// "Affirmed.", "Decree affirmed.", "The judgment is reversed and the case
// remanded." is not: a bare disposition is a few words, all of them
// disposition words, "and", or what was disposed of.
bool OrderScanner::bare_disposition(const std::vector<Token>& toks) {
  static const std::unordered_set<std::string> things = {"judgment", "judgments", "decree", "order", "orders",
                                                         "petition", "motion", "application", "the", "and",
                                                         "in", "part", "so", "ordered"};
  if (toks.empty() || toks.size() > 5) return false;
  bool disposition = false;
  for (const Token& t : toks) {
    if (disposition_kind(t.lower)) disposition = true;
    else if (!in(things, t.lower)) return false;
  }
  return disposition;
}

// Capitals among lower-case words, not a caption or title line of capitals.
bool OrderScanner::in_prose(std::size_t at) const {
  const std::size_t from = at >= 40 ? at - 40 : 0;
  return at >= 4 && text_.substr(from, at - from).find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
}

bool OrderScanner::covered(std::size_t at) const {
  for (const Mention& m : out_) {
    if (m.type == "order" && m.start <= at && at < m.end) return true;
  }
  return false;
}

// Letters and digits only, lower case: "sentenced\nhim to 21 months" and
// "sentenced him to 21 months" are one key.
std::string OrderScanner::squeezed(std::string_view words) {
  std::string key;
  for (char c : words) {
    if (figures::is_alnum(c)) key.push_back(figures::to_lower(c));
  }
  return key;
}

// The leading letters of a word: "months" of "months’".
std::string OrderScanner::letters_of(std::string_view word) {
  std::size_t n = 0;
  while (n < word.size() && is_alpha(word[n])) ++n;
  return std::string(word.substr(0, n));
}

}  // namespace lexgraph::orders
