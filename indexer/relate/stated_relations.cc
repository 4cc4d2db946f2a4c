#include "relate/stated_relations.h"

#include <algorithm>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/names/institution_gazetteer.h"
#include "relate/coreference.h"
#include "relate/modality.h"
#include "relate/order_attributes.h"
#include "relate/relation_cues.h"
#include "relate/sentence_words.h"

namespace lexgraph {

namespace {

using relate::Cue;
using relate::CueFrame;
using relate::Factuality;
using relate::Slot;
using relate::Word;

constexpr std::size_t kSubjectReach = 30;  // words left of a cue where its subject may stand
constexpr std::size_t kObjectReach = 20;   // words right of a cue where its object may stand
constexpr std::size_t kTextWords = 12;     // longest object_text

bool one_of(const std::string& w, std::initializer_list<const char*> words) {
  for (const char* x : words) {
    if (w == x) return true;
  }
  return false;
}

bool participle(const std::string& w) { return w.ends_with("ed") || w.ends_with("en") || w == "upheld" || w == "set" || w == "brought"; }

// The arguments found for one cue.
struct Args {
  std::vector<const Slot*> subjects;
  std::vector<const Slot*> objects;
  std::string object_text;
  std::string what;
  bool inherited = false;
  double confidence = 0.85;
};

class SentenceRules {
 public:
  SentenceRules(const ExtractionContext& ctx, Extraction& x, std::vector<Relation>& out, relate::Focus& focus,
                std::size_t sentence)
      : ctx_(ctx), x_(x), out_(out), focus_(focus), sentence_(sentence) {}

  void run(const std::vector<std::size_t>& mentions) {
    const Sentence& s = ctx_.segments.sentences[sentence_];
    words_ = relate::sentence_words(ctx_.text, s.start, s.end);
    if (words_.empty()) return;
    slot_at_.assign(words_.size(), -1);
    std::vector<bool> covered(words_.size(), false);
    for (std::size_t mi : mentions) {
      const Mention& m = x_.mentions[mi];
      if (m.entity.empty() || m.type == "docket") continue;
      Slot slot;
      if (!span_words(m.start, m.end, slot.first, slot.last)) continue;
      slot.ids = {m.entity};
      slot.type = m.type;
      slot.mention = &m;
      named_.push_back(std::move(slot));
      for (std::size_t k = named_.back().first; k <= named_.back().last; ++k) covered[k] = true;
    }
    slots_ = named_;
    for (Slot& a : focus_.anaphors(words_, covered, named_)) slots_.push_back(std::move(a));
    std::sort(slots_.begin(), slots_.end(), [](const Slot& a, const Slot& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < slots_.size(); ++i) {
      for (std::size_t k = slots_[i].first; k <= slots_[i].last; ++k) {
        if (slot_at_[k] < 0) slot_at_[k] = static_cast<int>(i);
      }
    }
    const relate::CueTable& table = relate::cue_table();
    for (std::size_t k = 0; k < words_.size(); ++k) {
      auto it = table.by_form.find(words_[k].lower);
      if (it == table.by_form.end()) continue;
      for (const Cue& cue : it->second) {
        const std::size_t end = matches(cue, k);
        if (end == 0) continue;
        cue_end_ = end;
        apply(cue, k, end - 1);
        break;
      }
    }
    complete_requests();
    focus_.saw(named_);
  }

 private:
  bool span_words(std::size_t start, std::size_t end, std::size_t& first, std::size_t& last) const {
    bool any = false;
    for (std::size_t k = 0; k < words_.size(); ++k) {
      if (words_[k].end <= start || words_[k].start >= end) continue;
      if (!any) first = k;
      last = k;
      any = true;
    }
    return any;
  }

  // One past the cue's last word, or 0.
  std::size_t matches(const Cue& cue, std::size_t k) const {
    std::size_t j = k + 1;
    for (const std::string& w : cue.rest) {
      if (j >= words_.size() || words_[j].lower != w || words_[j - 1].punct_after) return 0;
      ++j;
    }
    return j;
  }

  // Does a whole cue start at word k?
  bool cue_at(std::size_t k) const {
    auto it = relate::cue_table().by_form.find(words_[k].lower);
    if (it == relate::cue_table().by_form.end()) return false;
    for (const Cue& c : it->second) {
      if (matches(c, k)) return true;
    }
    return false;
  }

  const Slot* slot(std::size_t k) const { return slot_at_[k] < 0 ? nullptr : &slots_[slot_at_[k]]; }

  bool subject_fits(const Cue& cue, const Slot& s) const {
    if (!s.mention && s.type == "order") return false;
    return cue.predicate->subject_allows(s.type);
  }
  bool object_fits(const Cue& cue, const Slot& s) const {
    if (!s.mention && s.type == "order" &&
        !one_of(cue.predicate->name, {"appeals", "affirms", "reverses", "vacates", "stays"})) {
      return false;
    }
    return cue.object_allows(s.type);
  }

  // "Treasury Secretary Scott Bessent": of slots side by side, the last one
  // is the head the others describe.
  const Slot* head_of(const Slot* s, const Cue& cue, bool as_subject) const {
    for (int n = 0; n < 3 && s->last + 1 < words_.size() && !words_[s->last].punct_after; ++n) {
      // Title words between them: "Treasury Secretary Scott Bessent".
      std::size_t k = s->last + 1;
      while (k < s->last + 3 && k + 1 < words_.size() && !slot(k) && words_[k].capitalized && !words_[k].punct_after) ++k;
      const Slot* next = slot(k);
      if (!next || next == s || !(as_subject ? subject_fits(cue, *next) : object_fits(cue, *next))) break;
      s = next;
    }
    return s;
  }

  // "A and B", "A, B and C": the slots coordinated with `s` on the side `dir`.
  void coordinated(const Slot* s, bool rightward, const Cue& cue, bool as_subject, std::vector<const Slot*>& out) const {
    out.push_back(s);
    for (int n = 0; n < 4; ++n) {
      if (rightward) {
        std::size_t k = s->last + 1;
        if (k >= words_.size() || hard_break(words_[s->last])) return;
        if (!(words_[k].lower == "and" || words_[s->last].punct_after == ',')) return;
        if (words_[k].lower == "and") ++k;
        // A title before the next name: "and Secretary Marco Rubio".
        for (int t = 0; t < 2 && k + 1 < words_.size() && !slot(k) && words_[k].capitalized && !words_[k].punct_after; ++t) ++k;
        const Slot* next = k < words_.size() ? slot(k) : nullptr;
        if (!next || next->first != k || !(as_subject ? subject_fits(cue, *next) : object_fits(cue, *next))) return;
        next = head_of(next, cue, as_subject);
        out.push_back(next);
        s = next;
      } else {
        if (s->first < 2) return;
        std::size_t k = s->first - 1;
        const bool conj = words_[k].lower == "and" || words_[k].lower == "or";
        if (!conj && words_[k].punct_after != ',') return;
        if (!conj) ++k;
        if (k == 0) return;
        const Slot* prev = slot(k - 1);
        if (!prev || prev->last != k - 1 || !(as_subject ? subject_fits(cue, *prev) : object_fits(cue, *prev))) return;
        out.push_back(prev);
        s = prev;
      }
    }
  }

  // Nearest fitting slot left of word `from`, within the clause.
  const Slot* left(const Cue& cue, std::size_t from, bool subject) const {
    for (std::size_t k = from, n = 0; k > 0 && n < kSubjectReach; --k, ++n) {
      if (hard_break(words_[k - 1]) && k != from) break;
      // "this Court concludes that sovereign immunity bars ...": not across a reported clause.
      if (words_[k - 1].lower == "that" && k >= 2 && relate::reporting_verb(words_[k - 2].lower)) break;
      const Slot* s = slot(k - 1);
      if (s && (subject ? subject_fits(cue, *s) : object_fits(cue, *s))) return s;
    }
    return nullptr;
  }

  // First fitting slot right of word `from`, before the clause ends or another cue begins.
  const Slot* right(const Cue& cue, std::size_t from, bool subject, std::size_t* stop = nullptr) const {
    for (std::size_t k = from, n = 0; k < words_.size() && n < kObjectReach; ++k, ++n) {
      if (k > from && (hard_break(words_[k - 1]) || relate::clause_word(words_[k].lower))) break;
      if (k > from && cue_at(k) && !slot(k)) break;
      const Slot* s = slot(k);
      if (s && (subject ? subject_fits(cue, *s) : object_fits(cue, *s))) {
        if (stop) *stop = k;
        return s;
      }
    }
    return nullptr;
  }

  // Words from `from` on, up to punctuation, a clause word or the next cue.
  std::string words_text(std::size_t from, std::size_t max_words, bool stop_at_and = true) const {
    if (from >= words_.size()) return {};
    std::size_t last = from;
    for (std::size_t k = from; k < words_.size() && k < from + max_words; ++k) {
      if (k > from && (relate::clause_word(words_[k].lower) || (stop_at_and && words_[k].lower == "and" &&
                                                                 k + 1 < words_.size() && cue_at(k + 1)))) {
        break;
      }
      if (k > from && one_of(words_[k].lower, {"that", "because", "since", "in", "by", "for", "to", "with"}) &&
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
  static bool meaningful(const std::string& s) {
    if (s.empty() || !((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z'))) return false;
    std::size_t space = s.find(' ');
    std::string first = s.substr(0, space);
    for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (one_of(first, {"there", "that", "as", "in", "on", "with", "by", "to", "for", "it", "this", "these", "him",
                       "her", "them", "and", "or", "but", "at", "from", "so", "its", "his", "their", "an", "a", "the"})) {
      return false;
    }
    return s.size() >= 6;
  }

  static std::string without_determiner(std::string s) {
    for (const char* d : {"the ", "a ", "an ", "The ", "A ", "An ", "its ", "their "}) {
      if (s.starts_with(d)) return s.substr(std::string_view(d).size());
    }
    return s;
  }

  // Is the cue word a noun here ("the appeal", "on remand", "a grant")?
  bool noun_reading(std::size_t k) const {
    if (k == 0) return false;
    const std::string& prev = words_[k - 1].lower;
    return relate::determiner(prev) || prev.ends_with("'s") || prev.ends_with("s'");
  }

  bool passive_voice(std::size_t k) const {
    if (!participle(words_[k].lower) && !one_of(words_[k].lower, {"given", "broken", "signed", "sought"})) return false;
    std::size_t j = k;
    while (j > 0 && (relate::adverb(words_[j - 1].lower) || words_[j - 1].lower == "not" ||
                     one_of(words_[j - 1].lower, {"preliminarily", "permanently", "temporarily"}))) {
      --j;
    }
    return j > 0 && relate::be_form(words_[j - 1].lower);
  }

  // "by A and B" within a few words after the cue: the agents of a passive.
  bool agents_after(const Cue& cue, std::size_t k, std::vector<const Slot*>& agents) const {
    for (std::size_t j = k + 1; j < words_.size() && j <= k + 5; ++j) {
      if (hard_break(words_[j - 1])) return false;
      if (words_[j].lower != "by") continue;
      for (std::size_t a = j + 1; a < words_.size() && a <= j + 4; ++a) {
        const Slot* s = slot(a);
        if (s && subject_fits(cue, *s)) {
          coordinated(head_of(s, cue, true), true, cue, true, agents);
          return true;
        }
        if (words_[a].punct_after && words_[a].punct_after != '.') break;
      }
      return false;
    }
    return false;
  }

  // The order a ruling's decretal words stand in ("PRELIMINARILY ENJOINED",
  // "ORDERED") in this sentence.
  const Slot* decretal_order() const {
    for (const Slot& s : slots_) {
      if (s.type != "order" || !s.mention) continue;
      const auto* m = static_cast<const Mention*>(s.mention);
      if (m->attrs.count("decretal")) return &s;
    }
    return nullptr;
  }

  void apply(const Cue& cue, std::size_t k, std::size_t last) {
    if (cue.frame != CueFrame::noun && noun_reading(k)) return;
    Factuality f = relate::factuality(words_, k);
    if (f.hedged) return;
    const Slot* own = slot(k);
    if (own && own->type != "order") return;  // a cue word inside a name ("Stop Act", "Block Grant")
    // Inside an order's name only as its decretal last word ("PRELIMINARILY ENJOINED"), not "Restraining Order".
    if (own && (own->last != last || !participle(words_[k].lower))) return;
    if (k > 0 && words_[k - 1].lower == "cert") return;  // "cert. denied, 537 U.S. 901": citation history
    Args a;
    const bool passive = cue.frame != CueFrame::rely && ((own && own->type == "order") || passive_voice(k));
    std::vector<const Slot*> agents;
    const bool reduced = !passive && cue.frame != CueFrame::rely && participle(words_[k].lower) &&
                         agents_after(cue, last, agents);
    if (passive || reduced) {
      if (own) a.subjects.push_back(own);
      else if (passive) agents_after(cue, last, agents);
      if (a.subjects.empty()) a.subjects = agents;
      if (a.subjects.empty()) {
        if (const Slot* order = decretal_order()) a.subjects.push_back(order);
      }
      std::size_t from = own ? own->first : k;
      if (const Slot* o = left(cue, from, false)) coordinated(o, false, cue, false, a.objects);
      if (a.objects.empty() && cue.predicate->text_object) {
        std::size_t head = from;  // "The memorandum ... was signed": back over the verb group
        while (head > 0 && (relate::be_form(words_[head - 1].lower) || relate::adverb(words_[head - 1].lower) ||
                            one_of(words_[head - 1].lower, {"has", "have", "had", "will", "not"}))) {
          --head;
        }
        a.object_text = noun_before(head);
      }
    } else {
      inherit_or_find_subject(cue, k, a);
      object_after(cue, last, a);
    }
    if (cue.frame == CueFrame::from || (passive && cue.predicate->name == "enjoins")) a.object_text = from_phrase(last, a);
    // "The judgment is affirmed.": the document's own disposition.
    if (a.subjects.empty() && passive && one_of(cue.predicate->name, {"affirms", "reverses", "remands"})) {
      subject_document_ = true;
    }
    if (!a.object_text.empty() && !meaningful(a.object_text)) a.object_text.clear();
    emit(cue, k, last, f, a);
  }

  void inherit_or_find_subject(const Cue& cue, std::size_t k, Args& a) {
    // "have blocked X from ... and blocked ICE from ...": a second verb after
    // "and" with no subject of its own shares the first one's.
    for (std::size_t j = k, n = 0; j > 0 && n < 8; --j, ++n) {
      if (slot(j - 1)) break;
      if (words_[j - 1].lower == "and" || words_[j - 1].lower == "or") {
        for (const auto& group : subjects_so_far_) {
          for (const Slot* s : group) {
            if (subject_fits(cue, *s)) a.subjects.push_back(s);
          }
          if (!a.subjects.empty()) {
            a.inherited = true;
            return;
          }
        }
      }
    }
    if (const Slot* s = left(cue, k, true)) {
      coordinated(s, false, cue, true, a.subjects);
      return;
    }
    // "In declining the request, Judge Edwards wrote ...": a fronted gerund's subject follows.
    if (words_[k].lower.ends_with("ing") && k >= 1 && k <= 2 &&
        one_of(words_[k - 1].lower, {"in", "by", "after", "when", "while", "before"})) {
      for (std::size_t j = k; j < words_.size(); ++j) {
        if (words_[j].punct_after == ',') {
          if (const Slot* s = right(cue, j + 1, true)) a.subjects.push_back(s);
          break;
        }
      }
    }
  }

  void object_after(const Cue& cue, std::size_t last, Args& a) {
    const std::size_t from = last + 1;
    std::size_t at = 0;
    switch (cue.frame) {
      case CueFrame::to: {
        // "gave ICE X", "provided DHS with X", "disclosing X to ICE", "shared X with DHS".
        const Slot* o = right(cue, from, false, &at);
        if (!o) return;
        const bool indirect = at <= from + 1;
        std::size_t mark = at;
        if (mark > from && one_of(words_[mark - 1].lower, {"the", "a", "an", "its", "their"})) --mark;
        const bool marked = mark > from && one_of(words_[mark - 1].lower, {"to", "with"});
        if (!indirect && !marked) return;
        coordinated(o, true, cue, false, a.objects);
        if (indirect) {
          std::size_t w = a.objects.back()->last + 1;
          if (w < words_.size() && words_[w].lower == "with") ++w;
          a.what = words_text(w, kTextWords);
        } else if (mark > from + 1) {
          std::size_t end = mark - 2;
          for (std::size_t w = from; w < mark - 1; ++w) {
            const Slot* s = slot(w);
            if (s && s->type == "figure") {
              end = w > from ? w - 1 : from;
              break;
            }
          }
          a.what = std::string(ctx_.text.substr(words_[from].start, words_[end].end - words_[from].start));
          while (!a.what.empty() && (a.what.back() == '"' || a.what.back() == ' ' || a.what.back() == ',')) a.what.pop_back();
        }
        return;
      }
      case CueFrame::request: {
        const Slot* o = right(cue, from, false, &at);
        if (o) coordinated(o, true, cue, false, a.objects);
        if (!hard_break(words_[last]) && !a.objects.empty()) a.what = words_text(from, kTextWords);
        return;
      }
      case CueFrame::rely: {
        static const char* kinds[] = {"declaration", "testimony", "affidavit", "report", "letter", "statement",
                                      "evidence", "record", "memorandum", "analysis", "expert"};
        for (std::size_t k = from; k < words_.size() && k < from + 6; ++k) {
          for (const char* kind : kinds) {
            if (words_[k].lower == kind) a.what = kind;
          }
          if (!a.what.empty()) break;
        }
        // "based off a declaration filed ... by Dottie Romo": the evidence's author.
        for (std::size_t k = from; k < words_.size() && k < from + kObjectReach; ++k) {
          if (k > from && hard_break(words_[k - 1])) break;
          const Slot* s = slot(k);
          if (s && object_fits(cue, *s)) {
            a.objects.push_back(s);
            break;
          }
        }
        return;
      }
      default:
        break;
    }
    const Slot* o = right(cue, from, false, &at);
    if (o && at <= from + 6) coordinated(o, true, cue, false, a.objects);
    if (a.objects.empty() && cue.predicate->text_object && cue.objects.empty() && cue.frame != CueFrame::from) {
      a.object_text = without_determiner(words_text(from, kTextWords / 2 + 4));
    }
  }

  // "from acting upon any IRS data in its possession".
  std::string from_phrase(std::size_t last, const Args& a) const {
    std::size_t k = last + 1;
    if (!a.objects.empty()) k = std::max(k, a.objects.back()->last + 1);
    for (std::size_t n = 0; k < words_.size() && n < 4; ++k, ++n) {
      if (words_[k].lower == "from") return words_text(k + 1, kTextWords + 2);
      if (hard_break(words_[k])) break;
    }
    return a.object_text;
  }

  // "A data-sharing agreement signed by ...": the words naming the object before the cue.
  std::string noun_before(std::size_t k) const {
    std::size_t first = k;
    for (std::size_t j = k, n = 0; j > 0 && n < 5; --j, ++n) {
      const Word& w = words_[j - 1];
      if (w.punct_after || relate::be_form(w.lower) || relate::clause_word(w.lower) || one_of(w.lower, {"that", "it"})) break;
      first = j - 1;
      if (one_of(w.lower, {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her"})) break;
    }
    if (first == k) return {};
    return without_determiner(std::string(ctx_.text.substr(words_[first].start, words_[k - 1].end - words_[first].start)));
  }

  // The first figure after the cue (or the one its relative clause hangs on:
  // "47,000 of the 1.28 million people that ICE requested").
  const Mention* figure_near(std::size_t cue, bool relative) const {
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

  const Mention* date_near(std::size_t first, std::size_t last) const {
    for (const Slot& s : named_) {
      if (s.type != "date" || s.last + 6 < first || s.first > last + 6) continue;
      return static_cast<const Mention*>(s.mention);
    }
    return nullptr;
  }

  // The judge or court reporting the fact ("Kollar-Kotelly said ... that").
  const Slot* reporter(const Factuality& f) const {
    if (f.reporter_verb == static_cast<std::size_t>(-1)) return nullptr;
    for (std::size_t j = f.reporter_verb, n = 0; j > 0 && n < 10; --j, ++n) {
      const Slot* s = slot(j - 1);
      if (s && (s->type == "judge" || s->type == "court")) return s;
      if (s) return nullptr;
    }
    return nullptr;
  }

  void emit(const Cue& cue, std::size_t k, std::size_t last, const Factuality& f, Args& a) {
    std::string predicate = cue.predicate->name;
    bool negated = f.negated;
    if (negated && !cue.predicate->opposite.empty()) {
      predicate = cue.predicate->opposite;
      negated = false;
    }
    const relate::PredicateTypes* types = relate::cue_table().predicate(predicate);
    std::vector<std::string> subjects;
    double confidence = a.confidence;
    for (const Slot* s : a.subjects) {
      if (types && !types->subject_allows(s->type)) continue;
      subjects.insert(subjects.end(), s->ids.begin(), s->ids.end());
      confidence = std::min(confidence, s->confidence + 0.2);
    }
    if (subjects.empty() && subject_document_) subjects.push_back(document_node_id(ctx_.doc.id));
    subject_document_ = false;
    if (subjects.empty()) return;
    std::vector<std::string> objects;
    for (const Slot* o : a.objects) {
      objects.insert(objects.end(), o->ids.begin(), o->ids.end());
      confidence = std::min(confidence, o->confidence + 0.2);
    }
    if (objects.empty() && (a.object_text.empty() || !(types && types->text_object) ||
                            (cue.frame == CueFrame::from && a.object_text.empty()))) {
      if (!(cue.predicate->name == "requests" && !subjects.empty())) return;
    }
    if (a.inherited) confidence = std::min(confidence, 0.75);
    const Slot* said_by = reporter(f);
    const bool alleged = f.alleged || (f.reporter_verb != static_cast<std::size_t>(-1) && !said_by &&
                                       one_of(words_[f.reporter_verb].lower, {"says", "say", "said"}) &&
                                       reporter_is_party(f.reporter_verb));
    if (alleged) confidence = std::min(confidence, 0.4);

    // Evidence span: from the first argument to the last, within the sentence.
    std::size_t first_word = k;
    std::size_t last_word = last;
    for (const Slot* s : a.subjects) first_word = std::min(first_word, s->first), last_word = std::max(last_word, s->last);
    for (const Slot* o : a.objects) first_word = std::min(first_word, o->first), last_word = std::max(last_word, o->last);

    Relation r;
    r.predicate = predicate;
    r.object_text = a.object_text;
    r.sentence = sentence_;
    r.start = words_[first_word].start;
    r.end = words_[last_word].end;
    r.confidence = confidence;
    if (negated) r.qualifiers["negated"] = true;
    if (alleged) r.qualifiers["alleged"] = true;
    if (!a.what.empty()) r.qualifiers["what"] = a.what;
    if (predicate == "discloses_to" || predicate == "violates" || predicate == "requests") {
      if (const Mention* fig = figure_near(last, predicate == "requests")) {
        if (auto v = fig->attrs.find("value"); v != fig->attrs.end()) r.qualifiers["count"] = v->second;
      }
    }
    if (const Mention* d = date_near(first_word, last_word)) {
      if (auto iso = d->attrs.find("iso"); iso != d->attrs.end()) r.qualifiers["date"] = iso->second;
    }
    if (said_by && f.finding && !alleged) r.qualifiers["found_by"] = said_by->ids.front();
    // "for the immigrants' rights group, Centro ...": who sought what was denied or granted.
    if ((predicate == "denies" || predicate == "grants") && !a.objects.empty()) {
      for (std::size_t j = a.objects.back()->last + 1; j < words_.size() && j < a.objects.back()->last + 8; ++j) {
        if (words_[j].lower != "for" && words_[j].lower != "by") continue;
        for (std::size_t o = j + 1; o < words_.size() && o < j + 8; ++o) {
          const Slot* s = slot(o);
          if (s && (s->type == "organization" || s->type == "person" || s->type == "agency")) {
            r.qualifiers["sought_by"] = s->ids.front();
            break;
          }
        }
        break;
      }
    }
    const std::size_t before = out_.size();
    for (const std::string& subject : subjects) {
      if (objects.empty()) {
        Relation one = r;
        one.subject = subject;
        out_.push_back(std::move(one));
      }
      for (const std::string& object : objects) {
        if (object == subject) continue;
        Relation one = r;
        one.subject = subject;
        one.object = object;
        out_.push_back(std::move(one));
      }
    }
    if (out_.size() > before) {
      subjects_so_far_.push_back(a.subjects);
      for (const Slot* s : a.subjects) {
        for (const std::string& id : s->ids) focus_.subject(id, s->type);
      }
      if (predicate == "requests") pending_requests_.push_back(before);
    }
    // A judge or court finding the violation: also finds_violation.
    if (predicate == "violates" && said_by && f.finding && !alleged && !negated) {
      for (const std::string& statute : objects) {
        Relation fv = r;
        fv.subject = said_by->ids.front();
        fv.predicate = "finds_violation";
        fv.object = statute;
        fv.qualifiers.erase("found_by");
        fv.qualifiers["violator"] = subjects.front();
        fv.start = std::min(fv.start, words_[said_by->first].start);
        out_.push_back(std::move(fv));
      }
    }
  }

  // "Nina Olson ... says": a person or organization speaking is a party's voice.
  bool reporter_is_party(std::size_t verb) const {
    for (std::size_t j = verb, n = 0; j > 0 && n < 30; --j, ++n) {
      const Slot* s = slot(j - 1);
      if (s && (s->type == "person" || s->type == "organization" || s->type == "agency")) return true;
    }
    return false;
  }

  // "the 1.28 million people that ICE requested": a request with no object
  // was made to whoever in the sentence provided the requester with it.
  void complete_requests() {
    for (std::size_t i : pending_requests_) {
      if (i >= out_.size() || !out_[i].object.empty()) continue;
      for (const Relation& r : out_) {
        if (r.sentence == sentence_ && r.predicate == "discloses_to" && r.object == out_[i].subject) {
          out_[i].object = r.subject;
          out_[i].confidence = std::min(out_[i].confidence, 0.6);
          break;
        }
      }
    }
    // Requests that still name no one they were made to say too little.
    out_.erase(std::remove_if(out_.begin(), out_.end(),
                              [&](const Relation& r) {
                                return r.sentence == sentence_ && r.predicate == "requests" && r.object.empty();
                              }),
               out_.end());
  }

  const ExtractionContext& ctx_;
  Extraction& x_;
  std::vector<Relation>& out_;
  relate::Focus& focus_;
  std::size_t sentence_;
  std::vector<Word> words_;
  std::vector<Slot> named_;
  std::vector<Slot> slots_;
  std::vector<int> slot_at_;
  // The subjects of the sentence's relations so far, first first: the main clause's comes first.
  std::vector<std::vector<const Slot*>> subjects_so_far_;
  std::vector<std::size_t> pending_requests_;
  std::size_t cue_end_ = 0;
  bool subject_document_ = false;
};

}  // namespace

void extract_stated_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out) {
  const std::string court = names::document_court_id(ctx.doc.court);
  std::string government;
  for (const Entity& e : extraction.entities) {
    if (e.id == "agency:united-states") government = e.id;
  }
  relate::Focus focus(court.empty() ? "" : "court:" + court, government);
  // Mentions by sentence, in one pass (both are in text order).
  const auto& sentences = ctx.segments.sentences;
  std::size_t mi = 0;
  std::vector<std::size_t> in_sentence;
  std::vector<Relation> stated;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    in_sentence.clear();
    while (mi < extraction.mentions.size() && extraction.mentions[mi].start < sentences[si].start) ++mi;
    for (std::size_t j = mi; j < extraction.mentions.size() && extraction.mentions[j].start < sentences[si].end; ++j) {
      if (extraction.mentions[j].end <= sentences[si].end) in_sentence.push_back(j);
    }
    SentenceRules(ctx, extraction, stated, focus, si).run(in_sentence);
  }
  complete_order_attributes(ctx, extraction, stated);
  out.insert(out.end(), std::make_move_iterator(stated.begin()), std::make_move_iterator(stated.end()));
}

}  // namespace lexgraph
