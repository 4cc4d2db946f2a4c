#include "ask/question_analysis.h"

#include <algorithm>
#include <cctype>

#include "ask/question_tables.h"
#include "ask/text_match.h"
#include "document.h"
#include "extract/entity_extractor.h"
#include "extract/names/institution_gazetteer.h"
#include "graph/knowledge_graph.h"
#include "normalize/normalizer.h"
#include "segment/segmentation.h"

namespace lexgraph::ask {

namespace {

bool is_auxiliary(std::string_view w) {
  return one_of(w, {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "will", "would",
                    "can", "could", "should", "may", "might"});
}

const HeadNoun* head_noun_of(std::string_view w) {
  for (const auto& head : question_tables().heads) {
    if (std::find(head.words.begin(), head.words.end(), w) != head.words.end()) return &head;
  }
  return nullptr;
}

bool is_participle(std::string_view w) {
  return w.size() > 3 && (w.ends_with("ed") || w.ends_with("en") || w == "sued" || w == "barred" || w == "upheld" || w == "sought");
}

bool is_wh(std::string_view w) { return one_of(w, {"which", "what", "who", "whom", "whose", "when", "how", "where"}); }

// Does the phrase (words separated by single spaces) start at word i?
std::size_t phrase_length_at(const std::vector<Word>& words, std::size_t i, std::string_view phrase) {
  std::size_t n = 0;
  std::size_t pos = 0;
  while (pos <= phrase.size()) {
    std::size_t space = phrase.find(' ', pos);
    std::string_view piece = phrase.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    if (i + n >= words.size() || words[i + n].lower != piece) return 0;
    ++n;
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  return n;
}

std::string answer_type_of_entity_type(std::string_view type) {
  if (type == "document") return "case";
  if (one_of(type, {"judge", "court", "agency", "statute", "case", "person", "organization", "order"})) return std::string(type);
  return "entity";
}

struct CueMatch {
  const RelationCue* cue = nullptr;
  std::size_t word = 0, length = 0;
};

// The earliest cue verb; failing that, the earliest cue noun. Words inside
// entity mentions and the head noun are not cues ("IRS Code", "which injunctions").
CueMatch find_cue(const std::vector<Word>& words, const std::vector<bool>& taken) {
  for (bool nouns : {false, true}) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (taken[i]) continue;
      CueMatch best;
      for (const auto& cue : question_tables().cues) {
        for (const auto& form : nouns ? cue.noun_forms : cue.verb_forms) {
          std::size_t n = phrase_length_at(words, i, form);
          if (n > best.length) best = CueMatch{&cue, i, n};
        }
      }
      if (best.cue) return best;
    }
  }
  return {};
}

void add_graph_aliases(QuestionEntity& e, const KnowledgeGraph* graph) {
  e.aliases.push_back(e.text);
  if (!graph || e.id.empty()) return;
  if (auto v = graph->find(e.id)) {
    const GraphVertex& vx = graph->storage()[*v];
    // The graph's identity: "Kollar-Kotelly" alone resolves, within the
    // question, to judge:kollar-kotelly, which the graph merged into
    // judge:colleen-kollar-kotelly (graph/surname_merges.h).
    e.id = vx.id;
    if (!vx.name.empty()) e.aliases.push_back(vx.name);
    for (const auto& a : vx.aliases) e.aliases.push_back(a);
  }
  std::sort(e.aliases.begin(), e.aliases.end());
  e.aliases.erase(std::unique(e.aliases.begin(), e.aliases.end()), e.aliases.end());
}

// "the aviation agency", "the environmental regulator": an agency named by
// what it does. The descriptive words before the noun must all be words of
// one agency's full name (and of no other's) for it to be that agency.
void add_described_agencies(const std::vector<Word>& words, std::vector<bool>& taken, const KnowledgeGraph* graph,
                            QuestionAnalysis& q) {
  const auto& gazetteer = names::InstitutionGazetteer::instance();
  for (std::size_t k = 1; k < words.size(); ++k) {
    if (taken[k] || !one_of(words[k].lower, {"agency", "administration", "department", "bureau", "service", "commission",
                                             "board", "regulator", "office"})) {
      continue;
    }
    std::vector<std::string> descriptors;  // stems, nearest first
    for (std::size_t i = k; i > 0 && descriptors.size() < 3;) {
      --i;
      const Word& w = words[i];
      if (taken[i] || w.capitalized || is_stopword(w.lower) || w.lower.size() < 4 || is_wh(w.lower) ||
          one_of(w.lower, {"federal", "national", "government", "state", "united", "states"})) {
        break;
      }
      descriptors.push_back(crude_stem(w.lower));
    }
    if (descriptors.empty()) continue;
    int match = -1;
    bool several = false;
    for (std::size_t n = 0; n < gazetteer.size() && !several; ++n) {
      const names::Institution& inst = gazetteer.institution(static_cast<std::uint32_t>(n));
      if (inst.kind != names::InstitutionKind::agency) continue;
      std::vector<std::string> name_stems;
      for (const auto& w : words_of(inst.name)) name_stems.push_back(crude_stem(w.lower));
      const bool all = std::all_of(descriptors.begin(), descriptors.end(), [&](const std::string& d) {
        return std::find(name_stems.begin(), name_stems.end(), d) != name_stems.end();
      });
      if (!all) continue;
      if (match >= 0) several = true;
      match = static_cast<int>(n);
    }
    if (match < 0 || several) continue;
    const names::Institution& inst = gazetteer.institution(static_cast<std::uint32_t>(match));
    if (std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) { return e.id == inst.entity; })) continue;
    QuestionEntity e{inst.name, inst.entity, "agency", {}};
    add_graph_aliases(e, graph);
    q.entities.push_back(std::move(e));
    taken[k] = true;
    for (std::size_t i = k - descriptors.size(); i < k; ++i) taken[i] = true;
  }
}

}  // namespace

bool accepts_type(const QuestionAnalysis& q, std::string_view type) {
  if (q.answer_entity_types.empty()) {
    return !one_of(type, {"figure", "money", "date", "document"});
  }
  return std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), type) != q.answer_entity_types.end();
}

QuestionAnalysis analyze_question(std::string_view question, const KnowledgeGraph* graph) {
  QuestionAnalysis q;
  q.question = std::string(question);

  // The entities, read exactly as the documents were.
  Document doc;
  doc.id = "question";
  doc.text = std::string(question);
  NormalizedText normalized = normalize(doc.text);
  const std::string& text = normalized.text;
  Segmentation segments;
  segments.paragraphs.push_back({0, text.size()});
  segments.sentences.push_back({0, text.size(), 0});
  Extraction x = extract_entities(ExtractionContext{doc, text, segments});

  std::vector<Word> words = words_of(text);
  std::vector<bool> taken(words.size(), false);
  auto cover = [&](std::size_t start, std::size_t end) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i].start < end && words[i].end > start) taken[i] = true;
    }
  };
  for (const auto& m : x.mentions) {
    // Figures, dates and orders are local to one text: a question's "preliminary
    // injunction" is not the same order as any document's, so its words stay terms.
    if (one_of(m.type, {"figure", "money", "date", "order"})) continue;
    cover(m.start, m.end);
    auto already = std::find_if(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) { return e.id == m.entity; });
    if (already != q.entities.end()) continue;
    QuestionEntity e{text.substr(m.start, m.end - m.start), m.entity, m.type, {}};
    add_graph_aliases(e, graph);
    if (m.type == "statute") {
      // "section 7431" is written "§ 7431" in the texts.
      std::string number;  // the section: the last number ("18 U.S.C. § 1001" -> 1001)
      for (const auto& w : words_of(e.text)) {
        if (std::isdigit(static_cast<unsigned char>(w.lower[0]))) number = w.lower;
      }
      if (number.size() >= 3) e.aliases.push_back("§ " + number);
    }
    q.entities.push_back(std::move(e));
  }

  // The wh-phrase and the head noun.
  std::size_t wh = 0;
  while (wh < words.size() && !is_wh(words[wh].lower)) ++wh;
  // "Name the trial judge ...": an imperative asks as "which" does.
  const bool imperative = wh == words.size() && !words.empty() && one_of(words[0].lower, {"name", "identify", "list"});
  if (imperative) wh = 0;
  std::size_t head_word = words.size();
  if (wh < words.size()) {
    taken[wh] = true;
    const std::string& w = imperative ? std::string("which") : words[wh].lower;
    const std::string next = wh + 1 < words.size() ? words[wh + 1].lower : "";
    if (w == "how" && (next == "many" || next == "much")) {
      taken[wh + 1] = true;
      q.head = "how " + next;
      q.answer_type = next == "many" ? "figure" : "money";
      q.answer_entity_types = next == "many" ? std::vector<std::string>{"figure"} : std::vector<std::string>{"money", "figure"};
      if (wh + 2 < words.size() && !is_auxiliary(words[wh + 2].lower) && !taken[wh + 2]) {
        q.unit = words[wh + 2].lower;
        head_word = wh + 2;
      }
    } else if (w == "how" && next == "long") {
      // "how long ... to respond": a period, counted in days, months, years.
      taken[wh + 1] = true;
      q.head = "how long";
      q.answer_type = "figure";
      q.answer_entity_types = {"figure"};
    } else if (w == "when") {
      q.head = "when";
      q.answer_type = "date";
      q.answer_entity_types = {"date"};
    } else if (w == "which" || w == "what" || w == "whose") {
      // The head noun: the type word among the next few ("which federal judge"),
      // the last of a compound ("which district court order" asks for an
      // order); names are modifiers ("which Ninth Circuit judges").
      for (std::size_t i = wh + 1; i < words.size() && i <= wh + 6; ++i) {
        if (is_auxiliary(words[i].lower)) {
          // "what is the deadline": the copula, then the head noun.
          if (i == wh + 1 && one_of(words[i].lower, {"is", "was", "are", "were"})) continue;
          break;
        }
        if (taken[i]) {
          if (head_word != words.size()) break;
          continue;
        }
        const HeadNoun* found = head_noun_of(words[i].lower);
        if (!found) {
          if (head_word != words.size()) break;
          continue;
        }
        q.head = words[i].lower;
        q.head_noun = words[i].lower;
        q.answer_type = found->answer_type;
        q.answer_entity_types = found->entity_types;
        head_word = i;
      }
      // "which person served as Chapter 7 trustee": a generic head; the noun
      // after "as" says what is asked.
      if (head_word != words.size() && one_of(q.head_noun, {"person", "persons", "individual", "individuals", "official", "officials"})) {
        for (std::size_t i = head_word + 1; i + 1 < words.size() && i <= head_word + 3; ++i) {
          if (words[i].lower != "as") continue;
          for (std::size_t j = i + 1; j < words.size() && j <= i + 4; ++j) {
            const HeadNoun* named = head_noun_of(words[j].lower);
            if (!named || named->answer_type != q.answer_type) continue;
            q.head_noun = words[j].lower;
            taken[j] = true;
            break;
          }
          break;
        }
      }
      // "which executive order": a President's order is law, not a court's ruling.
      if (head_word != words.size() && q.answer_type == "order" && head_word > 0 &&
          one_of(words[head_word - 1].lower, {"executive", "presidential"})) {
        q.answer_type = "statute";
        q.answer_entity_types = {"statute"};
      }
      // "what office did X hold": a position, not an agency.
      if (head_word != words.size() && q.answer_type == "agency" && q.head == "office") {
        for (std::size_t i = head_word + 1; i < words.size(); ++i) {
          if (one_of(words[i].lower, {"hold", "held", "holds", "occupy", "occupied"})) {
            q.answer_type = "role";
            q.answer_entity_types = {};
          }
        }
      }
      // "What did the filing cost the debtor?", "what did X pay": an amount of money.
      if (head_word == words.size() && w == "what") {
        for (std::size_t i = wh + 1; i < words.size(); ++i) {
          if (one_of(words[i].lower, {"cost", "costs", "pay", "paid", "pays", "charge", "charged", "owe", "owed", "fetch", "fetched"})) {
            q.head = "what ... " + words[i].lower;
            q.answer_type = "money";
            q.answer_entity_types = {"money", "figure"};
            head_word = i;
            break;
          }
        }
      }
      if (head_word == words.size() && w == "what") {
        for (std::size_t i = wh + 1; i < words.size(); ++i) {
          if (one_of(words[i].lower, {"decide", "decided", "hold", "held", "rule", "ruled", "conclude", "concluded", "find", "found"})) {
            q.head = "what ... " + words[i].lower;
            q.answer_type = "holding";
            q.answer_entity_types = {};
            head_word = i;
            break;
          }
        }
      }
    } else if (w == "who" || w == "whom") {
      q.head = w;
    }
  }
  if (head_word < words.size()) taken[head_word] = true;

  // The relation cue.
  CueMatch cue = find_cue(words, taken);
  if (cue.cue) {
    q.predicate = cue.cue->predicate;
    q.cue = text.substr(words[cue.word].start, words[cue.word + cue.length - 1].end - words[cue.word].start);
    q.synonyms = cue.cue->verb_bases;
    q.cue_forms = cue.cue->verb_forms;
    q.cue_forms.insert(q.cue_forms.end(), cue.cue->noun_forms.begin(), cue.cue->noun_forms.end());
    q.related = cue.cue->related;
    const std::string said = to_lower(q.cue);
    for (const auto& base : cue.cue->verb_bases) {
      std::vector<std::string> forms = inflections(base);
      if (std::find(forms.begin(), forms.end(), said) != forms.end()) q.exact_cue_forms = forms;
    }
    if (q.exact_cue_forms.empty()) q.exact_cue_forms = {said};
    for (std::size_t i = cue.word; i < cue.word + cue.length; ++i) taken[i] = true;
  }

  // "who": the cue's usual subjects; "who is X" with no cue asks for X's role.
  if (q.head == "who" || q.head == "whom") {
    const bool copula = wh + 1 < words.size() && one_of(words[wh + 1].lower, {"is", "was", "are", "were"});
    // "who was the trial judge": the noun after the copula says what is asked.
    const HeadNoun* named = nullptr;
    // Names are modifiers: "who is Esteban Leon's current employer".
    for (std::size_t i = wh + 2; copula && i < words.size() && i <= wh + 8 && !named; ++i) {
      if (cue.cue && i >= cue.word && i < cue.word + cue.length) break;  // past the verb: its object, not the head
      if (taken[i] && i != head_word) continue;
      for (const auto& head : question_tables().heads) {
        if (std::find(head.words.begin(), head.words.end(), words[i].lower) != head.words.end()) {
          named = &head;
          q.head_noun = words[i].lower;
          taken[i] = true;
          break;
        }
      }
    }
    if (named && !named->entity_types.empty()) {
      q.answer_type = named->answer_type;
      q.answer_entity_types = named->entity_types;
    } else if (copula && !cue.cue &&
               (!q.entities.empty() || (wh + 2 < words.size() && words[wh + 2].capitalized))) {
      // "Who is X?" (X a name, resolved or not): X's role.
      q.answer_type = "role";
      q.answer_entity_types = {};
    } else if (cue.cue && (q.head == "whom" || (copula && cue.word == wh + 2 && is_participle(words[cue.word].lower)))) {
      // "Who is enjoined", "whom did the court enjoin": the relation's object.
      q.answer_type = "person";
      q.answer_entity_types = {"person", "organization", "agency"};
    } else if (cue.cue && !cue.cue->who_types.empty()) {
      q.answer_entity_types = cue.cue->who_types;
      q.answer_type = answer_type_of_entity_type(q.answer_entity_types.front());
    } else {
      q.answer_type = "person";
      q.answer_entity_types = {"person", "judge", "organization", "agency"};
    }
    if (q.answer_type == "person" || q.answer_type == "judge") {
      for (const char* t : {"person", "judge"}) {
        if (std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), t) == q.answer_entity_types.end()) {
          q.answer_entity_types.push_back(t);
        }
      }
    }
  }

  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    if (one_of(w, {"not", "never", "n't"}) || (w.size() > 3 && w.ends_with("n't"))) q.negated = true;
  }

  // Capitalized names the extractor did not resolve ("Romo", "Acme").
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (taken[i] || !words[i].capitalized || i == 0 || is_wh(words[i].lower)) continue;
    // "Chapter 7", "Title 26", "Count 3": a division of a text, not a name.
    if (one_of(words[i].lower, {"chapter", "title", "section", "part", "article", "count", "rule", "docket"}) &&
        i + 1 < words.size() && std::isdigit(static_cast<unsigned char>(words[i + 1].lower[0]))) {
      continue;
    }
    std::size_t j = i;
    for (;;) {
      if (j + 1 < words.size() && !taken[j + 1] && words[j + 1].capitalized) {
        ++j;
      } else if (j + 2 < words.size() && !taken[j + 1] && !taken[j + 2] && words[j + 2].capitalized &&
                 one_of(words[j + 1].lower, {"of", "v", "vs", "and", "for", "de", "the", "&"})) {
        j += 2;  // "State of Hawaii", "Barre Savings Bank v. Broberg"
      } else {
        break;
      }
    }
    std::string name = text.substr(words[i].start, words[j].end - words[i].start);
    QuestionEntity e{name, "", "name", {}};
    if (graph) {
      for (VertexId v : graph->find_by_name(name)) {
        const GraphVertex& vx = graph->storage()[v];
        if (vx.type == "document") continue;
        e.id = vx.id;
        e.type = vx.type;
        break;
      }
    }
    add_graph_aliases(e, graph);
    q.entities.push_back(std::move(e));
    for (std::size_t k = i; k <= j; ++k) taken[k] = true;
    i = j;
  }

  add_described_agencies(words, taken, graph, q);

  if (!q.answer_entity_types.empty()) q.preferred_types = {q.answer_entity_types.front()};
  if (q.preferred_types == std::vector<std::string>{"person"} || q.preferred_types == std::vector<std::string>{"judge"}) {
    q.preferred_types = {"person", "judge"};
  }

  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    if (taken[i] || is_stopword(w) || w.size() < 2) continue;
    if (std::find(q.terms.begin(), q.terms.end(), w) == q.terms.end()) q.terms.push_back(w);
  }
  return q;
}

}  // namespace lexgraph::ask
