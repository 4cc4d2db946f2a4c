// Structural rules: a docket's order entries ("ORDER granting 7 Motion to
// ... Ordered by Magistrate Judge X") (structural_rules.h).

#include "relate/structural_rules.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/names/name_scan.h"
#include "resolve/resolver.h"

namespace lexgraph::structural {

// A docket entry: "ORDER granting 7 Motion to Appear by Telephone. ...
// Ordered by Magistrate Judge A. B. Cohen on 5/19/2015." The entry's order
// is issued by the judge the closing sentence names, and the judge grants
// (or denies) the motion the entry opens with; both facts rest on the
// "Ordered by" sentence, the one naming the actor. The order is the order
// entity named earlier in the same entry (paragraph).
void StructuralRules::docket_orders() {
  const auto& sentences = ctx_.segments.sentences;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const std::string line = lower_ascii(ctx_.text.substr(s.start, std::min<std::size_t>(s.end - s.start, 40)));
    std::size_t cue = line.find("ordered by ");
    if (cue == std::string::npos || (cue != 0 && line.compare(0, cue, "so ") != 0)) continue;
    const Mention* judge = nullptr;
    for (const Mention& m : x_.mentions) {
      if ((m.type == "judge" || m.type == "person") && !m.entity.empty() && m.start >= s.start && m.end <= s.end) {
        judge = &m;
        break;
      }
    }
    if (!judge) continue;
    // The entry's order: the last order entity mentioned before, in this paragraph.
    const Entity* order = nullptr;
    std::size_t order_sentence = 0;
    for (const Entity& e : x_.entities) {
      if (e.type != "order") continue;
      for (std::size_t i : e.mentions) {
        const std::size_t at = sentence_at(ctx_.segments, x_.mentions[i].start);
        if (at <= si && at < sentences.size() && sentences[at].paragraph == s.paragraph &&
            (!order || at > order_sentence)) {
          order = &e;
          order_sentence = at;
        }
      }
    }
    if (!order) continue;
    Relation issued = at(*judge, order->id, "issued_by", judge->entity, 0.85);
    issued.qualifiers["source"] = std::string("docket entry");
    if (!has(issued)) out_.push_back(std::move(issued));
    const Sentence& os = sentences[order_sentence];
    const std::string opening = lower_ascii(ctx_.text.substr(os.start, os.end - os.start));
    for (const auto& [words, predicate] : {std::pair{"order granting ", "grants"}, std::pair{"order denying ", "denies"}}) {
      const std::size_t w = opening.find(words);
      if (w == std::string::npos) continue;
      // "granting 7 Motion to Appear" -> "Motion to Appear"; "granting in part" stays.
      std::size_t from = os.start + w + std::string_view(words).size();
      while (from < os.end && (std::isdigit(static_cast<unsigned char>(ctx_.text[from])) || ctx_.text[from] == ' ')) ++from;
      std::size_t to = os.end;
      while (to > from && (ctx_.text[to - 1] == '.' || std::isspace(static_cast<unsigned char>(ctx_.text[to - 1])))) --to;
      if (to <= from) break;
      // The stated rules may already have read the opening sentence.
      const bool stated = std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
        return r.predicate == predicate && r.sentence == order_sentence;
      });
      if (stated) break;
      Relation act = at(*judge, judge->entity, predicate, "", 0.8);
      act.object_text = std::string(ctx_.text.substr(from, std::min<std::size_t>(to - from, 120)));
      act.qualifiers["order"] = order->id;
      act.qualifiers["source"] = std::string("docket entry");
      out_.push_back(std::move(act));
      break;
    }
  }
}

}  // namespace lexgraph::structural
