#include "relate/applied_law.h"

#include <algorithm>
#include <initializer_list>
#include <string>

#include "relate/modality.h"

namespace lexgraph::relate {

namespace {

constexpr double kAppliesConfidence = 0.5;  // "under" also introduces what a party claims under

// Inside "..." or (...) at byte `at` of the sentence that starts at `from`?
bool quoted_or_parenthetical(std::string_view text, std::size_t from, std::size_t at) {
  int depth = 0;
  int straight_quotes = 0;
  int curly = 0;
  for (std::size_t i = from; i < at; ++i) {
    const char c = text[i];
    if (c == '(') ++depth;
    else if (c == ')' && depth > 0) --depth;
    else if (c == '"') ++straight_quotes;
    else if (c == '\xE2' && i + 2 < at && text[i + 1] == '\x80') {
      if (text[i + 2] == '\x9C') ++curly;
      else if (text[i + 2] == '\x9D' && curly > 0) --curly;
    }
  }
  return depth > 0 || straight_quotes % 2 == 1 || curly > 0;
}

// The statute slot right after words[k] (over "the", "section", "§").
const Slot* statute_after(const std::vector<Word>& words, const std::vector<Slot>& named, std::size_t k) {
  std::size_t j = k + 1;
  while (j < words.size() && j < k + 3 && (words[j].lower == "the" || words[j].lower == "section")) ++j;
  for (const Slot& s : named) {
    if (s.type == "statute" && s.first >= k + 1 && s.first <= j) return &s;
  }
  return nullptr;
}

bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

// The court decides in its own voice: "the Court concludes that ...", "we hold".
bool court_decides(const std::vector<Word>& words) {
  bool court = false;
  bool decides = false;
  for (const Word& w : words) {
    if (w.lower == "court" || w.lower == "we") court = true;
    if (one_of(w.lower, {"concludes", "conclude", "concluded", "holds", "hold", "held", "finds", "find", "found",
                         "determined", "determines", "agree", "agrees"})) {
      decides = true;
    }
  }
  return court && decides;
}

// A holding stated as what is: "the motion is timely under Rule 24(a)",
// "plaintiffs are prevailing parties under 28 U.S.C. § 2412", "is summarily
// affirmed pursuant to ...": a present copula shortly before the marker,
// with no relative clause between ("records that are obtained under").
bool present_holding(const std::vector<Word>& words, std::size_t marker) {
  for (std::size_t j = marker, n = 0; j > 0 && n < 6; --j, ++n) {
    const std::string& w = words[j - 1].lower;
    if (one_of(w, {"that", "which", "who", "whom", "when", "if"})) return false;
    if (w == "is" || w == "are") return true;
    if (words[j - 1].punct_after && j - 1 < marker) return false;
  }
  return false;
}

bool modal_anywhere(const std::vector<Word>& words) {
  for (const Word& w : words) {
    if (one_of(w.lower, {"may", "might", "would", "could", "should", "must", "can", "cannot", "whether"})) return true;
  }
  return false;
}

}  // namespace

void applied_law(const ExtractionContext& ctx, const std::vector<Word>& words, const std::vector<Slot>& named,
                 std::size_t sentence, std::vector<Relation>& out) {
  if (ctx.doc.court.empty() || words.empty()) return;
  // Most sentences have no marker: look for one before anything costlier.
  const bool has_marker = std::any_of(words.begin(), words.end(), [](const Word& w) {
    return w.lower == "under" || w.lower == "pursuant";
  });
  if (!has_marker) return;
  // "See, e.g., ...", "Cf. ...": a citation sentence reports other courts.
  if (words[0].lower == "see" || words[0].lower == "cf" || words[0].lower == "accord") return;
  for (const Slot& s : named) {
    if (s.type == "case") return;  // "In Smith, the court held ... under § 1983": another court's application
  }
  if (modal_anywhere(words)) return;
  const bool decides = court_decides(words);
  const std::size_t sentence_start = ctx.segments.sentences[sentence].start;
  for (std::size_t k = 0; k + 1 < words.size(); ++k) {
    std::size_t marker = k;
    if (words[k].lower == "pursuant" && words[k + 1].lower == "to") marker = k + 1;
    else if (words[k].lower != "under") continue;
    if (words[marker].punct_after || k == 0) continue;  // "Under FOIA, courts ...": a premise, not a holding
    if (!decides && !present_holding(words, k)) continue;
    const Slot* statute = statute_after(words, named, marker);
    if (!statute) continue;
    if (quoted_or_parenthetical(ctx.text, sentence_start, words[k].start)) continue;
    const Factuality f = factuality(words, k);
    if (f.hedged || f.alleged || f.negated) continue;
    Relation r;
    r.subject = document_node_id(ctx.doc.id);
    r.predicate = "applies";
    r.object = statute->ids.front();
    r.sentence = sentence;
    r.start = words[k].start;
    r.end = words[statute->last].end;
    r.confidence = kAppliesConfidence;
    out.push_back(std::move(r));
  }
}

}  // namespace lexgraph::relate
