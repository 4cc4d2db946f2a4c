#include "ask/answer_merge.h"

#include <algorithm>
#include <map>

#include "ask/passage_shapes.h"
#include "ask/text_match.h"
#include "extract/figures/vocabulary.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

namespace {

// Repeated support adds to an answer, with diminishing weight, so that one
// strong sentence still beats many weak ones.
constexpr double kRepeatWeight = 0.25;
constexpr double kRepeatCap = 1.0;
// Found by both the graph and the passages: surer than either alone.
constexpr double kBothBonus = 1.0;
// "On what day": a year or a month found where a day is asked keeps this
// share of its score, so that a day said near the question's words passes
// it, and one said far off does not.
constexpr double kPartialDateWeight = 0.7;
// Where things are counted (MergeOptions::things_counted), a figure of time
// keeps this share of its score.
constexpr double kSpanOfTimeWeight = 0.7;
// An approximate amount where an exact one is asked (MergeOptions::exact_asked).
constexpr double kApproximateWeight = 0.85;

struct Group {
  std::vector<Answer> members;  // best first after sorting
  bool graph = false, passage = false;
};

// Whether `part` is the last words of `whole` and shorter ("officer" of
// "loan review officer").
bool ends_with_words(const std::string& whole, const std::string& part) {
  if (part.empty() || part.size() >= whole.size()) return false;
  const std::size_t at = whole.size() - part.size();
  return whole.compare(at, part.size(), part) == 0 && (whole[at - 1] == ' ' || whole[at - 1] == '-');
}

// "officer" (an entity's role attribute) and "vice president and loan
// review officer" (read from the words before the name) in one sentence
// are one office: the fuller answer stays, scored as the better of the two.
void fold_roles_into_fuller(std::vector<Answer>& answers) {
  std::vector<bool> folded(answers.size(), false);
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (answers[i].type != "role") continue;
    for (std::size_t j = 0; j < answers.size(); ++j) {
      if (i == j || folded[j] || answers[j].type != "role" || !ends_with_words(answers[j].text, answers[i].text))
        continue;
      const auto& fuller = answers[j].evidence;
      const bool same_sentence =
          std::any_of(answers[i].evidence.begin(), answers[i].evidence.end(), [&](const Evidence& a) {
            return std::any_of(fuller.begin(), fuller.end(),
                               [&](const Evidence& b) { return a.doc == b.doc && a.sentence == b.sentence; });
          });
      if (!same_sentence) continue;
      answers[j].score = std::max(answers[j].score, answers[i].score);
      if (answers[i].source != answers[j].source) answers[j].source = AnswerSource::both;
      folded[i] = true;
      break;
    }
  }
  std::vector<Answer> kept;
  kept.reserve(answers.size());
  for (std::size_t i = 0; i < answers.size(); ++i)
    if (!folded[i]) kept.push_back(std::move(answers[i]));
  answers = std::move(kept);
}

// How well an answer's precision fits what is asked: 1, or a weight below
// it for an approximate amount where an exact one is asked, a span of time
// where things are counted, a year or a month where a day is asked.
double fit_weight(const Answer& a, const MergeOptions& options) {
  double weight = 1.0;
  if (options.exact_asked && (a.type == "money" || a.type == "figure") &&
      one_of(to_lower(a.text.substr(0, a.text.find(' '))),
             {"about", "approximately", "roughly", "nearly", "almost", "some", "around", "approx."}))
    weight *= kApproximateWeight;
  if (options.things_counted && a.type == "figure" && unit_category(a.unit) == "time") weight *= kSpanOfTimeWeight;
  constexpr std::size_t kDayIsoSize = std::string_view("YYYY-MM-DD").size();
  if (options.prefer_full_dates && a.type == "date" && a.string_value.size() != kDayIsoSize) weight *= kPartialDateWeight;
  return weight;
}

}  // namespace

std::string unit_category(const std::string& unit) {
  if (unit.empty()) return {};
  const auto& units = figures::figure_vocabulary().units;
  auto it = units.find(unit);
  return it == units.end() ? std::string() : it->second.category;
}

std::string answer_merge_key(const Answer& a) {
  // Orders are local to their document: the same words ("preliminary
  // injunction", "stay") are one answer, not one per document.
  // A disposition ("affirmed", its value the participles: dispositions.h)
  // is its document's decree: "affirmed" in two opinions is two answers.
  if (a.type == "order" && a.entity.empty() && !a.string_value.empty() && !a.evidence.empty())
    return a.type + "|" + a.evidence.front().doc + "|" + a.string_value;
  if (a.type == "order") return a.type + "|" + graph_name_key(a.text);
  // A date read from a fact's qualifier has no entity; its day is the
  // date entity's id ("date:2025-11-21"), so both are one answer.
  if (a.type == "date" && a.entity.empty() && a.string_value.size() == 10) return "date:" + a.string_value;
  if (!a.entity.empty()) return a.entity;
  return a.type + "|" + graph_name_key(a.text);
}

std::vector<Answer> merge_answers(std::vector<Answer> from_graph, std::vector<Answer> from_passages,
                                  const MergeOptions& options) {
  std::map<std::string, Group> groups;
  std::vector<std::string> order;  // first seen first, for stable ties
  auto add = [&](std::vector<Answer>& answers) {
    for (auto& a : answers) {
      if (a.evidence.empty()) continue;  // never an answer without evidence
      // A name or amount broken across the source's lines ("seven
      // hundred\ndollars") is shown, and merged, on one line.
      a.text = collapse_spaces(a.text);
      const std::string key = answer_merge_key(a);
      auto [it, fresh] = groups.try_emplace(key);
      if (fresh) order.push_back(key);
      (a.source == AnswerSource::graph ? it->second.graph : it->second.passage) = true;
      it->second.members.push_back(std::move(a));
    }
  };
  add(from_graph);
  add(from_passages);

  std::vector<Answer> out;
  for (const auto& key : order) {
    Group& group = groups[key];
    auto& m = group.members;
    std::stable_sort(m.begin(), m.end(), [](const Answer& a, const Answer& b) {
      if ((a.source == AnswerSource::graph) != (b.source == AnswerSource::graph)) return a.source == AnswerSource::graph;
      return a.score > b.score;
    });
    double best = 0, rest = 0;
    for (const auto& a : m) best = std::max(best, a.score);
    bool skipped_best = false;
    for (const auto& a : m) {
      if (!skipped_best && a.score == best) {
        skipped_best = true;
        continue;
      }
      rest += a.score;
    }
    Answer merged = m.front();
    merged.score = best + std::min(kRepeatWeight * rest, kRepeatCap) + (group.graph && group.passage ? kBothBonus : 0.0);
    merged.source = group.graph && group.passage ? AnswerSource::both : group.graph ? AnswerSource::graph : AnswerSource::passage;
    merged.evidence.clear();
    // A member that is an entity names the answer ("November 21, 2025", not
    // the ISO day a fact's qualifier gives).
    if (merged.entity.empty()) {
      for (const auto& a : m) {
        if (a.entity.empty()) continue;
        merged.entity = a.entity;
        merged.text = a.text;
        break;
      }
    }
    for (const auto& a : m) {
      if (!merged.number_value && a.number_value) merged.number_value = a.number_value;
      if (merged.string_value.empty()) merged.string_value = a.string_value;
      for (const auto& ev : a.evidence) {
        if (merged.evidence.size() >= options.evidence_per_answer) break;
        bool same = std::any_of(merged.evidence.begin(), merged.evidence.end(),
                                [&](const Evidence& e) { return e.doc == ev.doc && e.sentence == ev.sentence; });
        if (!same) merged.evidence.push_back(ev);
      }
    }
    // The first piece of evidence any member has that `wanted` accepts,
    // when none already shown does; nullptr otherwise.
    auto missing_evidence = [&](auto wanted) -> const Evidence* {
      if (merged.evidence.empty() || std::any_of(merged.evidence.begin(), merged.evidence.end(), wanted)) return nullptr;
      for (const auto& a : m) {
        for (const auto& ev : a.evidence) {
          if (wanted(ev)) return &ev;
        }
      }
      return nullptr;
    };
    // "Zurich" in every sentence after "American Zurich Insurance Company
    // ("Zurich")": one piece of evidence names the answer in full, when any
    // does, so the reader sees who the short name is.
    auto names_in_full = [&](const Evidence& ev) {
      return ev.highlight && ev.highlight->second <= ev.text.size() &&
             ev.text.compare(ev.highlight->first, ev.highlight->second - ev.highlight->first, merged.text) == 0;
    };
    if (!merged.entity.empty()) {
      if (const Evidence* full = missing_evidence(names_in_full)) {
        if (merged.evidence.size() >= options.evidence_per_answer) merged.evidence.pop_back();
        merged.evidence.push_back(*full);
      }
    }
    // "42 U.S.C. § 1983" asked of Grossmith v. Noonan, cited more fully in
    // another opinion: the asked document's own sentence is shown too. One
    // more piece, not in place of one: the focus is only the search's best
    // guess at the document asked about.
    auto from_focus = [&](const Evidence& ev) { return ev.doc == options.focus_document; };
    if (!options.focus_document.empty()) {
      if (const Evidence* focus = missing_evidence(from_focus)) merged.evidence.push_back(*focus);
    }
    out.push_back(std::move(merged));
  }
  fold_roles_into_fuller(out);
  auto preferred = [&](const Answer& a) {
    return options.preferred_types.empty() ||
           std::find(options.preferred_types.begin(), options.preferred_types.end(), a.type) != options.preferred_types.end();
  };
  // "How many pounds may the sector take": "51 percent" said beside the
  // question's words is no answer while a figure in pounds is found. A figure
  // without a unit (a count a fact carries) stays where its score puts it.
  const bool unit_found = !options.asked_unit.empty() && std::any_of(out.begin(), out.end(), [&](const Answer& a) {
    return a.unit == options.asked_unit;
  });
  auto other_unit = [&](const Answer& a) { return unit_found && !a.unit.empty() && a.unit != options.asked_unit; };
  auto generic = [&](const Answer& a) {
    return !a.entity.empty() && std::find(options.generic_entities.begin(), options.generic_entities.end(), a.entity) !=
                                    options.generic_entities.end();
  };
  for (Answer& a : out) a.score *= fit_weight(a, options);
  std::stable_sort(out.begin(), out.end(), [&](const Answer& a, const Answer& b) {
    if (preferred(a) != preferred(b)) return preferred(a);
    if (other_unit(a) != other_unit(b)) return other_unit(b);
    if (generic(a) != generic(b)) return generic(b);
    return a.score > b.score;
  });
  if (out.size() > options.top) out.resize(options.top);
  return out;
}

}  // namespace lexgraph::ask
