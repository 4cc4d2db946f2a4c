// The words of an object when no entity names it (sentence_rules.h).
#include "relate/sentence_rules.h"

#include <cctype>
#include <string_view>

namespace lexgraph::relate {

// Words from `from` on, up to punctuation, a clause word or the next cue.
std::string SentenceRules::words_text(std::size_t from, std::size_t max_words, bool stop_at_and) const {
  if (from >= words_.size()) return {};
  std::size_t last = from;
  for (std::size_t k = from; k < words_.size() && k < from + max_words; ++k) {
    if (k > from && (clause_word(words_[k].lower) || be_form(words_[k].lower) || (stop_at_and && words_[k].lower == "and" &&
                                                               k + 1 < words_.size() && cue_at(k + 1)))) {
      break;
    }
    if (k > from && one_of(words_[k].lower, {"that", "because", "since", "in", "on", "by", "for", "to", "with"}) &&
        k > from + 2) {
      break;
    }
    last = k;
    if (words_[k].punct_after && words_[k].punct_after != '.') break;
    if (words_[k].punct_after == '.' && k + 1 == words_.size()) break;
  }
  return std::string(ctx_.text.substr(words_[from].start, words_[last].end - words_[from].start));
}

// Object words worth keeping: not a quotation's clause, a citation or a
// function word ("there is no statute", "537 U.S. 901", "in part", "as valid").
bool SentenceRules::meaningful(const std::string& s) {
  if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
  std::size_t space = s.find_first_of(" \n\t\r");
  std::string first = s.substr(0, space);
  for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (one_of(first, {"there", "that", "as", "in", "on", "with", "by", "to", "for", "it", "this", "these", "him",
                     "her", "them", "and", "or", "but", "at", "from", "so", "its", "his", "their", "an", "a", "the"})) {
    return false;
  }
  // A verb group is what happened to the subject, not its object:
  // "Smith's appeal was dismissed". (Lower case only: "May 21" is a date.)
  if (s[0] >= 'a' && s[0] <= 'z' && one_of(first, {"is", "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "may",
                     "could", "should", "shall", "must"})) {
    return false;
  }
  return s.size() >= 6;
}

std::string SentenceRules::without_determiner(std::string s) {
  // ("denied his habeas corpus petition": a possessive pronoun is a determiner too.)
  for (const char* d : {"the ", "a ", "an ", "The ", "A ", "An ", "its ", "their ", "his ", "her ", "our ", "His ", "Her ", "Our "}) {
    if (s.starts_with(d)) return s.substr(std::string_view(d).size());
  }
  return s;
}

// "A data-sharing agreement signed by ...": the words naming the object before the cue.
std::string SentenceRules::noun_before(std::size_t k, bool appositive, std::size_t reach, std::size_t* start) const {
  std::size_t first = k;
  // "Motion to Intervene (ECF No. 17) is GRANTED": over a parenthesis.
  if (k > 0 && words_[k - 1].punct_after == ')') {
    for (std::size_t j = k, n = 0; j > 0 && n < 6; --j, ++n) {
      if (words_[j - 1].start > 0 && ctx_.text[words_[j - 1].start - 1] == '(') {
        k = j - 1;
        break;
      }
    }
    if (k == first) return {};
    first = k;
  }
  for (std::size_t j = k, n = 0; j > 0 && n < reach; --j, ++n) {
    const Word& w = words_[j - 1];
    if ((w.punct_after && !(appositive && j == k && w.punct_after == ',')) || be_form(w.lower) || clause_word(w.lower) || one_of(w.lower, {"that", "it"})) break;
    first = j - 1;
    if (one_of(w.lower, {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her"})) break;
  }
  if (first == k) return {};
  if (start) *start = first;
  return without_determiner(std::string(ctx_.text.substr(words_[first].start, words_[k - 1].end - words_[first].start)));
}

// "from acting upon any IRS data in its possession".
std::string SentenceRules::from_phrase(std::size_t last, const Args& a) const {
  std::size_t k = last + 1;
  if (!a.objects.empty()) k = std::max(k, a.objects.back()->last + 1);
  for (std::size_t n = 0; k < words_.size() && n < 4; ++k, ++n) {
    if (words_[k].lower == "from") {
      // "from carrying out transfers and bar ICE from ...": the action ends
      // where "and" joins another verb than a gerund.
      std::size_t end = k + 1;
      while (end < words_.size() && end < k + 1 + kTextWords + 2 &&
             !(end > k + 1 && words_[end].lower == "and" && end + 1 < words_.size() &&
               !words_[end + 1].lower.ends_with("ing"))) {
        ++end;
      }
      return words_text(k + 1, end - (k + 1));
    }
    if (hard_break(words_[k])) break;
  }
  return a.object_text;
}

// The first figure after the cue (or the one its relative clause hangs on:
// "47,000 of the 1.28 million people that ICE requested").
const Mention* SentenceRules::figure_near(std::size_t cue, bool relative) const {
  if (relative) {
    for (std::size_t j = cue, n = 0; j > 0 && n < 5; --j, ++n) {
      if (one_of(words_[j - 1].lower, {"that", "which", "whom"})) {
        if (j >= 2) {
          const Slot* s = slot(j - 2);
          if (s && s->mention && s->type == "figure") return static_cast<const Mention*>(s->mention);
        }
        break;
      }
    }
  }
  for (std::size_t k = cue + 1, n = 0; k < words_.size() && n < kObjectReach + 10; ++k, ++n) {
    if (hard_break(words_[k - 1])) break;
    const Slot* s = slot(k);
    if (s && s->mention && s->type == "figure") return static_cast<const Mention*>(s->mention);
  }
  return nullptr;
}

const Mention* SentenceRules::date_near(std::size_t first, std::size_t last) const {
  for (const Slot& s : named_) {
    if (s.type != "date" || s.last + 6 < first || s.first > last + 6) continue;
    return static_cast<const Mention*>(s.mention);
  }
  return nullptr;
}

}  // namespace lexgraph::relate
