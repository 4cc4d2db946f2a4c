// The head stage of the order extractor: a head word the scan found
// (order_extractor.cc) becomes an order when the longest phrase of
// order_kinds.tsv around it names a kind, when an ambiguous head is a noun
// here, and when it names no stage or paper of a case ("summary judgment
// briefing"). keep() decides at the end which found orders are acts of a
// court. Also the word lists the attribute stage shares.
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "extract/figures/number_reader.h"
#include "extract/figures/order_scanner.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph::orders {

namespace {

const std::unordered_set<std::string>& definite() {
  static const std::unordered_set<std::string> words = {"the", "this", "that", "these", "those", "its", "their",
                                                        "said", "same"};
  return words;
}

// Nouns an order's kind may modify without naming an act of a court.
const std::unordered_set<std::string>& stage_nouns() {
  static const std::unordered_set<std::string> words = {
      "briefing", "brief",   "briefs",     "stage",    "record",  "standard", "standards", "phase",
      "papers",   "hearing", "hearings",   "posture",  "context", "practice", "proceeding", "opposition",
      "reply",    "schedule", "evidence",  "burden",   "inquiry", "analysis", "factors",   "test"};
  return words;
}

}  // namespace

const std::unordered_set<std::string>& determiners() {
  static const std::unordered_set<std::string> words = {
      "a",    "an",  "the",  "this",    "that", "these", "those",   "its",   "their", "his",  "her",   "our",
      "your", "my",  "any",  "no",      "each", "every", "such",    "another", "said", "whose", "both", "all",
      "which", "what", "either", "neither", "same", "first", "second", "last", "one"};
  return words;
}

// Words that show the head is a verb or a different sense ("to stay", "we order").
const std::unordered_set<std::string>& non_modifiers() {
  static const std::unordered_set<std::string> words = {
      "to",    "will",  "would", "may",   "might", "shall", "should", "could", "can",   "must",  "did",
      "does",  "do",    "not",   "we",    "i",     "you",   "he",     "she",   "they",  "it",    "who",
      "and",   "or",    "but",   "nor",   "is",    "are",   "was",    "were",  "be",    "been",  "being",
      "has",   "have",  "had",   "in",    "on",    "at",    "by",     "with",  "from",  "as",    "than",
      "into",  "upon",  "under", "after", "before", "without", "against", "because", "if", "when", "so",
      "then",  "also",  "hereby", "further", "thereby", "accordingly"};
  return words;
}

// A verb right after the head shows it is an order being described.
const std::unordered_set<std::string>& ordering_verbs() {
  static const std::unordered_set<std::string> words = {
      "granting",  "denying",    "dismissing",  "enjoining",  "directing",  "requiring",  "vacating",
      "remanding", "staying",    "affirming",   "reversing",  "compelling", "approving",  "authorizing",
      "barring",   "blocking",   "prohibiting", "permitting", "allowing",   "modifying",  "extending",
      "lifting",   "dissolving", "certifying",  "transferring", "appointing", "imposing", "setting",
      "regarding", "entered",    "issued",      "striking",   "sealing",    "adopting",   "confirming",
      "overruling", "sustaining", "terminating", "preventing", "halting",   "reversed",   "affirmed",
      "vacated",   "granted",    "denied",      "dissolved",  "lifted",     "stayed",     "dated",
      "filed",     "signed",     "discharging", "closing",    "scheduling", "continuing", "resetting"};
  return words;
}

bool numeric(std::string_view text, const Token& t) {
  if (t.core.empty()) return false;
  if (is_digit(t.core.front())) {
    for (char c : t.core) {
      if (!is_digit(c)) return false;
    }
    return true;
  }
  std::optional<figures::NumberSpan> n = figures::read_number_words(text, t.core_start);
  return n && n->end == t.core_start + t.core.size();
}

std::optional<Found> OrderScanner::match(std::size_t i, std::size_t end) {
  const figures::OrderVocabulary& vocab = vocab_;
  std::string word = figures::lower(text_.substr(i, end - i));
  bool plural = false;
  if (!vocab.by_head.count(word) && word.size() > 3 && word.back() == 's') {
    word.pop_back();
    plural = true;
  }
  auto heads = vocab.by_head.find(word);
  if (heads == vocab.by_head.end()) return std::nullopt;
  if (word == "tro" && !is_upper(text_[i + 1])) return std::nullopt;  // only "TRO", "TROs"
  // The token holding the head: "order," or "(order" fine, "order-based" not.
  std::size_t token_start = i;
  while (token_start > 0 && !figures::is_blank(text_[token_start - 1])) --token_start;
  std::size_t token_end = end;
  while (token_end < text_.size() && !figures::is_blank(text_[token_end])) ++token_end;
  const Token head = figures::make_token(text_, token_start, token_end);
  if (head.core_start != i || (head.core.size() != end - i && !possessive(head.lower))) return std::nullopt;

  const auto [sentence_start, sentence_end] = figures::sentence_bounds(ctx_.segments, i, text_.size());
  // Not back into the previous order: "stay of removal order" is two phrases at most.
  const std::size_t floor = std::max(sentence_start, found_.empty() ? std::size_t{0} : found_.back().end);
  const std::vector<Token> before = figures::tokens_before(text_, token_start, floor, vocab.max_phrase_words + 3);
  const std::vector<Token> after = figures::tokens_after(text_, token_end, sentence_end, vocab.max_phrase_words);

  const OrderPhrase* best = nullptr;
  std::size_t best_start = i;
  std::size_t best_end = end;
  for (const OrderPhrase& phrase : heads->second) {
    std::size_t start = i;
    std::size_t phrase_end = end;
    if (!phrase_matches(phrase, head, before, after, start, phrase_end)) continue;
    const bool better = !best || phrase.words.size() > best->words.size() ||
                        (phrase.words.size() == best->words.size() && phrase.kind == "-");
    if (better) {
      best = &phrase;
      best_start = start;
      best_end = phrase_end;
    }
  }
  if (!best || best->kind == "-") return std::nullopt;
  const std::size_t words_before = best->head;
  if (plural && (word == "order" || word == "stay") && !after.empty() && !head.punct_after &&
      looks_like_object(after[0].lower)) {
    return std::nullopt;  // "the court orders the parties", "this stays the case"
  }
  if (best->needs_cue && !noun_cue(head, before, after, words_before, word)) return std::nullopt;
  // "summary judgment briefing", "the injunction hearing": the kind of order
  // names a stage or a paper of the case, not an act.
  if (const std::size_t next = best->words.size() - best->head - 1; next < after.size()) {
    const bool glued = !after[next].punct_before && !(next == 0 ? head.punct_after : after[next - 1].punct_after);
    if (glued && in(stage_nouns(), after[next].lower)) return std::nullopt;
  }

  if (best->name == "order to show cause") {
    const std::vector<Token> longer = figures::tokens_after(text_, token_end, sentence_end, best->words.size() + 10);
    best_end = show_cause_title(longer, best->words.size() - best->head - 1, best_end);
  }
  Found f;
  // Ambiguous heads ("order", "ruling", "judgment", "stay") need evidence of an act.
  f.generic = best->needs_cue;
  // "the injunction", "this injunction", "the court's injunction": one the
  // text has in view; "an injunction", "relief by injunction" need an act.
  if (best->kind == "injunction" && words_before < before.size() && !before[words_before].punct_after &&
      (in(definite(), before[words_before].lower) || possessive(before[words_before].lower))) {
    f.evidence = true;
  }
  if (f.generic || best->name == "court order") named_by(head, before, after, words_before, best_start, best_end, f);
  f.start = best_start;
  f.end = best_end;
  f.mention.type = "order";
  f.mention.start = best_start;
  f.mention.end = best_end;
  f.mention.name = best->name;
  f.mention.attrs["kind"] = best->kind;
  if (plural) {
    if (std::optional<double> count = count_before(before, words_before)) f.mention.attrs["count"] = *count;
  }
  return f;
}

// Do the words around the head spell `phrase`? Sets its span.
bool OrderScanner::phrase_matches(const OrderPhrase& phrase, const Token& head, const std::vector<Token>& before,
                                  const std::vector<Token>& after, std::size_t& start, std::size_t& end) const {
  const std::size_t need_before = phrase.head;
  const std::size_t need_after = phrase.words.size() - phrase.head - 1;
  if (need_before > before.size() || need_after > after.size()) return false;
  if (need_before > 0 && head.punct_before) return false;
  if (need_after > 0 && head.punct_after) return false;
  for (std::size_t k = 0; k < need_before; ++k) {
    const Token& t = before[k];
    if (t.punct_after || (k + 1 < need_before && t.punct_before)) return false;
    if (t.lower != phrase.words[phrase.head - 1 - k]) return false;
    start = t.core_start;
  }
  for (std::size_t k = 0; k < need_after; ++k) {
    const Token& t = after[k];
    if (t.punct_before || (k + 1 < need_after && t.punct_after)) return false;
    if (t.lower != phrase.words[phrase.head + 1 + k]) return false;
    end = t.core_start + t.core.size();
  }
  return true;
}

// Is the ambiguous head a noun here?
bool OrderScanner::noun_cue(const Token& head, const std::vector<Token>& before, const std::vector<Token>& after,
                            std::size_t skip, const std::string& head_word) const {
  // "ORDER granting ...", "AMENDED JUDGMENT", not "MOTION TO STAY".
  if (figures::all_upper(head.core)) return skip >= before.size() || !in(non_modifiers(), before[skip].lower);
  if (!after.empty() && !head.punct_after && !after[0].punct_before && in(ordering_verbs(), after[0].lower)) {
    return true;
  }
  static const std::unordered_set<std::string> personal = {"his", "her", "their", "my", "our", "your"};
  // A docket entry: "Received Order from the Supreme Court", "Filed Order".
  if (skip < before.size() && !before[skip].punct_after && (before[skip].raw == "Received" || before[skip].raw == "Filed")) {
    return true;
  }
  int modifiers = 0;
  for (std::size_t k = skip; k < before.size(); ++k) {
    const Token& t = before[k];
    if (t.punct_after || t.core.empty()) return false;
    if (in(determiners(), t.lower)) return !(head_word == "stay" && in(personal, t.lower));
    if (possessive(t.lower) || numeric(text_, t)) return true;
    if (t.lower == "for") return true;
    if (t.lower == "of") return head_word != "stay";  // "entry of judgment", not "length of stay"
    if (in(non_modifiers(), t.lower) || ++modifiers > 3) return false;
  }
  return false;
}

bool OrderScanner::looks_like_object(const std::string& word) {
  static const std::unordered_set<std::string> words = {
      "the",   "that", "a",   "an",    "him",       "her",        "them",       "it",         "defendant",
      "defendants", "plaintiff", "plaintiffs", "petitioner", "respondent", "all", "each", "any", "every",
      "this",  "his",  "their", "its", "counsel", "parties"};
  return words.count(word) > 0;
}

std::optional<double> OrderScanner::count_before(const std::vector<Token>& before, std::size_t skip) const {
  for (std::size_t k = skip; k < before.size() && k < skip + 3; ++k) {
    const Token& t = before[k];
    if (t.punct_after) return std::nullopt;
    if (numeric(text_, t)) {
      if (is_digit(t.core.front())) return std::stod(std::string(t.core));
      return figures::read_number_words(text_, t.core_start)->value;
    }
    if (in(determiners(), t.lower) || in(non_modifiers(), t.lower)) return std::nullopt;
  }
  return std::nullopt;
}

// "Order to Show Cause Re Preliminary Injunction", "Order to Show Cause
// Why a Preliminary Injunction Should Not Issue": the title names what the
// order is about.
std::size_t OrderScanner::show_cause_title(const std::vector<Token>& after, std::size_t phrase_words_after, std::size_t end) const {
  std::size_t k = phrase_words_after;
  if (k >= after.size() || after[k - 1].punct_after) return end;
  if (after[k].raw != "Re" && after[k].raw != "re" && after[k].raw != "Why" && after[k].raw != "Regarding") return end;
  static const std::unordered_set<std::string> small = {"a", "an", "the", "of", "not", "to", "for", "and"};
  std::size_t title_end = end;
  bool named = false;
  for (std::size_t j = k + 1; j < after.size() && j < k + 9; ++j) {
    const Token& t = after[j];
    if (t.punct_before || t.core.empty() || !is_alpha(t.core.front())) break;
    if (!t.capitalized() && !in(small, t.lower)) break;
    if (t.capitalized()) {
      named = true;
      title_end = t.core_start + t.core.size();
    }
    if (t.punct_after) break;
  }
  return named ? title_end : end;
}

// Is this mention an act of a court? Requests that nothing granted or
// denied are not ("moved for summary judgment", "the motion for a stay"),
// nor a bare head with no sign of a court's act, nor a page's running title.
bool OrderScanner::keep(Found& f) const {
  if (f.footer) return false;
  const Attrs& attrs = f.mention.attrs;
  const bool acted = attrs.count("status") || attrs.count("negated");
  if (attrs.count("requested") && !attrs.count("negated")) {
    if (!acted_on_motion(f)) return false;
  }
  return !f.generic || f.evidence || acted || attrs.count("count");
}

// "granted Alamosa's motion for summary judgment": the grant is the order;
// the span grows to the verb.
bool OrderScanner::acted_on_motion(Found& f) const {
  const auto [sentence_start, sentence_end] = figures::sentence_bounds(ctx_.segments, f.start, text_.size());
  (void)sentence_end;
  const std::vector<Token> before = figures::tokens_before(text_, f.start, sentence_start, 6);
  std::size_t k = 0;
  while (k < before.size() && k < 2 && (before[k].lower == "a" || before[k].lower == "an" || before[k].lower == "the")) ++k;
  if (k + 1 >= before.size() || before[k].lower != "for" ||
      (before[k + 1].lower != "motion" && before[k + 1].lower != "motions")) {
    return false;
  }
  k += 2;
  if (k < before.size() && (possessive(before[k].lower) || in(determiners(), before[k].lower))) ++k;
  static const std::unordered_set<std::string> verbs = {"granted", "granting", "grants", "grant"};
  if (k >= before.size() || !in(verbs, before[k].lower)) return false;
  for (std::size_t j = 0; j <= k; ++j) {
    if (j > 0 && before[j].punct_after) return false;
  }
  f.start = f.mention.start = before[k].core_start;
  return true;
}

}  // namespace lexgraph::orders
