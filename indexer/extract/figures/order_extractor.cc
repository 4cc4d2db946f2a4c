// Court orders and rulings the text talks about as acts. Head words
// (order, injunction, stay, ruling, judgment, decree, vacatur, mandamus,
// TRO) are found with a cheap word scan; the longest phrase of
// order_kinds.tsv around the head decides the kind, or says the words are
// not a court order at all ("in order to", "executive order"). Ambiguous
// heads count only as nouns: after a determiner or possessive ("the
// Thursday ruling", "the court's order"), a number, "for"/"of", or before a
// verb of ordering ("ORDER granting ..."). What the same sentence says
// about the order (order_cues.tsv: denied, lifted, still in place, on
// appeal, requested) becomes attributes.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <tuple>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "extract/figures/figures.h"
#include "extract/figures/number_reader.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace lexgraph {

namespace {

using figures::is_alpha;
using figures::is_digit;
using figures::is_upper;
using figures::OrderPhrase;
using figures::order_vocabulary;
using figures::Token;

constexpr std::size_t kCueWords = 8;  // how far a cue may stand from its order

bool in(const std::unordered_set<std::string>& set, const std::string& word) { return set.count(word) > 0; }

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

// Words after which a cue no longer speaks of the order before or after them.
const std::unordered_set<std::string>& clause_words() {
  static const std::unordered_set<std::string> words = {"but",  "because", "although", "though", "whereas",
                                                        "however", "unless", "while", "if",   "when"};
  return words;
}

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

const std::unordered_set<std::string>& modals() {
  static const std::unordered_set<std::string> words = {"to",  "would", "should", "could", "may",
                                                        "might", "will", "can",   "must",  "not"};
  return words;
}

const std::unordered_set<std::string>& court_possessives() {
  static const std::unordered_set<std::string> words = {"court's", "judge's", "panel's", "tribunal's", "circuit's"};
  return words;
}

bool possessive(const std::string& word) {
  return (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) ||
         (word.size() > 2 && word.compare(word.size() - 2, 2, "s'") == 0);
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

struct Found {
  std::size_t start = 0;
  std::size_t end = 0;
  Mention mention;
  bool generic = false;   // a bare head ("order", "ruling", "judgment"): needs evidence of an act
  bool evidence = false;  // named by its court, date, "this", a docket verb, an ordering verb, a title
  bool footer = false;    // "28 ORDER": the running title of numbered pleading paper
};

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

// "sentenced James Roe to 210 months", "writ of certiorari": acts named by
// a verb or a writ rather than by a head word of order_kinds.tsv.
constexpr std::string_view kSentenced = "sentenced";
constexpr std::string_view kCertiorari = "certiorari";
constexpr std::array<std::string_view, 2> kActWords = {kSentenced, kCertiorari};

// How a head word (singular or plural, as head_filter holds them) may
// begin: its first two letters. Most words of a text begin otherwise, so
// the scan need not even find their ends.
struct HeadBeginnings {
  std::string firsts, seconds;           // the pairs, lower case: firsts[k] then seconds[k]
  std::array<bool, 26 * 26> pairs = {};  // first letter * 26 + second, lower case

  static int pair_of(char a, char b) {
    const int x = figures::to_lower(a) - 'a';
    const int y = figures::to_lower(b) - 'a';
    return x >= 0 && x < 26 && y >= 0 && y < 26 ? x * 26 + y : -1;
  }
  bool may_begin(char a, char b) const {
    const int pair = pair_of(a, b);
    return pair >= 0 && pairs[static_cast<std::size_t>(pair)];
  }
};

const HeadBeginnings& head_beginnings() {
  static const HeadBeginnings beginnings = [] {
    HeadBeginnings b;
    for (const auto& entry : order_vocabulary().by_head) {
      for (const std::string& word : {entry.first, entry.first + "s"}) {
        // The same words as head_filter, which takes none shorter than two letters.
        if (word.size() < 2) continue;
        const int pair = HeadBeginnings::pair_of(word[0], word[1]);
        if (pair < 0 || b.pairs[static_cast<std::size_t>(pair)]) continue;
        b.pairs[static_cast<std::size_t>(pair)] = true;
        b.firsts.push_back(figures::to_lower(word[0]));
        b.seconds.push_back(figures::to_lower(word[1]));
      }
    }
    // Words that begin acts without a head word, found in the same pass.
    for (std::string_view word : kActWords) {
      const int pair = HeadBeginnings::pair_of(word[0], word[1]);
      if (pair < 0 || b.pairs[static_cast<std::size_t>(pair)]) continue;
      b.pairs[static_cast<std::size_t>(pair)] = true;
      b.firsts.push_back(word[0]);
      b.seconds.push_back(word[1]);
    }
    return b;
  }();
  return beginnings;
}

// One bit per byte of 64: a word starts there (a letter after a byte that
// is no letter or digit; `glued` says the byte before the 64 is one) and
// its first two letters, in either case, begin some head word. `p` has 65
// readable bytes.
std::uint64_t head_starts64(const unsigned char* p, bool glued, const HeadBeginnings& beginnings) {
  std::uint64_t word = 0, head = 0;
#if defined(__SSE2__)
  __m128i folded[4], folded1[4], hit[4];
  for (int k = 0; k < 4; ++k) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k));
    const auto between = [&](char lo, char hi) {
      return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                           _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(hi + 1))));
    };
    const __m128i alnum = _mm_or_si128(_mm_or_si128(between('A', 'Z'), between('a', 'z')), between('0', '9'));
    word |= std::uint64_t{static_cast<unsigned>(_mm_movemask_epi8(alnum))} << (16 * k);
    // Setting 0x20 folds capitals to small letters and maps no other byte onto one.
    folded[k] = _mm_or_si128(v, _mm_set1_epi8(0x20));
    folded1[k] = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k + 1)), _mm_set1_epi8(0x20));
    hit[k] = _mm_setzero_si128();
  }
  // Each pair once for all 64 bytes: its two letters stay in registers.
  for (std::size_t j = 0; j < beginnings.firsts.size(); ++j) {
    const __m128i first = _mm_set1_epi8(beginnings.firsts[j]);
    const __m128i second = _mm_set1_epi8(beginnings.seconds[j]);
    for (int k = 0; k < 4; ++k) {
      hit[k] = _mm_or_si128(hit[k], _mm_and_si128(_mm_cmpeq_epi8(folded[k], first), _mm_cmpeq_epi8(folded1[k], second)));
    }
  }
  for (int k = 0; k < 4; ++k) head |= std::uint64_t{static_cast<unsigned>(_mm_movemask_epi8(hit[k]))} << (16 * k);
#else
  for (int k = 0; k < 64; ++k) {
    const char c = static_cast<char>(p[k]);
    word |= std::uint64_t{figures::is_alnum(c)} << k;
    head |= std::uint64_t{beginnings.may_begin(c, static_cast<char>(p[k + 1]))} << k;
  }
#endif
  return head & ~((word << 1) | std::uint64_t{glued});
}

class OrderScanner {
 public:
  OrderScanner(const ExtractionContext& ctx, std::vector<Mention>& out)
      : ctx_(ctx), text_(ctx.text), out_(out), vocab_(order_vocabulary()) {}

  void run() {
    // Visits only the word starts that may begin a head word, 64 bytes at
    // a time; `next` is where the scan goes on (past a found order).
    const HeadBeginnings& beginnings = head_beginnings();
    const auto* base = reinterpret_cast<const unsigned char*>(text_.data());
    const std::size_t n = text_.size();
    std::size_t next = 0;
    for (std::size_t at = 0; at < n; at += 64) {
      if (at + 64 <= next) continue;
      const bool glued = at > 0 && figures::is_alnum(text_[at - 1]);
      std::uint64_t starts;
      if (at + 65 <= n) {
        starts = head_starts64(base + at, glued, beginnings);
      } else {
        unsigned char tail[65] = {};  // zeros start no word
        std::memcpy(tail, base + at, std::min<std::size_t>(n - at, sizeof tail));
        starts = head_starts64(tail, glued, beginnings);
      }
      for (; starts != 0; starts &= starts - 1) {
        const std::size_t i = at + static_cast<std::size_t>(__builtin_ctzll(starts));
        if (i < next) continue;
        next = visit_word(i, beginnings);
      }
    }
    for (std::size_t k = 0; k < found_.size(); ++k) describe(k);
    for (Found& f : found_) {
      if (keep(f)) out_.push_back(std::move(f.mention));
    }
    decretal_injunctions();
    decretal_dispositions();
    sentences_imposed();
    certiorari();
  }

  // Letters and digits only, lower case: "sentenced\nhim to 21 months" and
  // "sentenced him to 21 months" are one key.
  static std::string squeezed(std::string_view words) {
    std::string key;
    for (char c : words) {
      if (figures::is_alnum(c)) key.push_back(figures::to_lower(c));
    }
    return key;
  }

  // The leading letters of a word: "months" of "months’".
  static std::string letters_of(std::string_view word) {
    std::size_t n = 0;
    while (n < word.size() && is_alpha(word[n])) ++n;
    return std::string(word.substr(0, n));
  }

  // A criminal sentence the text reports: "sentenced James Atwood to 210
  // months", "was sentenced to five years", "sentenced him to life".
  void sentences_imposed() {
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
  void certiorari() {
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
      Mention m;
      m.type = "order";
      m.start = start;
      m.end = end;
      m.name = "writ of certiorari";
      m.attrs["kind"] = std::string("certiorari");
      m.attrs["status"] = std::string("issued");
      m.entity = "order:" + ctx_.doc.id + "#certiorari";  // the caption and the opinion name one grant
      out_.push_back(std::move(m));
      ++found;
    }
  }

  void caption_certiorari() {
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

  // A ruling's own decree in capitals: "DHS will be PRELIMINARILY ENJOINED
  // from enforcing ...", "Defendants are hereby ENJOINED". The words are the
  // order; the relate stage gives it the ruling's court, judge, date, case.
  void decretal_injunctions() {
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
  void decretal_dispositions() {
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
  static const std::unordered_set<std::string>& appellate_dispositions() {
    static const std::unordered_set<std::string> words = {"affirmed", "reversed", "remanded", "vacated"};
    return words;
  }
  static const std::unordered_set<std::string>& trial_dispositions() {
    static const std::unordered_set<std::string> words = {"granted", "denied", "dismissed", "stayed"};
    return words;
  }
  static const char* disposition_kind(const std::string& lower) {
    if (in(appellate_dispositions(), lower)) return "judgment";
    if (in(trial_dispositions(), lower)) return "order";
    return nullptr;
  }

  // Do these words hold a disposition word, in any case, anywhere? Without
  // one no token of them can be a disposition, and tokenizing them is the
  // costly part. Looks back from each byte that may end such a word.
  static bool holds_disposition_word(std::string_view words) {
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
  static bool bare_disposition(const std::vector<Token>& toks) {
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
  bool in_prose(std::size_t at) const {
    const std::size_t from = at >= 40 ? at - 40 : 0;
    return at >= 4 && text_.substr(from, at - from).find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
  }

  bool covered(std::size_t at) const {
    for (const Mention& m : out_) {
      if (m.type == "order" && m.start <= at && at < m.end) return true;
    }
    return false;
  }

 private:
  // The word starting at `i`: an order when it is a head word in a phrase.
  // Gives back where the scan goes on.
  std::size_t visit_word(std::size_t i, const HeadBeginnings& beginnings) {
    if (i + 1 >= text_.size() || !beginnings.may_begin(text_[i], text_[i + 1])) return i + 1;
    const std::size_t end = figures::letters_end(text_, i);
    const std::string_view word = text_.substr(i, end - i);
    if (word.size() == kSentenced.size() && word == kSentenced) {
      sentenced_at_.push_back(i);
      return end;
    }
    if (word.size() == kCertiorari.size() && (word == kCertiorari || word == "CERTIORARI")) {
      certiorari_at_.push_back(i);
      return end;
    }
    if (vocab_.head_filter.may_contain(word)) {
      if (std::optional<Found> found = match(i, end)) {
        const std::size_t found_end = found->end;
        found_.push_back(std::move(*found));
        return found_end;
      }
    }
    return end;
  }

  std::optional<Found> match(std::size_t i, std::size_t end) {
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

  // What makes a bare "order" or "judgment" one act of a court: the court
  // or "this" before it ("the Judicial Council's order", "this Order",
  // "the Supreme Court's 10/24/17 order"), its date after it ("order of June
  // 26, 2017", "order dated October 24, 2017"), a docket entry's verb
  // ("Filed clerk order", "Order filed for PUBLICATION"), an ordering verb
  // ("order modifying ..."), or a title in capitals ("ORDER GRANTING").
  // The span grows to the words that name it.
  void named_by(const Token& head, const std::vector<Token>& before, const std::vector<Token>& after,
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

  bool alone_on_line(std::size_t start, std::size_t end) const {
    std::size_t a = start;
    while (a > 0 && (text_[a - 1] == ' ' || text_[a - 1] == '\t')) --a;
    std::size_t b = end;
    while (b < text_.size() && (text_[b] == ' ' || text_[b] == '\t' || text_[b] == '\r')) ++b;
    return (a == 0 || text_[a - 1] == '\n') && (b == text_.size() || text_[b] == '\n');
  }

  // A capitalised head alone on its line, and alone on another line too:
  // the running title of every page ("ORDER"), not an act.
  bool running_title(std::size_t start, std::size_t end) const {
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
  bool after_line_number(std::size_t pos) const {
    std::size_t p = pos;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
    if (p == pos || p == 0 || !is_digit(text_[p - 1])) return false;
    std::size_t digits = 0;
    while (p > 0 && is_digit(text_[p - 1])) --p, ++digits;
    return digits <= 2 && (p == 0 || figures::is_blank(text_[p - 1]));
  }

  // "Order to Show Cause Re Preliminary Injunction", "Order to Show Cause
  // Why a Preliminary Injunction Should Not Issue": the title names what the
  // order is about.
  std::size_t show_cause_title(const std::vector<Token>& after, std::size_t phrase_words_after, std::size_t end) const {
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
  bool keep(Found& f) const {
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
  bool acted_on_motion(Found& f) const {
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

  static bool looks_like_object(const std::string& word) {
    static const std::unordered_set<std::string> words = {
        "the",   "that", "a",   "an",    "him",       "her",        "them",       "it",         "defendant",
        "defendants", "plaintiff", "plaintiffs", "petitioner", "respondent", "all", "each", "any", "every",
        "this",  "his",  "their", "its", "counsel", "parties"};
    return words.count(word) > 0;
  }

  // Do the words around the head spell `phrase`? Sets its span.
  bool phrase_matches(const OrderPhrase& phrase, const Token& head, const std::vector<Token>& before,
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
  bool noun_cue(const Token& head, const std::vector<Token>& before, const std::vector<Token>& after,
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

  std::optional<double> count_before(const std::vector<Token>& before, std::size_t skip) const {
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

  // Status, negation and request from the words around order `k`.
  void describe(std::size_t k) {
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

  static void set_cue(Attrs& attrs, const figures::OrderCue& cue) {
    if (cue.attr == "status") attrs["status"] = cue.value;
    else attrs[cue.attr] = true;
  }

  // The cues by their last word and by their first, each list in the
  // vocabulary's order: a token is compared only with the cues it could
  // end or begin, and the first cue that fits is still the vocabulary's first.
  using CueIndex = std::unordered_map<std::string, std::vector<const figures::OrderCue*>>;
  static const CueIndex& cues_by_last_word() {
    static const CueIndex index = [] {
      CueIndex by_last;
      for (const figures::OrderCue& cue : order_vocabulary().cues) {
        if (!cue.words.empty()) by_last[cue.words.back()].push_back(&cue);
      }
      return by_last;
    }();
    return index;
  }
  static const CueIndex& cues_by_first_word() {
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
  static const figures::OrderCue* cue_ending_at(const std::vector<Token>& before, std::size_t idx, std::size_t w) {
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

  static const figures::OrderCue* cue_starting_at(const std::vector<Token>& after, std::size_t idx, std::size_t w) {
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

  const ExtractionContext& ctx_;
  std::string_view text_;
  std::vector<Mention>& out_;
  std::vector<Found> found_;
  std::vector<std::size_t> sentenced_at_;   // where "sentenced" stands, from the scan
  std::vector<std::size_t> certiorari_at_;  // where "certiorari" / "CERTIORARI" stands
  const figures::OrderVocabulary& vocab_;
  mutable std::unordered_map<std::string, bool> running_titles_;
};

}  // namespace

void extract_orders(const ExtractionContext& ctx, std::vector<Mention>& out) { OrderScanner(ctx, out).run(); }

}  // namespace lexgraph
