#include "ask/dispositions.h"

#include <optional>

#include "ask/text_match.h"

namespace lexgraph::ask {

namespace {

struct DisposingVerb {
  std::string_view base, participle;
};

// What an appellate court does with the judgment before it.
constexpr DisposingVerb kVerbs[] = {{"affirm", "affirmed"}, {"reverse", "reversed"}, {"vacate", "vacated"},
                                    {"remand", "remanded"}, {"dismiss", "dismissed"}, {"deny", "denied"},
                                    {"grant", "granted"},   {"modify", "modified"}};

// The participle of a disposing verb written as `w` (base or participle), or "".
std::string_view participle_of(std::string_view w, bool& base) {
  for (const auto& v : kVerbs) {
    if (w == v.participle) {
      base = false;
      return v.participle;
    }
    if (w == v.base) {
      base = true;
      return v.participle;
    }
  }
  return {};
}

// Adverbs a decree puts before its verb; "summarily" says how, and stays in
// the answer, the others say nothing of the disposition.
bool is_decree_adverb(std::string_view w) {
  return one_of(w, {"summarily", "hereby", "therefore", "accordingly", "now", "thus", "also", "respectfully"});
}

struct Chain {
  std::size_t first = 0, last = 0;  // word indices of the first and last disposing words
  std::string text;
  bool base = false;  // the first verb in its base form ("we affirm")
};

// A chain of disposing verbs from word `i`: "reversed and the case
// remanded", "affirmed in part, vacated in part, and remanded". Words
// between verbs: "and", "the case / matter / cause", "it", "is", "be".
std::optional<Chain> chain_at(const std::vector<Word>& w, std::size_t i) {
  bool base = false;
  std::string_view p = participle_of(w[i].lower, base);
  if (p.empty()) return std::nullopt;
  Chain c;
  c.first = c.last = i;
  c.base = base;
  c.text = std::string(p);
  std::size_t k = i + 1;
  while (k < w.size()) {
    if (k + 1 < w.size() && w[k].lower == "in" && w[k + 1].lower == "part") {
      c.text += " in part";
      c.last = k + 1;
      k += 2;
      continue;
    }
    std::size_t j = k;
    if (j < w.size() && w[j].lower == "and") ++j;
    if (j + 1 < w.size() && w[j].lower == "the" && one_of(w[j + 1].lower, {"case", "matter", "cause"})) j += 2;
    else if (j < w.size() && one_of(w[j].lower, {"it", "this"})) ++j;
    if (j < w.size() && one_of(w[j].lower, {"is", "be"})) ++j;
    if (j >= w.size()) break;
    bool b = false;
    std::string_view next = participle_of(w[j].lower, b);
    if (next.empty()) break;
    c.text += " and ";
    c.text += next;
    c.last = j;
    k = j + 1;
  }
  return c;
}

Disposition make(const std::vector<Word>& w, const Chain& c, std::size_t from, bool own) {
  Disposition d;
  d.span = {w[from].start, w[c.last].end};
  d.text = c.text;
  if (from < c.first && w[from].lower == "summarily") d.text = "summarily " + d.text;
  d.own = own;
  return d;
}

}  // namespace

std::vector<Disposition> dispositions_in(std::string_view s, const std::vector<std::string>& courts) {
  std::vector<Disposition> out;
  const std::vector<Word> w = words_of(s);
  for (std::size_t i = 0; i < w.size(); ++i) {
    auto chain = chain_at(w, i);
    if (!chain) continue;
    // The adverbs before the verb, and the word before them.
    std::size_t from = i;
    while (from > 0 && is_decree_adverb(w[from - 1].lower)) --from;
    const std::string_view before = from > 0 ? std::string_view(w[from - 1].lower) : std::string_view();
    bool found = false;
    const bool closes = chain->last + 1 == w.size() && !chain->base;
    if (closes && (from == 0 || (from == 1 && one_of(before, {"judgment", "decree", "order", "conviction"})))) {
      // "Affirmed.", "REVERSED AND REMANDED.", "Judgment reversed.": the decree standing alone.
      out.push_back(make(w, *chain, from, true));
      found = true;
    } else if (chain->base && before == "we") {
      // "We affirm", "we therefore reverse and remand".
      out.push_back(make(w, *chain, from, true));
      found = true;
    } else if (!chain->base && one_of(before, {"is", "are", "hereby"})) {
      // "The judgment is reversed and the case remanded."
      out.push_back(make(w, *chain, from, true));
      found = true;
    } else if (!chain->base && from > 0) {
      // "the Tenth Circuit reversed": another court's act, when it is the court asked about.
      for (const std::string& court : courts) {
        if (court.size() < 3) continue;
        const std::size_t at = find_word(s, court, 0, true);
        if (at == std::string::npos) continue;
        std::size_t end = at + court.size();
        if (end <= w[from].start && s.substr(end, w[from].start - end).find_first_not_of(" \n,") == std::string::npos) {
          out.push_back(make(w, *chain, from, false));
          found = true;
          break;
        }
      }
    }
    if (found) i = chain->last;
  }
  return out;
}

}  // namespace lexgraph::ask
