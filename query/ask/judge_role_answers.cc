// Judges by role (judge_role_answers.h): the documents a question names,
// found by the names it gives (an entity id, the extractor's reading, a
// name, a surname, a caption's two sides), and the judges whose edges into
// those documents carry the roles its words ask for (data/judge_roles.tsv).

#include "ask/judge_role_answers.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "ask/graph_answers.h"
#include "ask/question_entities.h"
#include "ask/text_match.h"
#include "extract/data_table.h"
#include "extract/names/institution_gazetteer.h"
#include "relate/relation.h"
#include "search/entity_lookup.h"

namespace lexgraph {
namespace embedded {
extern const std::string_view data_judge_roles_tsv;
}

namespace ask {

namespace {

// A judge answer by role outranks what the passages make of the same
// question: the form of the document said who holds the role.
constexpr double kRoleBase = 10.0;
constexpr double kRoleRankStep = 0.5;
// "Which justices joined the dissent": those who joined it over its author
// (less than a rank step: a later role still ranks after).
constexpr double kJoinerStep = 0.2;
// A passage answer in a document the question names scores up to the high
// teens (its title, cue and words); the role asked of that document outranks it.
constexpr double kNamedRoleBase = 20.0;
constexpr double kRoleFallback = 1.5;
// An entity of the question that many documents mention does not name one
// of them ("the Supreme Court").
constexpr std::uint32_t kSpecificEntityDocuments = 3;
constexpr std::size_t kNamedDocuments = 3;
// How a name tells a document: as its own (a party, its case, the
// document itself) or as something it mentions.
constexpr double kPartyWeight = 3.0;
constexpr double kMentionWeight = 1.0;
// A document named only weakly (by what it mentions: "Pawhuska", a party
// to a case one footnote cites) is the one asked about only if the search
// finds it best too; of several named equally, those among its best few.
constexpr std::size_t kCorroboratingDocuments = 3;
// More names than this holding a question's name as a part: it names none.
constexpr std::size_t kPartialNames = 2;
// A role in the document the search found best, not one the question
// names: below a role in a named document, where a passage naming the
// judge beside the question's words can still outrank it.
constexpr double kFoundDocumentPenalty = 2.0;

struct RoleWords {
  std::string words;
  std::vector<std::string> roles;
};

const std::vector<RoleWords>& role_table() {
  static const std::vector<RoleWords> table = [] {
    std::vector<RoleWords> t;
    DataTableRules rules;
    rules.filled_columns = DataTableRules::kAllColumns;
    for (const auto& row : parse_data_table(embedded::data_judge_roles_tsv, "judge_roles.tsv", rules).rows) {
      RoleWords w{std::string(row[0]), {}};
      for (auto r : split_list(row[1])) w.roles.emplace_back(r);
      t.push_back(std::move(w));
    }
    return t;
  }();
  return table;
}

// The role a judge's edge into a document gives; "" for none.
std::string edge_role(const GraphEdge& e) {
  if (e.predicate == "dissents") return "dissent";
  if (e.predicate == "decided_below") return "below";
  if (e.predicate == "authored") {
    const std::string* o = qualifier(e, "opinion");
    if (!o || *o == "majority" || *o == "plurality" || *o == "per curiam") return "author";
    if (*o == "dissenting") return "dissent";
    if (*o == "concurring") return "concur";
    return "";
  }
  if (e.predicate != "presides_over") return "";
  if (const std::string* r = qualifier(e, "role"); r && !r->empty()) return *r;
  if (const std::string* src = qualifier(e, "source"); src && *src == "author line") return "author";
  return "presiding";
}

std::string_view last_word(std::string_view text) {
  while (!text.empty() && !std::isalnum(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  const std::size_t space = text.find_last_of(" \t");
  return space == std::string_view::npos ? text : text.substr(space + 1);
}

// Lower-case letters and digits of `text` into `out` (reused, so a scan
// over the graph's names allocates nothing), its words apart and the whole
// between spaces, so that one key holds another only word by word:
// "Broberg's" -> " brobergs ", "Kollar-Kotelly" -> " kollar kotelly ", and
// " law " is not in " lawrence speiser ".
void name_key_into(std::string_view text, std::string& out) {
  out.assign(1, ' ');
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) {
      out.push_back(static_cast<char>(std::tolower(u)));
    } else if (u >= 0x80) {
      out.push_back(c);
    } else if (c != '\'' && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  if (out.back() != ' ') out.push_back(' ');
}

// The letters and digits of a key, without its spaces.
std::size_t key_letters(const std::string& key) {
  return static_cast<std::size_t>(std::count_if(key.begin(), key.end(), [](char c) { return c != ' '; }));
}

// One name the question gives and the vertices it stands for.
struct NameSearch {
  std::string text;  // as the question gives it; "" for a caption's case
  std::string key, surname_key;  // name_key_into of the text and of its last word
  std::string case_left, case_right;  // a caption's last words on each side, lower case
  std::vector<VertexId> vertices, partial, by_surname;
};

// The vertices each name stands for: its id, the extractor's reading of
// it, its exact name, else any name
// holding it ("Kollar" in "Colleen Kollar-Kotelly"), else one holding its
// every word ("Penelope Broberg": "Penelope Northrop Broberg", never
// "Syrian Arab Republic" for "Argentine Republic"); a caption's case is a
// case vertex with the same last words on each side ("Johnson v. State of
// Maryland": "Johnson v. Maryland"). What the indexes do not find costs one
// pass over the graph's names for all the names together.
// Whether the vertex is a party to some document.
bool is_party(const GraphStorage& g, VertexId v) {
  for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
    if (g[*it].predicate == "party_to") return true;
  }
  return false;
}

void find_names(const KnowledgeGraph& graph, std::vector<NameSearch>& names) {
  const GraphStorage& g = graph.storage();
  bool scan = false;
  for (NameSearch& n : names) {
    if (!n.vertices.empty()) continue;
    // What the entity extractor makes of the words ("302 U.S. 379").
    if (!n.text.empty()) {
      const std::string id = resolve_entity_value("entity", n.text);
      if (auto v = id.empty() ? std::nullopt : graph.find(id); v && g[*v].type != "document") n.vertices.push_back(*v);
    }
    if (!n.vertices.empty()) continue;
    if (!n.text.empty()) {
      for (VertexId v : graph.find_by_name(n.text)) {
        if (g[v].type != "document") n.vertices.push_back(v);
      }
    }
    if (!n.vertices.empty()) continue;
    name_key_into(n.text, n.key);
    const std::string_view last = last_word(n.text);
    if (last.size() >= 4 && last.size() < n.text.size()) name_key_into(last, n.surname_key);
    scan = scan || key_letters(n.key) >= 3 || !n.case_left.empty();
  }
  if (!scan) return;
  std::string key;
  auto [first, end] = boost::vertices(g);
  for (auto it = first; it != end; ++it) {
    const GraphVertex& v = g[*it];
    if (v.type == "document") continue;
    for (NameSearch& n : names) {
      if (!n.vertices.empty()) continue;
      if (!n.case_left.empty()) {
        if (v.type != "case") continue;
        const auto [l, r] = caption_sides(v.name);
        if (!l.empty() && to_lower(last_word(l)) == n.case_left && to_lower(last_word(r)) == n.case_right) {
          n.partial.push_back(*it);
        }
        continue;
      }
      if (key_letters(n.key) < 3) continue;
      bool whole = false, surname = false;
      for (std::size_t i = 0; i <= v.aliases.size() && !whole; ++i) {
        name_key_into(i == 0 ? std::string_view(v.name) : std::string_view(v.aliases[i - 1]), key);
        whole = key.find(n.key) != std::string::npos;
        surname = surname || (!n.surname_key.empty() && key.find(n.surname_key) != std::string::npos);
      }
      if (whole) {
        n.partial.push_back(*it);
      } else if (surname) {
        n.by_surname.push_back(*it);
      }
    }
  }
  auto most_mentioned = [&](std::vector<VertexId>& list) {
    std::stable_sort(list.begin(), list.end(), [&](VertexId a, VertexId b) { return g[a].mentions > g[b].mentions; });
    if (list.size() > 8) list.resize(8);
  };
  for (NameSearch& n : names) {
    if (!n.vertices.empty()) continue;
    if (!n.partial.empty()) {
      // "British" in "British Home Office", "British Caledonian Airways v.
      // Bond" and "British Royal Commission": a word many names hold names
      // none of them, unless as a party ("Hawaii": the State of Hawaii
      // that sued, among the courts and offices of Hawaii).
      if (n.partial.size() > kPartialNames) {
        std::erase_if(n.partial, [&](VertexId v) { return !is_party(g, v); });
        if (n.partial.empty()) continue;
      }
      most_mentioned(n.partial);
      n.vertices = n.partial;
      continue;
    }
    for (VertexId v : n.by_surname) {
      const std::string name = to_lower(g[v].name);
      bool all = true;
      for (const Word& w : words_of(n.text)) {
        if (w.lower != "'s" && find_word(name, w.lower) == std::string::npos) all = false;
      }
      if (all) n.vertices.push_back(v);
    }
    most_mentioned(n.vertices);
  }
}

// The State a sovereign party's name stands for: "State of Hawaii" ->
// "Hawaii", "Commonwealth of Puerto Rico" -> "Puerto Rico".
std::string_view state_named(std::string_view name) {
  for (std::string_view lead : {"State of ", "Commonwealth of ", "Territory of ", "People of the State of ", "The "}) {
    if (name.starts_with(lead)) name.remove_prefix(lead.size());
  }
  return name;
}

// "Who authored the North Carolina Supreme Court's 2022 decision holding
// ...": the document the search found is a decision of the court the
// question names, of the year it gives, so its author is the one asked, as
// of a document named. (Without a year, the court's every opinion fits.)
bool decision_of_court_asked(const GraphVertex& doc, const QuestionAnalysis& q) {
  std::string court, date;
  for (const auto& [k, v] : doc.attrs) {
    if (k == "court") court = v;
    if (k == "date") date = v;
  }
  const std::string court_id = names::document_court_id(court);
  if (court_id.empty()) return false;
  const bool court_asked = std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) {
    return e.type == "court" && e.id == "court:" + court_id;
  });
  if (!court_asked) return false;
  bool year_given = false;
  for (const Word& w : words_of(q.question)) {
    if (!is_year_word(w.lower)) continue;
    if (!date.starts_with(w.lower)) return false;
    year_given = true;
  }
  return year_given;
}

// The documents the question names: a party to it, the case it decides,
// a specific entity it mentions. Best-scored first, at most a few.
// `by_mention` tells whether they are named only weakly: by what they
// mention, or by a party whose name holds a place the question gives
// ("Puerto Rico" of "Newell Puerto Rico, Ltd.").
std::vector<VertexId> named_documents(const KnowledgeGraph& graph, const QuestionAnalysis& q, bool& by_mention) {
  const GraphStorage& g = graph.storage();
  std::vector<std::pair<VertexId, double>> docs;
  auto add = [&](VertexId d, double w, std::vector<std::pair<VertexId, double>>& mine) {
    for (auto& [v, s] : mine) {
      if (v == d) {
        s = std::max(s, w);
        return;
      }
    }
    mine.emplace_back(d, w);
  };
  // Each name the question gives adds to the documents it names: a caption
  // "A v. B" counts its two sides and the case by that name.
  std::vector<NameSearch> names;
  for (const QuestionEntity& qe : q.entities) {
    NameSearch n;
    n.text = qe.text;
    if (auto v = qe.id.empty() ? std::nullopt : graph.find(qe.id)) n.vertices.push_back(*v);
    names.push_back(std::move(n));
    const auto [left, right] = caption_sides(qe.text);
    if (left.empty()) continue;
    for (std::string_view side : {left, right}) {
      NameSearch n;
      n.text = std::string(side);
      names.push_back(std::move(n));
    }
    NameSearch c;
    c.case_left = to_lower(last_word(left));
    c.case_right = to_lower(last_word(right));
    if (c.case_left.size() >= 2 && c.case_right.size() >= 2) names.push_back(std::move(c));
  }
  find_names(graph, names);
  for (const NameSearch& n : names) {
    const std::vector<VertexId>& vertices = n.vertices;
    std::vector<std::pair<VertexId, double>> mine;  // this entity's documents
    // A State or territory the question names ("Puerto Rico's Law 75") is
    // a place there, not a company whose name holds it ("Newell Puerto
    // Rico, Ltd."); the State itself may be the party ("State of Hawaii").
    const bool place = names::InstitutionGazetteer::instance().is_state_name(n.text);
    for (VertexId v : vertices) {
      if (g[v].type == "document") {
        add(v, kPartyWeight, mine);
        continue;
      }
      const bool the_state = !place || names::InstitutionGazetteer::instance().is_state_name(state_named(g[v].name));
      const double party_weight = the_state ? kPartyWeight : kMentionWeight;
      for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
        const VertexId t = boost::target(*it, g);
        if (g[*it].predicate == "party_to" && g[t].type == "document") add(t, party_weight, mine);
      }
      const bool specific = g[v].documents <= kSpecificEntityDocuments;
      for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
        const VertexId src = boost::source(*it, g);
        if (g[src].type != "document") continue;
        if (g[*it].predicate == "decides") add(src, party_weight, mine);
        if (g[*it].predicate == "mentions" && specific) add(src, kMentionWeight, mine);
      }
    }
    for (const auto& [d, w] : mine) {
      bool found = false;
      for (auto& [v, s] : docs) {
        if (v == d) {
          s += w;
          found = true;
        }
      }
      if (!found) docs.emplace_back(d, w);
    }
  }
  // "the 1920 decision": a year the question gives tells documents of
  // that year from the others that name the same party.
  for (auto& [d, score] : docs) {
    for (const auto& [k, v] : g[d].attrs) {
      if (k == "date" && v.size() >= 4 && find_word(q.question, std::string_view(v).substr(0, 4)) != std::string::npos) {
        score += 1.0;
      }
    }
  }
  std::vector<VertexId> out;
  double best = 0;
  for (const auto& [d, s] : docs) best = std::max(best, s);
  if (best <= 0) return out;
  by_mention = best < kPartyWeight;
  for (const auto& [d, s] : docs) {
    if (s == best) out.push_back(d);
  }
  // More documents than that fit the names equally: the question does
  // not say which it means.
  if (out.size() > kNamedDocuments) out.clear();
  return out;
}

}  // namespace

std::vector<std::string> asked_judge_roles(std::string_view question) {
  const std::string lower = to_lower(question);
  std::vector<std::pair<std::string, double>> weights;
  for (const RoleWords& w : role_table()) {
    if (find_word(lower, w.words) == std::string::npos) continue;
    for (std::size_t rank = 0; rank < w.roles.size(); ++rank) {
      const double add = 1.0 / static_cast<double>(rank + 1);
      auto it = std::find_if(weights.begin(), weights.end(), [&](const auto& p) { return p.first == w.roles[rank]; });
      if (it == weights.end()) {
        weights.emplace_back(w.roles[rank], add);
      } else {
        it->second += add;
      }
    }
  }
  std::stable_sort(weights.begin(), weights.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<std::string> roles;
  for (const auto& [r, w] : weights) roles.push_back(r);
  return roles;
}

std::vector<Answer> judge_role_answers(const KnowledgeGraph& graph, const QuestionAnalysis& q,
                                       const std::vector<std::string>& found_documents) {
  std::vector<Answer> out;
  std::vector<std::string> roles = asked_judge_roles(q.question);
  const bool asked = !roles.empty();
  // Implicit roles: who decided the document, never the judge below nor a dissenter.
  if (!asked) roles = {"author", "signer", "assigned", "panel", "presiding"};
  std::vector<VertexId> docs;
  bool by_mention = false;
  if (!q.entities.empty()) docs = named_documents(graph, q, by_mention);
  // The search's best documents, to tell named documents apart.
  auto found_among = [&](VertexId d, std::size_t best) {
    for (std::size_t i = 0; i < std::min(found_documents.size(), best); ++i) {
      if (document_node_id(found_documents[i]) == graph.storage()[d].id) return true;
    }
    return false;
  };
  auto found_too = [&](VertexId d) { return found_among(d, kCorroboratingDocuments); };
  // Named only weakly, a document yields to the search's best.
  if (by_mention) std::erase_if(docs, [&](VertexId d) { return !found_among(d, 1); });
  // "the First Circuit's 1994 decision holding that Puerto Rico's Law 75
  // ...": two 1994 appeals have a party named "... Puerto Rico"; the one
  // the question's words find is asked about.
  if (docs.size() > 1 && std::any_of(docs.begin(), docs.end(), found_too)) {
    std::erase_if(docs, [&](VertexId d) { return !found_too(d); });
  }
  double found_penalty = 0;
  if (docs.empty() && asked && !found_documents.empty()) {
    if (auto d = graph.find(document_node_id(found_documents.front())); d && graph.storage()[*d].type == "document") {
      docs.push_back(*d);
      found_penalty = decision_of_court_asked(graph.storage()[*d], q) ? 0.0 : kFoundDocumentPenalty;
    }
  }
  if (docs.empty()) return out;
  const GraphStorage& g = graph.storage();
  // "Which justices joined the dissent", "who concurred in the dissent",
  // "who sided with Butler in dissent": the joiners, not its author.
  const std::vector<Word> question_words = words_of(q.question);
  const bool joiners_asked = std::any_of(question_words.begin(), question_words.end(), [&](const Word& w) {
    return one_of(w.lower, {"joined", "joins", "joining"}) ||
           (q.dissent && one_of(w.lower, {"concurred", "concurs", "concurring", "sided", "sides"}));
  });
  // "Which Tax Court judge" of an appeal from it: a judge seated on another
  // court is not asked, and the judge below may be.
  const std::vector<std::string> courts_asked = asked_courts(q);
  // "Which Federal Circuit judge, sitting by designation, authored ...":
  // the question itself says the judge sat on another court than his own.
  const bool visitor_asked = find_word(q.question, "by designation", 0, /*fold=*/true) != std::string::npos;
  auto other_bench = [&](VertexId judge) {
    if (courts_asked.empty() || visitor_asked) return false;
    bool seated = false;
    for (auto [it, end] = boost::out_edges(judge, g); it != end; ++it) {
      if (g[*it].predicate != "member_of") continue;
      const std::string& court = g[boost::target(*it, g)].id;
      if (std::find(courts_asked.begin(), courts_asked.end(), court) != courts_asked.end()) return false;
      seated = true;
    }
    return seated;
  };
  if (!asked && !courts_asked.empty()) roles.push_back("below");
  auto has_role = [&](std::string_view role) {
    for (VertexId d : docs) {
      for (auto [it, end] = boost::in_edges(d, g); it != end; ++it) {
        if (!is_negated(g[*it]) && edge_role(g[*it]) == role) return true;
      }
    }
    return false;
  };
  // The judge below of a review its documents do not name is none of the
  // review's own judges: "the district judge" of an appeal is not its panel.
  if (roles.front() == "below" && !has_role("below") && has_role("panel")) return out;
  // Roles in the order asked: a later role is another reading of the
  // words and ranks after the first. Only the first role asked is the
  // sure answer; a fallback ranks where passages can still outrank it.
  std::vector<std::string> answered;
  for (std::size_t rank = 0; rank < roles.size(); ++rank) {
    double base = !asked ? kGraphBase : rank == 0 ? kRoleBase : kRoleBase - kRoleFallback;
    // The role asked first, of a document the question names: the form of
    // that document says who holds it, whatever its sentences quote of others.
    if (asked && rank == 0 && found_penalty == 0) base = kNamedRoleBase;
    for (VertexId d : docs) {
      for (auto [it, end] = boost::in_edges(d, g); it != end; ++it) {
        const GraphEdge& e = g[*it];
        const VertexId judge = boost::source(*it, g);
        // The judge below by an appeal's heading ("[Hon. Joel Gerber, U.S.
        // Tax Court Judge]"), a judge on a docket's "Panel:" lines: a judge,
        // whatever type the name was read as.
        const bool judge_by_role =
            (e.predicate == "decided_below" || e.predicate == "presides_over") && g[judge].type == "person";
        if ((g[judge].type != "judge" && !judge_by_role) || is_negated(e) || edge_role(e) != roles[rank]) continue;
        if (other_bench(judge)) continue;
        // "Which Justice concurred in Justice Butler's dissent": not Butler.
        if (is_question_entity(q, g[judge].id)) continue;
        if (std::find(answered.begin(), answered.end(), g[judge].id) != answered.end()) continue;
        answered.push_back(g[judge].id);
        Answer a;
        a.type = "judge";
        a.entity = g[judge].id;
        a.evidence.push_back(evidence_of(graph, e));
        if (a.evidence.front().text.empty()) a.evidence.front().text = g[judge].name;
        name_in_evidence(g[judge], a);
        a.source = AnswerSource::graph;
        a.score = base + e.confidence - kRoleRankStep * static_cast<double>(rank) - found_penalty;
        // "Who wrote the dissent?": its author before those who joined it;
        // "which justices joined the dissent": those who joined first.
        if (const std::string* o = qualifier(e, "opinion"); o && *o == "written") a.score += 0.1;
        if (joiners_asked) a.score += qualifier(e, "joined") ? kJoinerStep : -kJoinerStep;
        out.push_back(std::move(a));
      }
    }
  }
  return out;
}

}  // namespace ask
}  // namespace lexgraph
