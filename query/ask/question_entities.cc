#include "ask/question_entities.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <utility>

#include "ask/question_tables.h"
#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "graph/knowledge_graph.h"

namespace lexgraph::ask {

namespace {

bool is_wh(std::string_view w) { return one_of(w, {"which", "what", "who", "whom", "whose", "when", "how", "where"}); }

const char* kind_type(names::InstitutionKind kind) {
  switch (kind) {
    case names::InstitutionKind::court: return "court";
    case names::InstitutionKind::agency: return "agency";
    case names::InstitutionKind::organization: return "organization";
  }
  return "organization";
}

void add_institution(const names::Institution& inst, const KnowledgeGraph* graph, QuestionAnalysis& q) {
  if (std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) { return e.id == inst.entity; })) return;
  QuestionEntity e{inst.name, inst.entity, kind_type(inst.kind), {}, {}};
  add_graph_aliases(e, graph);
  q.entities.push_back(std::move(e));
}

// The crude stems of every institution's full name, computed once.
const std::vector<std::vector<std::string>>& institution_name_stems() {
  static const std::vector<std::vector<std::string>> stems = [] {
    const auto& gazetteer = names::InstitutionGazetteer::instance();
    std::vector<std::vector<std::string>> out(gazetteer.size());
    for (std::size_t n = 0; n < gazetteer.size(); ++n) {
      for (const auto& w : words_of(gazetteer.institution(static_cast<std::uint32_t>(n)).name)) {
        out[n].push_back(crude_stem(w.lower));
      }
    }
    return out;
  }();
  return stems;
}

// Descriptions looked up per question, at most: a question names few
// institutions, and a hostile one must not cost a gazetteer scan per word.
constexpr std::size_t kMaxDescriptions = 8;

}  // namespace

void add_graph_aliases(QuestionEntity& e, const KnowledgeGraph* graph) {
  e.aliases.push_back(e.text);
  if (!graph || e.id.empty()) return;
  auto v = graph->find(e.id);
  // "Judge Kavanaugh" (judge:kavanaugh) where the documents name only "Brett
  // M. Kavanaugh" (judge:brett-kavanaugh): the one judge of that surname.
  constexpr std::string_view kJudge = "judge:";
  if (!v && e.type == "judge" && e.id.starts_with(kJudge) && e.id.find('-') == std::string::npos) {
    std::string tail = "-";  // appended, not "-" + ...: GCC 12 warns (-Wrestrict, wrongly)
    tail += e.id.substr(kJudge.size());
    const GraphStorage& g = graph->storage();
    std::optional<VertexId> only;
    bool several = false;
    for (auto [it, end] = boost::vertices(g); it != end; ++it) {
      if (g[*it].type != "judge" || !g[*it].id.ends_with(tail)) continue;
      several = several || only.has_value();
      only = *it;
    }
    if (!several) v = only;
  }
  if (v) {
    const GraphVertex& vx = graph->storage()[*v];
    // The graph's identity: "Kollar-Kotelly" alone resolves, within the
    // question, to judge:kollar-kotelly, which the graph merged into
    // judge:colleen-kollar-kotelly (graph/surname_merges.h).
    e.id = vx.id;
    if (!vx.name.empty()) e.aliases.push_back(vx.name);
    for (const auto& a : vx.aliases) e.aliases.push_back(a);
  }
  // An acronym the graph knows for several institutions ("BIA"): each is
  // what the question may mean; the documents' words decide.
  const bool acronym = e.text.size() >= 2 && e.text.size() <= 6 &&
                       std::all_of(e.text.begin(), e.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  if (acronym && one_of(e.type, {"agency", "organization", "court"})) {
    for (VertexId v : graph->find_by_name(e.text)) {
      const GraphVertex& vx = graph->storage()[v];
      if (vx.type == e.type && vx.id != e.id) e.alternatives.push_back(vx.id);
    }
  }
  std::sort(e.aliases.begin(), e.aliases.end());
  e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
}

// "Reed's": a possessive follows the mention ending at `end`.
bool possessive_at(std::string_view text, std::size_t end) {
  return text.substr(end).starts_with("'s") || text.substr(end).starts_with("\u2019s");
}

// "Taylor v. North Carolina", "Long vs. Wilkie", "Ex parte Quirin", "In re
// Gault": a case caption.
bool names_a_case(std::string_view name) {
  const std::vector<Word> words = words_of(name);
  if (words.size() >= 3 && ((words[0].lower == "ex" && words[1].lower == "parte") ||
                            (words[0].lower == "in" && words[1].lower == "re"))) {
    return true;
  }
  for (const auto& w : words) {
    if (one_of(w.lower, {"v", "vs"})) return true;
  }
  return false;
}

// "the aviation agency", "the environmental regulator", "the Veterans Claims
// court": an institution named by what it does. The descriptive words before
// the noun must all be words of one institution's full name (and of no
// other's) for it to be that institution. An agency's descriptors are
// lower-case words ("space", "aviation"); a court's may be capitalized
// ("Veterans Claims"), as courts are named by their subject.
void add_described_institutions(const std::vector<Word>& words, std::vector<bool>& taken, const KnowledgeGraph* graph,
                                QuestionAnalysis& q) {
  const auto& gazetteer = names::InstitutionGazetteer::instance();
  const auto& all_stems = institution_name_stems();
  std::size_t looked_up = 0;
  for (std::size_t k = 1; k < words.size() && looked_up < kMaxDescriptions; ++k) {
    if (taken[k] || words[k].capitalized) continue;
    names::InstitutionKind kind;
    if (one_of(words[k].lower, {"agency", "administration", "department", "bureau", "service", "commission", "board",
                                "regulator", "office"})) {
      kind = names::InstitutionKind::agency;
    } else if (one_of(words[k].lower, {"court", "tribunal"})) {
      kind = names::InstitutionKind::court;
    } else {
      continue;
    }
    const bool capitals = kind == names::InstitutionKind::court;
    std::vector<std::string> descriptors;  // stems, nearest first
    for (std::size_t i = k; i > 0 && descriptors.size() < 3;) {
      --i;
      const Word& w = words[i];
      if (taken[i] || (w.capitalized && !capitals) || is_stopword(w.lower) || w.lower.size() < 4 || is_wh(w.lower) ||
          w.lower == "'s" || one_of(w.lower, {"federal", "national", "government", "state", "united", "states"})) {
        break;
      }
      descriptors.push_back(crude_stem(w.lower));
    }
    if (descriptors.empty()) continue;
    ++looked_up;
    std::vector<std::uint32_t> matches;
    for (std::size_t n = 0; n < gazetteer.size() && matches.size() <= 8; ++n) {
      const names::Institution& inst = gazetteer.institution(static_cast<std::uint32_t>(n));
      if (inst.kind != kind) continue;
      const std::vector<std::string>& name_stems = all_stems[n];
      const bool all = std::all_of(descriptors.begin(), descriptors.end(), [&](const std::string& d) {
        return std::find(name_stems.begin(), name_stems.end(), d) != name_stems.end();
      });
      if (all) matches.push_back(static_cast<std::uint32_t>(n));
    }
    // "the space agency": NASA, not its space flight centers; a unit whose
    // parent also matches is that parent's part.
    std::vector<std::string> matched_ids;
    for (std::uint32_t m : matches) matched_ids.push_back(gazetteer.institution(m).id);
    std::erase_if(matches, [&](std::uint32_t n) {
      const std::string& parent = gazetteer.institution(n).parent;
      return !parent.empty() && std::find(matched_ids.begin(), matched_ids.end(), parent) != matched_ids.end();
    });
    if (matches.size() != 1) continue;
    add_institution(gazetteer.institution(matches.front()), graph, q);
    taken[k] = true;
    for (std::size_t i = k - descriptors.size(); i < k; ++i) taken[i] = true;
  }
}

// "the Justices": words standing for one institution (question_descriptions.tsv).
void add_table_descriptions(const std::string& text, const std::vector<Word>& words, std::vector<bool>& taken,
                            const KnowledgeGraph* graph, QuestionAnalysis& q) {
  const auto& gazetteer = names::InstitutionGazetteer::instance();
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (taken[i] || !words[i].capitalized) continue;
    const std::string_view written = std::string_view(text).substr(words[i].start, words[i].end - words[i].start);
    for (const auto& d : question_tables().descriptions) {
      if (std::find(d.words.begin(), d.words.end(), written) == d.words.end()) continue;
      const auto kind = d.kind == "court" ? names::InstitutionKind::court
                        : d.kind == "agency" ? names::InstitutionKind::agency : names::InstitutionKind::organization;
      const int index = gazetteer.find(kind, d.id);
      if (index < 0) continue;
      add_institution(gazetteer.institution(static_cast<std::uint32_t>(index)), graph, q);
      taken[i] = true;
      break;
    }
  }
}

std::pair<std::string_view, std::string_view> caption_sides(std::string_view text) {
  for (std::string_view sep : {" v. ", " vs. ", " v "}) {
    const std::size_t at = text.find(sep);
    if (at != std::string_view::npos && at > 0 && at + sep.size() < text.size()) {
      return {text.substr(0, at), text.substr(at + sep.size())};
    }
  }
  return {};
}

namespace {

// Lower-case letters and digits only: "Hess, Inc." -> "hessinc".
std::string caption_key(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

// Whether a caption's side, shortened to its first words, is `key`:
// "National Bellas Hess, Inc." shortens to "nationalbellashess"; "Celestine"
// does not shorten to "celestin" (another party, not a shorter name).
bool side_shortens_to(std::string_view side, std::string_view key) {
  std::string words_key;
  for (const Word& w : words_of(side)) {
    words_key += caption_key(side.substr(w.start, w.end - w.start));
    if (words_key.size() >= key.size()) return words_key == key;
  }
  return false;
}

}  // namespace

bool resolve_shortened_caption(QuestionEntity& e, const KnowledgeGraph* graph) {
  constexpr std::size_t kMinSideKey = 4;  // "Quill" names a side; "US" does not
  if (!graph || !e.id.empty()) return false;
  const auto [left, right] = caption_sides(e.text);
  const std::string left_key = caption_key(left), right_key = caption_key(right);
  if (left_key.size() < kMinSideKey || right_key.size() < kMinSideKey) return false;
  const GraphStorage& g = graph->storage();
  const GraphVertex* found = nullptr;
  auto [it, end] = boost::vertices(g);
  for (; it != end; ++it) {
    const GraphVertex& v = g[*it];
    if (v.type != "case") continue;
    const auto [l, r] = caption_sides(v.name);
    if (l.empty() || !side_shortens_to(l, left_key) || !side_shortens_to(r, right_key)) continue;
    if (found && found->id != v.id) return false;  // several cases fit: the question does not say which
    found = &v;
  }
  if (!found) return false;
  e.id = found->id;
  e.type = "case";
  return true;
}

// "Taylor v. North Carolina", "Bainbridge Fund v. Republic of Argentina":
// a case the extractor does not know. Sentences name it by its parties, so
// each distinctive party is an alias ("Taylor", "Bainbridge Fund"); a State
// or the United States is not distinctive.
void add_party_aliases(QuestionEntity& e) {
  const std::vector<Word> parts = words_of(e.text);
  std::size_t side_start = 0;
  auto add_side = [&](std::size_t from, std::size_t to) {  // words [from, to)
    // "State of Hawaii" -> also "Hawaii"; "United States", "People": no one in particular.
    while (from < to && one_of(parts[from].lower, {"state", "commonwealth", "republic", "people", "of", "the", "in", "re", "ex", "parte"})) {
      if (one_of(parts[from].lower, {"of", "the", "re", "in", "ex", "parte"})) {
        ++from;
        continue;
      }
      if (from + 1 < to && parts[from + 1].lower == "of") {
        from += 2;
        continue;
      }
      break;
    }
    if (from >= to) return;
    std::string side = e.text.substr(parts[from].start, parts[to - 1].end - parts[from].start);
    if (one_of(to_lower(side), {"united states", "united states of america", "state", "people", "america", "us", "u.s"})) return;
    // A State party ("Maryland") is named in too many other texts to pick this case out.
    if (names::InstitutionGazetteer::instance().is_state_name(side)) return;
    e.aliases.push_back(side);
  };
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (!one_of(parts[i].lower, {"v", "vs"})) continue;
    add_side(side_start, i);
    side_start = i + 1;
  }
  // "Ex parte Quirin", "In re Gault": the one party named.
  if (side_start == 0 && parts.size() >= 3 && one_of(parts[1].lower, {"parte", "re"})) add_side(0, parts.size());
  if (side_start > 0) add_side(side_start, parts.size());
  std::sort(e.aliases.begin(), e.aliases.end());
  e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
}

// "Penelope Broberg's appeal": a person the extractor did not know, named
// in sentences and captions by the surname as often as in full. A name is a
// person's when it starts with a given name, or when it is a possessive of
// two or three words none of which names an organization or a place
// ("Barre Savings Bank's" is not).
void add_surname_alias(QuestionEntity& e, bool possessive) {
  const std::vector<Word> parts = words_of(e.text);
  if (parts.size() < 2 || parts.size() > 4) return;
  const auto& lists = names::NameLists::instance();
  auto written = [&](const Word& w) { return e.text.substr(w.start, w.end - w.start); };
  bool personal = lists.is_given_name(written(parts.front()));
  if (!personal && possessive && parts.size() <= 3 &&
      !names::InstitutionGazetteer::instance().is_state_name(e.text)) {
    personal = std::none_of(parts.begin(), parts.end(), [&](const Word& w) {
      const std::string word = written(w);
      return !w.capitalized || lists.is_stopword(word) || lists.is_org_head(word) || lists.is_org_suffix(word) ||
             lists.is_org_lead(word);
    });
  }
  if (!personal) return;
  const std::string surname = e.text.substr(parts.back().start, parts.back().end - parts.back().start);
  if (surname.size() < 3 || in_lexicon("peoples", parts.back().lower)) return;
  e.aliases.push_back(surname);
  std::sort(e.aliases.begin(), e.aliases.end());
  e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
}

}  // namespace lexgraph::ask
