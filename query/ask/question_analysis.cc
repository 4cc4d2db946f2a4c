#include "ask/question_analysis.h"

#include <algorithm>
#include <cctype>

#include "ask/contacts.h"
#include "ask/definitions.h"
#include "ask/question_entities.h"
#include "ask/question_tables.h"
#include "ask/text_match.h"
#include "document.h"
#include "extract/entity_extractor.h"
#include "extract/figures/vocabulary.h"
#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_lists.h"
#include "graph/knowledge_graph.h"
#include "normalize/normalizer.h"
#include "segment/segmentation.h"

namespace lexgraph::ask {

bool is_question_entity(const QuestionAnalysis& q, std::string_view id) {
  if (id.empty()) return false;
  return std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) {
    return e.id == id || std::find(e.alternatives.begin(), e.alternatives.end(), id) != e.alternatives.end();
  });
}

std::vector<std::string> asked_courts(const QuestionAnalysis& q) {
  static constexpr std::string_view kBefore[] = {"judge of the ", "judges of the ", "justice of the ", "justices of the ",
                                                 "member of the ", "members of the ", "who on the ", "judge on the ",
                                                 "judges on the ", "justice on the ", "justices on the "};
  static constexpr std::string_view kAfter[] = {" judge", "'s judge", " justice", " magistrate", " trial judge",
                                                " bankruptcy judge", "'s chief judge", " chief judge"};
  const std::string lower = to_lower(q.question);
  std::vector<std::string> out;
  for (const QuestionEntity& e : q.entities) {
    if (e.type != "court" || e.id.empty()) continue;
    const std::size_t at = find_word(lower, to_lower(e.text));
    if (at == std::string::npos) continue;
    const std::string_view before = std::string_view(lower).substr(0, at);
    const std::string_view after = std::string_view(lower).substr(at + e.text.size());
    const bool qualifies = std::any_of(std::begin(kBefore), std::end(kBefore), [&](std::string_view w) { return before.ends_with(w); }) ||
                           std::any_of(std::begin(kAfter), std::end(kAfter), [&](std::string_view w) { return after.starts_with(w); });
    if (qualifies) out.push_back(e.id);
  }
  return out;
}

namespace {

// "supreme", "circuit", "trial" or "" for a court id or a judge's title.
std::string_view court_level(std::string_view id) {
  if (id == "court:scotus") return "supreme";
  if (id == "court:cadc" || id == "court:cafc") return "circuit";
  if (id.starts_with("court:ca") && id.size() > 8 && std::isdigit(static_cast<unsigned char>(id[8]))) return "circuit";
  return "";
}

std::string_view title_level(std::string_view title) {
  if (title.find("Justice") != std::string_view::npos) return "supreme";
  if (title.find("Circuit Judge") != std::string_view::npos) return "circuit";
  for (std::string_view t : {"District Judge", "Magistrate Judge", "Bankruptcy Judge"})
    if (title.find(t) != std::string_view::npos) return "trial";
  return "";
}

}  // namespace

bool seated_elsewhere(const std::vector<std::string>& asked, std::string_view court, std::string_view title) {
  if (asked.empty()) return false;
  if (!court.empty()) return std::find(asked.begin(), asked.end(), court) == asked.end();
  const std::string_view level = title_level(title);
  if (level.empty()) return false;
  return std::none_of(asked.begin(), asked.end(), [&](const std::string& a) {
    const std::string_view l = court_level(a);
    return l.empty() || l == level;
  });
}

namespace {

// Whether a comma stands right before word `w` (spaces between allowed).
bool comma_before(std::string_view text, const Word& w) {
  std::size_t before = w.start;
  while (before > 0 && text[before - 1] == ' ') --before;
  return before > 0 && text[before - 1] == ',';
}

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

// "the Regional Administrator", "the Acting Commissioner of CBP": after
// "the" at word `at`, capitalised words whose last is an office's noun.
bool names_office(const std::vector<Word>& words, std::size_t at) {
  if (at + 1 >= words.size() || words[at].lower != "the") return false;
  std::size_t end = at + 1;
  while (end < words.size() && words[end].capitalized) ++end;
  return end > at + 1 && names::NameLists::instance().is_role_noun(words[end - 1].lower);
}

// "Abruzzi's president", "the company's treasurer": from word `at`, a
// capitalised name (or "the" and a noun) whose possessive owns an office's
// noun.
bool holder_of_office(const std::vector<Word>& words, std::size_t at) {
  for (std::size_t k = at; k + 1 < words.size() && k <= at + 4; ++k) {
    if (words[k].lower != "'s") continue;
    return k > at && names::NameLists::instance().is_role_noun(words[k + 1].lower) &&
           (words[k - 1].capitalized || words[at].lower == "the");
  }
  return false;
}

// "Samuel D. Rauch III, who signed the rule": a capitalised name at word
// `name` and a relative pronoun between it and the cue at word `cue`.
bool relative_clause(const std::vector<Word>& words, std::size_t name, std::size_t cue) {
  if (name >= words.size() || !words[name].capitalized || cue <= name + 1 || cue > words.size()) return false;
  for (std::size_t i = name + 1; i < cue; ++i) {
    if (one_of(words[i].lower, {"who", "whom", "which", "that", "whose"})) return true;
  }
  return false;
}

bool is_wh(std::string_view w) { return one_of(w, {"which", "what", "who", "whom", "whose", "when", "how", "where"}); }

// "the appeal of a witness who refused to testify": a "who" or "which"
// right after a lower-case noun (no comma, no preposition between) opens a
// relative clause describing that noun; it asks nothing.
bool opens_relative_clause(std::string_view text, const std::vector<Word>& words, std::size_t at) {
  if (at == 0 || at >= words.size() || !one_of(words[at].lower, {"who", "whom", "whose", "which"})) return false;
  const Word& before = words[at - 1];
  if (before.capitalized || comma_before(text, words[at])) return false;
  if (!std::all_of(before.lower.begin(), before.lower.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  return !in_lexicon("preposition", before.lower) && !is_wh(before.lower) &&
         !one_of(before.lower, {"and", "or", "but", "than", "as"});
}

// A determiner just before word `i`, or one with a word that singles out
// between ("the only Justice", "the one Justice", "the sole member"): what
// follows is a noun, even capitalized, not part of a name.
bool determiner_before(const std::vector<Word>& words, std::size_t i) {
  auto determiner = [&](std::size_t k) { return one_of(words[k].lower, {"the", "a", "an", "'s"}); };
  if (i == 0) return false;
  if (determiner(i - 1)) return true;
  return i >= 2 && one_of(words[i - 1].lower, {"one", "only", "sole", "lone", "single"}) && determiner(i - 2);
}

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
      // "the appeals court's decision": a court's name, not a verb.
      if (one_of(words[i].lower, {"appeals", "appeal", "appellate"}) && i + 1 < words.size() &&
          one_of(words[i + 1].lower, {"court", "courts", "panel", "judge", "judges"})) {
        continue;
      }
      // "Who delivered the appeals court's decision affirming ...": to
      // deliver a decision or an opinion is to write it, whatever words
      // stand between (alone, "delivered" is goods or drugs as often).
      if (!nouns && one_of(words[i].lower, {"deliver", "delivers", "delivered", "delivering"})) {
        for (std::size_t k = i + 1; k < words.size() && k <= i + 5; ++k) {
          if (one_of(words[k].lower, {"that", "which", "who", "to", "because", "after", "when"})) break;
          if (!one_of(words[k].lower, {"opinion", "opinions", "decision", "decisions", "ruling", "judgment"})) continue;
          for (const auto& cue : question_tables().cues) {
            if (cue.predicate == "authored") return CueMatch{&cue, i, 1};
          }
        }
      }
      // "at Bank Shares", "the Data Share Project": inside a name, not a verb.
      if (words[i].capitalized && i > 0 &&
          (words[i - 1].capitalized || (i + 1 < words.size() && words[i + 1].capitalized)))
        continue;
      // "the sanction imposed on plaintiffs' counsel": a party's possessive
      // names whose the thing is, not a lawsuit.
      if (nouns && i + 1 < words.size() && words[i + 1].lower == "'s" && in_lexicon("party_side", words[i].lower))
        continue;
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


// "... the April 2017 airspace amendment": the object (within eight words
// after the verb, before the clause ends) is a rule an agency makes.
bool object_is_agency_rule(const std::vector<Word>& words, std::size_t from) {
  for (std::size_t i = from; i < words.size() && i < from + 8; ++i) {
    if (one_of(words[i].lower, {"that", "which", "who", "because", "after", "before", "when"})) break;
    if (in_lexicon("agency_object", words[i].lower)) return true;
  }
  return false;
}

// True when the phrase (words separated by single spaces) starts at word i.
bool phrase_at(const std::vector<Word>& words, std::size_t i, std::string_view phrase) {
  return phrase_length_at(words, i, phrase) > 0;
}


// "What did the Tenth Circuit do with the judgment", "what became of the
// decision", "what was the outcome of the appeal", "what action did the
// court take on ...", "how did the appeals court dispose of / rule on the
// ruling": the court's disposition is asked.
bool asks_disposition(const std::vector<Word>& words, std::size_t wh) {
  if (wh >= words.size()) return false;
  const std::string& w = words[wh].lower;
  if (w == "what" && wh + 1 < words.size() && one_of(words[wh + 1].lower, {"action", "disposition", "outcome"}))
    return true;
  // "What was the outcome of the appeal", not "what section governs the disposition of property".
  for (std::string_view p : {"was the outcome of", "is the outcome of", "was the disposition of",
                             "is the disposition of", "was the result of", "is the result of"})
    if (w == "what" && phrase_at(words, wh + 1, p)) return true;
  // "What did the district court do with the debtor's appeal": a trial
  // court reviewing a bankruptcy court or an agency disposes of an appeal.
  const bool appeal_asked = std::any_of(words.begin() + static_cast<std::ptrdiff_t>(wh), words.end(),
                                        [](const Word& x) { return x.lower == "appeal"; });
  for (std::size_t i = wh + 1; i < words.size(); ++i) {
    // "What did the trial court do with the challenge": a trial court's
    // ruling ("granted the motion to quash") is an order it made, not a
    // decree disposing of a judgment.
    if (!appeal_asked && i + 1 < words.size() && one_of(words[i].lower, {"trial", "district", "lower", "bankruptcy"}) &&
        one_of(words[i + 1].lower, {"court", "judge"}))
      return false;
    if (w == "what") {
      for (std::string_view p : {"do with", "do to", "do about", "became of", "become of", "happened to"})
        if (phrase_at(words, i, p)) return true;
    } else if (w == "how") {
      for (std::string_view p : {"dispose of", "disposed of", "rule on", "ruled on", "resolve", "resolved", "decide",
                                 "decided", "treat", "treated", "handle", "handled", "respond to", "responded to",
                                 "react to", "reacted to", "deal with", "dealt with"})
        if (phrase_at(words, i, p)) return true;
    }
  }
  return false;
}

// Names nothing resolves, kept per question at most: each becomes search
// words and a title filter.
constexpr std::size_t kMaxUnresolvedNames = 12;

// A question is a sentence or two; beyond this many bytes a text is no
// question, and only its beginning is read.
constexpr std::size_t kMaxQuestionBytes = 2000;


// What qualifies the head noun: its modifiers ("which district judge" ->
// district) and the court it belongs to ("which Ninth Circuit judges",
// "which members of the Supreme Court", "who on the Supreme Court").
void read_head_context(const std::vector<Word>& words, const std::vector<std::string>& word_court, std::size_t wh,
                       std::size_t head_at, QuestionAnalysis& q) {
  auto court_after = [&](std::size_t i) {  // "the Supreme Court" starting at word i
    if (i < words.size() && words[i].lower == "the") ++i;
    return i < words.size() ? word_court[i] : std::string();
  };
  if (head_at < words.size()) {
    for (std::size_t i = head_at; i > 0;) {
      --i;
      const std::string& w = words[i].lower;
      if (!word_court[i].empty()) {
        if (q.head_court.empty()) q.head_court = word_court[i];
        continue;
      }
      if (is_wh(w) || is_auxiliary(w) || w == "'s" || in_lexicon("determiner", w) || in_lexicon("imperative", w) ||
          words[i].capitalized || is_stopword(w)) {
        break;
      }
      q.head_modifiers.insert(q.head_modifiers.begin(), w);
    }
    if (q.head_court.empty() && head_at + 1 < words.size() && one_of(words[head_at + 1].lower, {"of", "on", "from", "at"})) {
      q.head_court = court_after(head_at + 2);
    }
    // "In which agency's facilities": what the answer owns or runs.
    if (head_at + 2 < words.size() && words[head_at + 1].lower == "'s" && !is_stopword(words[head_at + 2].lower) &&
        !is_auxiliary(words[head_at + 2].lower) && !words[head_at + 2].capitalized) {
      q.possessed = words[head_at + 2].lower;
    }
  }
  if (q.head_court.empty() && wh < words.size() && one_of(q.head, {"who", "whom"}) && wh + 1 < words.size() &&
      one_of(words[wh + 1].lower, {"on", "of", "from", "among"})) {
    q.head_court = court_after(wh + 2);
  }
}

}  // namespace

// "Ltd", "Inc": a legal form is no one's role. "Defendant, Appellant": a
// party's side in a caption is its role in the case, not the title or
// position a question asks for ("What was the title of the prosecutor").
bool accepts_role(const QuestionAnalysis& q, std::string_view text) {
  const std::vector<Word> words = words_of(text);
  if (words.empty()) return false;
  const auto& lists = names::NameLists::instance();
  const bool legal_form = std::all_of(words.begin(), words.end(), [&](const Word& w) {
    const std::string written(text.substr(w.start, w.end - w.start));
    return lists.is_org_suffix(written) || lists.is_org_suffix(written + ".");
  });
  if (legal_form) return false;
  const bool asks_office = one_of(q.head_noun, {"title", "position", "office", "post", "job", "rank"});
  const bool sides_only = std::all_of(words.begin(), words.end(), [](const Word& w) {
    return in_lexicon("party_side", w.lower) || w.lower == "and";
  });
  return !(asks_office && sides_only);
}

bool accepts_type(const QuestionAnalysis& q, std::string_view type) {
  if (q.answer_entity_types.empty()) {
    return !one_of(type, {"figure", "money", "date", "document"});
  }
  return std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), type) != q.answer_entity_types.end();
}

namespace {

// "an identification number issued in 2008", "filed on March 3": the
// question itself dates the event whose phrase ends before word `at`; it
// describes what is asked, whose date is another.
bool dated_in_question(const std::vector<Word>& words, std::size_t at) {
  if (at + 1 >= words.size() || !one_of(words[at].lower, {"in", "on", "before", "after", "during"})) return false;
  const std::string& next = words[at + 1].lower;
  const bool year = next.size() == 4 && std::all_of(next.begin(), next.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return year || one_of(next, {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                               "october", "november", "december"});
}

// The date role a question's words ask for: the phrases the extractor reads
// before a date in the documents ("enacted", "take effect", "became law"),
// looked up in the same table; the longest phrase wins, the first at a tie.
// A condition's verb is not what the question dates: "When does the
// appropriation lapse if no full-year funding is enacted first?" asks no
// enactment date; the reading stops at the condition.
std::string date_role_of(const std::vector<Word>& words) {
  const figures::DateVocabulary& vocabulary = figures::date_vocabulary();
  std::string role;
  std::size_t longest = 0;
  bool after_auxiliary = false;  // a "did", "does" or "do" before word i
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && one_of(words[i].lower, {"if", "unless", "whether"})) break;
    if (i > 0 && one_of(words[i - 1].lower, {"did", "does", "do"})) after_auxiliary = true;
    std::string phrase;
    for (std::size_t n = 1; n <= vocabulary.max_role_words && i + n <= words.size(); ++n) {
      if (n > 1) phrase += ' ';
      phrase += words[i + n - 1].lower;
      auto it = vocabulary.roles.find(phrase);
      // "When did the President sign the law": the role table writes the
      // participle ("signed"); the question, after "did", the base form.
      if (it == vocabulary.roles.end() && n == 1 && after_auxiliary) {
        for (const std::string& form : inflections(words[i].lower)) {
          if (auto past = vocabulary.roles.find(form); past != vocabulary.roles.end()) it = past;
        }
      }
      if (it != vocabulary.roles.end() && n > longest && !dated_in_question(words, i + n)) {
        role = it->second;
        longest = n;
      }
    }
  }
  if (!role.empty()) return role;
  // "What is the approval date of H.R. 1068", "the date of its enactment":
  // a question names the act by its noun, which documents do not write
  // before a date (so the extractor's table lacks it).
  static constexpr std::pair<std::string_view, std::string_view> kRoleNouns[] = {
      {"approval", "approved"}, {"enactment", "enacted"}, {"signing", "signed"}, {"publication", "published"},
      {"issuance", "issued"},   {"filing", "filed"}};
  for (const Word& w : words) {
    if (one_of(w.lower, {"if", "unless", "whether"})) break;
    for (const auto& [noun, noun_role] : kRoleNouns)
      if (w.lower == noun) return std::string(noun_role);
  }
  return role;
}

// The bound a question asks a figure for: "minimum", "at least" ->
// minimum; "maximum", "longest", "up to" -> maximum; "" when it names none
// or both.
std::string bound_of(const std::vector<Word>& words) {
  bool minimum = false, maximum = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    // "the price offered above the ceiling": a bound the answer is compared
    // with, not the bound asked for.
    std::size_t before = i;
    if (before > 0 && one_of(words[before - 1].lower, {"the", "a", "its", "their", "that"})) --before;
    if (before > 0 && one_of(words[before - 1].lower, {"above", "below", "over", "under", "beyond", "exceeding",
                                                        "exceeded", "exceeds", "than", "within"})) {
      continue;
    }
    const std::string pair = i + 1 < words.size() ? w + ' ' + words[i + 1].lower : "";
    minimum = minimum || in_lexicon("asks_minimum", w) || (!pair.empty() && in_lexicon("asks_minimum", pair));
    maximum = maximum || in_lexicon("asks_maximum", w) || (!pair.empty() && in_lexicon("asks_maximum", pair));
  }
  if (minimum == maximum) return "";
  return minimum ? "minimum" : "maximum";
}

}  // namespace

// "in Bais Yaakov of Spring Valley v. FCC": the extractor reads the agency,
// the name scan the other party; the two with the "v." between them are
// one case, and the agency is no entity of the question by itself (it may
// be the answer: "which agency issued the rule held unlawful in X v. FCC").
void join_caption_parties(const std::string& text, const KnowledgeGraph* graph, QuestionAnalysis& q) {
  for (std::size_t a = 0; a < q.entities.size(); ++a) {
    for (std::size_t b = 0; b < q.entities.size(); ++b) {
      if (a == b || q.entities[a].type == "case" || q.entities[b].type == "case") continue;
      const std::string caption = q.entities[a].text + " v. " + q.entities[b].text;
      if (text.find(caption) == std::string::npos) continue;
      QuestionEntity joined{caption, "", "case", {}, {}};
      if (graph) {
        for (VertexId v : graph->find_by_name(caption)) {
          const GraphVertex& vx = graph->storage()[v];
          if (vx.type != "case") continue;
          joined.id = vx.id;
          break;
        }
      }
      add_graph_aliases(joined, graph);
      if (joined.id.empty() && q.answer_type != "role") add_party_aliases(joined);
      q.entities.erase(q.entities.begin() + static_cast<std::ptrdiff_t>(std::max(a, b)));
      q.entities.erase(q.entities.begin() + static_cast<std::ptrdiff_t>(std::min(a, b)));
      q.entities.push_back(std::move(joined));
      return;
    }
  }
}

namespace {

// "Clausen v. Sea-3, Inc. (1st Cir. 1994)", "Kowal v. Reich (1st Cir. No.
// 93-2193)": the court at [start, end) opens a parenthetical right after a
// caption's last word, and only a year or a docket number follows it there.
bool in_citation_parenthetical(std::string_view text, std::size_t start, std::size_t end) {
  if (start < 3 || text[start - 1] != '(' || text[start - 2] != ' ') return false;
  const char before = text[start - 3];
  if (!std::isalnum(static_cast<unsigned char>(before)) && before != '.') return false;
  // A caption ends there: "v." (or "In re", "Ex parte") in the words before, within the clause.
  constexpr std::size_t kCaptionReach = 100;
  const std::size_t from = start > kCaptionReach ? start - kCaptionReach : 0;
  std::string_view lead = text.substr(from, start - from);
  if (const std::size_t stop = lead.find_last_of(";?"); stop != std::string_view::npos) lead.remove_prefix(stop + 1);
  if (find_word(lead, "v.") == std::string_view::npos && find_word(lead, "v") == std::string_view::npos &&
      find_word(lead, "vs.") == std::string_view::npos && find_word(lead, "in re", 0, true) == std::string_view::npos &&
      find_word(lead, "ex parte", 0, true) == std::string_view::npos) {
    return false;
  }
  const std::size_t close = text.find(')', end);
  if (close == std::string_view::npos) return false;
  for (const Word& w : words_of(text.substr(end, close - end))) {
    if (!std::isdigit(static_cast<unsigned char>(w.lower[0])) && !one_of(w.lower, {"no", "nos"})) return false;
  }
  return true;
}

}  // namespace

QuestionAnalysis analyze_question(std::string_view question, const KnowledgeGraph* graph) {
  QuestionAnalysis q;
  q.question = std::string(question);

  // The entities, read exactly as the documents were.
  Document doc;
  doc.id = "question";
  std::size_t read = std::min(question.size(), kMaxQuestionBytes);
  while (read > 0 && read < question.size() && (static_cast<unsigned char>(question[read]) & 0xC0) == 0x80) --read;
  doc.text = std::string(question.substr(0, read));
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
  // The court each word names, if any ("which Ninth Circuit judges").
  std::vector<std::string> word_court(words.size());
  auto mark_court = [&](std::size_t start, std::size_t end, const std::string& id) {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i].start < end && words[i].end > start) word_court[i] = id;
    }
  };
  for (const auto& m : x.mentions) {
    // Figures, dates and orders are local to one text: a question's "preliminary
    // injunction" is not the same order as any document's, so its words stay terms.
    if (one_of(m.type, {"figure", "money", "date", "order"})) continue;
    cover(m.start, m.end);
    if (m.type == "court" && in_citation_parenthetical(text, m.start, m.end)) {
      q.citation_court = m.entity;
      continue;
    }
    auto already = std::find_if(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) { return e.id == m.entity; });
    if (already != q.entities.end()) {
      if (m.type == "court") mark_court(m.start, m.end, already->id);
      continue;
    }
    QuestionEntity e{text.substr(m.start, m.end - m.start), m.entity, m.type, {}, {}};
    // "Reed's forfeiture": a party's name, not the famous case of the same
    // short name the extractor knows ("Reed" -> Reed v. Reed).
    if (m.type == "case" && possessive_at(text, m.end) && !names_a_case(e.text)) {
      e.id.clear();
      e.type = "name";
    }
    add_graph_aliases(e, graph);
    if (m.type == "statute") {
      // "section 7431" is written "§ 7431" in the texts.
      std::string number;  // the section: the last number ("18 U.S.C. § 1001" -> 1001)
      for (const auto& w : words_of(e.text)) {
        if (std::isdigit(static_cast<unsigned char>(w.lower[0]))) number = w.lower;
      }
      if (number.size() >= 3) e.aliases.push_back("§ " + number);
    }
    if (m.type == "court") mark_court(m.start, m.end, e.id);
    q.entities.push_back(std::move(e));
  }

  // The wh-phrase and the head noun.
  std::size_t wh = 0;
  while (wh < words.size() && !is_wh(words[wh].lower)) ++wh;
  // "When a statute demands a hearing, which provisions apply?": an opening
  // clause's "when" or "where" sets the scene; the question proper follows
  // its comma.
  // ("When did the court, which sat in Boston, rule?" asks when.)
  if (wh == 0 && words.size() > 2 && one_of(words[0].lower, {"when", "where"}) &&
      !is_auxiliary(words[1].lower) && !one_of(words[1].lower, {"must", "shall"})) {
    for (std::size_t i = 2; i < words.size(); ++i) {
      if (!one_of(words[i].lower, {"which", "what", "who", "whom"})) continue;
      if (comma_before(text, words[i])) {
        wh = i;
        taken[0] = true;
      }
      break;
    }
  }
  // "In United States v. Doe, the appeal of a witness who refused to testify,
  // under which statute did the court find ...": the question's own wh-word
  // comes after the relative clauses.
  while (opens_relative_clause(text, words, wh)) {
    std::size_t later = wh + 1;
    while (later < words.size() && !is_wh(words[later].lower)) ++later;
    if (later == words.size()) break;
    wh = later;
  }
  // "Name the trial judge ...", "Name the district judge who signed ...": an
  // imperative asks as "which" does, and its head noun decides, not a
  // relative "who" or "whose" after it. Politeness may come first ("Please
  // name ...", "Can you identify ...").
  std::size_t verb = 0;
  while (verb < words.size() && verb < 3 && in_lexicon("polite", words[verb].lower)) ++verb;
  const bool imperative = verb + 1 < words.size() && in_lexicon("imperative", words[verb].lower) &&
                          (wh == words.size() || in_lexicon("determiner", words[verb + 1].lower) ||
                           head_noun_of(words[verb + 1].lower));
  if (imperative) {
    wh = verb;
    for (std::size_t k = 0; k < verb; ++k) taken[k] = true;
  }
  std::size_t head_word = words.size();
  const HeadNoun* chosen_head = nullptr;
  std::size_t head_at = words.size();  // the head noun's word, however found
  std::vector<std::string> preferred;  // types to rank first, when not the head's
  bool agent_whom = false;             // "by whom was it granted": a passive's agent
  if (wh < words.size()) {
    taken[wh] = true;
    const std::string& w = imperative ? std::string("which") : words[wh].lower;
    const std::string next = wh + 1 < words.size() ? words[wh + 1].lower : "";
    const std::string after_next = wh + 2 < words.size() ? words[wh + 2].lower : "";
    // "How much past due rent was owed": the thing measured is the noun
    // phrase after "how much", whose money word may come after modifiers.
    std::size_t money_at = words.size();
    for (std::size_t i = wh + 2; i < words.size() && i <= wh + 5; ++i) {
      if (taken[i] || is_auxiliary(words[i].lower) || in_lexicon("not_money", words[i].lower)) break;
      const HeadNoun* named = head_noun_of(words[i].lower);
      if (named && named->answer_type == "money") money_at = i;
    }
    const bool money_named_after = money_at < words.size();
    if (w == "how" && next == "much" && !after_next.empty() && !taken[wh + 2] && !in_lexicon("not_money", after_next) &&
        !money_named_after) {
      // "How much ethanol is in the fuel": a quantity of a thing, not money.
      // The thing is a word to search for, not a unit of the figure.
      taken[wh + 1] = true;
      q.head = "how much";
      q.answer_type = "figure";
      q.answer_entity_types = {"figure"};
    } else if (w == "how" && (next == "many" || next == "much")) {
      taken[wh + 1] = true;
      q.head = "how " + next;
      // "How many dollars": an amount of money, counted.
      const bool dollars = next == "many" && one_of(after_next, {"dollars", "dollar"});
      q.answer_type = next == "many" && !dollars ? "figure" : "money";
      q.answer_entity_types = next == "many" && !dollars ? std::vector<std::string>{"figure"} : std::vector<std::string>{"money", "figure"};
      std::size_t unit_at = next == "much" && money_named_after ? money_at : wh + 2;
      // "How many separate offenses": the offenses are counted.
      while (next == "many" && unit_at + 1 < words.size() && !taken[unit_at] &&
             in_lexicon("count_modifier", words[unit_at].lower)) {
        ++unit_at;
      }
      // "How much of the blame": a part of something, no unit.
      if (unit_at < words.size() && !is_auxiliary(words[unit_at].lower) && !taken[unit_at] &&
          words[unit_at].lower != "of") {
        q.unit = words[unit_at].lower;
        head_word = unit_at;
      }
    } else if (w == "how" && in_lexicon("how_often", next)) {
      // "How often did ICE ask": a count of times.
      taken[wh + 1] = true;
      q.head = "how " + next;
      q.answer_type = "figure";
      q.answer_entity_types = {"figure"};
      q.unit = "times";
    } else if (w == "how" && next == "long") {
      // "how long ... to respond": a period, counted in days, months, years.
      taken[wh + 1] = true;
      q.head = "how long";
      q.answer_type = "figure";
      q.answer_entity_types = {"figure"};
    } else if (w == "how" && in_lexicon("how_degree", next)) {
      // "How large was the fine", "how old was the debtor": a quantity;
      // money when a money noun follows.
      taken[wh + 1] = true;
      q.head = "how " + next;
      q.answer_type = "figure";
      q.answer_entity_types = {"figure"};
      // The subject's noun phrase: "how large was the Shreveport bank's loan to ...".
      for (std::size_t i = wh + 2; i < words.size() && i <= wh + 7; ++i) {
        if (i > wh + 2 && one_of(words[i].lower, {"of", "to", "in", "for", "against", "by", "on", "from", "with", "that"})) break;
        const HeadNoun* found = taken[i] ? nullptr : head_noun_of(words[i].lower);
        // "How large was the judgment", "how big a settlement", "how large
        // must the processing charge be": its amount. (Elsewhere a charge
        // is as often an offense.)
        const bool sized_in_money =
            !taken[i] && one_of(words[i].lower, {"judgment", "verdict", "settlement", "charge", "charges"});
        if ((found && found->answer_type == "money") || sized_in_money) {
          q.answer_type = "money";
          q.answer_entity_types = {"money", "figure"};
          q.head_noun = words[i].lower;
          break;
        }
      }
    } else if (w == "how" && one_of(next, {"did", "does", "do"}) &&
               std::any_of(words.begin() + static_cast<std::ptrdiff_t>(wh + 2), words.end(),
                           [](const Word& x) { return in_lexicon("disposal_verb", x.lower); })) {
      // "How did the trial court dispose of the suit": by what ruling, an order.
      q.head = "how ... dispose";
      q.answer_type = "order";
      q.answer_entity_types = {"order"};
    } else if (w == "when") {
      q.head = "when";
      q.answer_type = "date";
      q.answer_entity_types = {"date"};
    } else if (w == "where") {
      // "Where was the suit filed": a court. Other "where" questions ask
      // for a place, which no answer type covers.
      q.head = "where";
      for (std::size_t i = wh + 1; i < words.size(); ++i) {
        if (in_lexicon("court_act", words[i].lower)) {
          q.answer_type = "court";
          q.answer_entity_types = {"court"};
        } else if (in_lexicon("where_organization", words[i].lower)) {
          // "Where did the consultant work", "where was the boy hospitalized": an employer, a hospital.
          q.answer_type = "organization";
          q.answer_entity_types = {"organization", "agency"};
        } else if (in_lexicon("where_statute", words[i].lower)) {
          // "Where in Title 18 is the term defined": a Code section.
          q.answer_type = "statute";
          q.answer_entity_types = {"statute"};
        } else {
          continue;
        }
        break;
      }
    } else if (w == "which" || w == "what" || w == "whose") {
      // The head noun: the type word among the next few ("which federal judge"),
      // the last of a compound ("which district court order" asks for an
      // order); names are modifiers ("which Ninth Circuit judges").
      // Within six words, names not counted ("Name the U.S. District Court
      // for Hawaii judge").
      auto take_head = [&](std::size_t at, const HeadNoun* noun) {
        q.head = q.head_noun = words[at].lower;
        q.answer_type = noun->answer_type;
        q.answer_entity_types = noun->entity_types;
        chosen_head = noun;
        head_word = head_at = at;
      };
      // "Whose dissent did the court quote", "whose concurrence": a judge's.
      const bool whose_opinion = w == "whose" && wh + 1 < words.size() && in_lexicon("opinion_kind", words[wh + 1].lower);
      if (whose_opinion) {
        const HeadNoun* judge = head_noun_of("judge");
        if (judge) take_head(wh + 1, judge);
      }
      // "Whose agents seized the men", "whose officers": the body they serve.
      const bool whose_staff = w == "whose" && wh + 1 < words.size() && in_lexicon("staff", words[wh + 1].lower);
      if (whose_staff) {
        if (const HeadNoun* agency = head_noun_of("agency")) {
          take_head(wh + 1, agency);
          q.answer_entity_types = {"agency", "organization"};
        }
      }
      for (std::size_t i = wh + 1, seen = 0; i < words.size() && seen < 6 && !whose_opinion && !whose_staff; ++i) {
        if (!taken[i] && words[i].lower != "'s") ++seen;  // a possessive's mark is no word
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
        // "Which federal cause of action": the law that gives it.
        if (!found && words[i].lower == "cause" && phrase_at(words, i + 1, "of action")) {
          found = head_noun_of("statute");
          taken[i + 1] = taken[i + 2] = true;
        }
        // "What was the most the appeals court would let the mother recover":
        // after a bound, a noun a modal follows is its clause's subject, and
        // the bound is what is asked.
        if (found && i + 1 < words.size() &&
            one_of(words[i + 1].lower, {"would", "could", "can", "may", "might", "will", "should", "must"}) &&
            std::any_of(words.begin() + static_cast<std::ptrdiff_t>(wh + 1), words.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const Word& x) { return in_lexicon("asks_maximum", x.lower) || in_lexicon("asks_minimum", x.lower); }))
          break;
        // "Which other Title 5 provisions": a Code title by its number modifies the head.
        if (found && words[i].lower == "title" && i + 1 < words.size() &&
            std::isdigit(static_cast<unsigned char>(words[i + 1].lower[0])))
          continue;
        // "Which federal law enforcement body": "law" opens a compound
        // modifying the head that follows it.
        if (found && i + 1 < words.size() && in_lexicon("noun_compound", words[i].lower + " " + words[i + 1].lower)) {
          taken[i + 1] = true;
          continue;
        }
        // "What was the hotel owner's remaining liability": after an article, a
        // possessor modifies the head that follows ("which agency's rules" asks the possessor).
        // A compound before it ("the hotel owner's") is the possessor's too.
        if (found && i + 1 < words.size() && words[i + 1].lower == "'s" &&
            std::any_of(words.begin() + static_cast<std::ptrdiff_t>(wh + 1), words.begin() + static_cast<std::ptrdiff_t>(i),
                        [](const Word& x) { return one_of(x.lower, {"the", "a", "an"}); })) {
          if (head_word != words.size()) {
            q.head.clear();
            q.head_noun.clear();
            q.answer_type = "entity";
            q.answer_entity_types.clear();
            chosen_head = nullptr;
            head_word = head_at = words.size();
          }
          continue;
        }
        if (!found) {
          if (head_word != words.size()) break;
          continue;
        }
        // "Which official names the head of the office", "which judge
        // orders the release": a type word in -s after a singular head,
        // before an article, is the question's verb ("which district court
        // order the panel affirmed" keeps its compound).
        if (head_word == i - 1 && i + 1 < words.size() && words[i].lower.ends_with("s") &&
            !words[i - 1].lower.ends_with("s") &&
            one_of(words[i + 1].lower, {"the", "a", "an", "his", "her", "its", "their"})) {
          break;
        }
        // "What dollar figure", "what dollar amount": a figure counted in
        // money is an amount of money.
        // "What funding level", "what fee threshold": so is a figure of a sum.
        const HeadNoun* before = i > wh + 1 && !taken[i - 1] ? head_noun_of(words[i - 1].lower) : nullptr;
        if (found->answer_type == "figure" && i > wh + 1 && !taken[i - 1] &&
            (one_of(words[i - 1].lower, {"dollar", "dollars", "monetary", "cash"}) || (before && before->answer_type == "money"))) {
          found = head_noun_of("amount");
        }
        // "By what kind of decision did the court end the suit": a kind of
        // ruling, not a precedent.
        if (found->answer_type == "case" && i >= wh + 3 && words[i - 1].lower == "of" &&
            one_of(words[i - 2].lower, {"kind", "type", "sort", "form"})) {
          found = head_noun_of("ruling");
        }
        // "As what kind of specialist did he work": a person's role, not the person.
        if (one_of(found->answer_type, {"person", "judge"}) && i >= wh + 3 && words[i - 1].lower == "of" &&
            one_of(words[i - 2].lower, {"kind", "type", "sort"})) {
          found = head_noun_of("role");
        }
        // "Which financial institution": a private body, not a public one.
        if (found->answer_type == "agency" && i > wh + 1 && !taken[i - 1] &&
            in_lexicon("organization_kind", words[i - 1].lower)) {
          found = head_noun_of("organization");
        }
        // "At which public employer", "what government-owned utility": a
        // public body. ("A public company" is one whose shares trade.)
        if (found->answer_type == "organization" && i > wh + 1 && !taken[i - 1] &&
            in_lexicon("public_kind", words[i - 1].lower) &&
            !(words[i - 1].lower == "public" && one_of(words[i].lower, {"company", "companies", "corporation", "corporations"}))) {
          found = head_noun_of("agency");
        }
        // "Which staff members", "which board members": members of a body
        // other than a court are people; "which panel members" stay judges.
        if (found->answer_type == "judge" && one_of(words[i].lower, {"member", "members"}) && i > wh + 1 &&
            !taken[i - 1] && head_noun_of(words[i - 1].lower) && head_noun_of(words[i - 1].lower)->answer_type != "court")
          found = head_noun_of("person");
        take_head(i, found);
      }
      // "Whose rules allocate the frequencies", "whose motion was denied":
      // the rules' or the motion's owner is asked — the body making rules, the
      // party moving — not the rules or the motion.
      if (w == "whose" && !whose_opinion && chosen_head) {
        if (q.answer_type == "statute") {
          q.answer_type = "agency";
          q.answer_entity_types = {"agency", "organization"};
          chosen_head = nullptr;
        } else if (q.answer_type == "order" &&
                   one_of(q.head_noun, {"motion", "motions", "petition", "petitions", "request", "requests", "application",
                                        "applications", "filing", "filings"})) {
          // A party moves; a court's judgment or order is the court's ("whose
          // judgment did the Court reverse" asks for a court).
          q.answer_type = "person";
          q.answer_entity_types = {"person", "organization", "agency"};
          preferred = q.answer_entity_types;
          chosen_head = nullptr;
        } else if (one_of(q.answer_type, {"money", "figure", "date", "role", "name", "identifier"})) {
          // "Whose budget line may cover the fee", "whose deadline": its owner.
          q.answer_type = "entity";
          q.answer_entity_types = {"person", "organization", "agency", "judge"};
          preferred = q.answer_entity_types;
          chosen_head = nullptr;
        } else if (q.answer_type == "order" || (q.answer_type == "case" && one_of(q.head_noun, {"decision", "decisions"}))) {
          // "Whose decision did the court vacate": a court's, or an agency's
          // (the Board of Immigration Appeals decides too).
          q.answer_type = "court";
          q.answer_entity_types = {"court", "judge", "agency"};
          preferred = q.answer_entity_types;
          chosen_head = nullptr;
        }
      }
      // "With whose reporting and bookkeeping requirements does the railway
      // comply": requirements no head noun types are a body's, which makes them.
      if (w == "whose" && !whose_opinion && !chosen_head) {
        for (std::size_t i = wh + 1; i < words.size() && i <= wh + 4 && !is_auxiliary(words[i].lower); ++i) {
          if (!in_lexicon("agency_object", words[i].lower)) continue;
          q.answer_type = "agency";
          q.answer_entity_types = {"agency", "organization"};
          break;
        }
      }
      // "Whose sign-off did the transfer need", "on whose behalf": a noun no
      // head types belongs to someone: a person, a body, a judge.
      if (w == "whose" && !whose_opinion && !chosen_head && q.answer_type == "entity") {
        q.answer_entity_types = {"person", "organization", "agency", "judge"};
        preferred = q.answer_entity_types;
        // The passage names the owner by the noun: "without the approval of
        // the Secretary", "the Secretary's approval".
        if (wh + 1 < words.size() && !words[wh + 1].capitalized && !is_stopword(words[wh + 1].lower) &&
            !is_auxiliary(words[wh + 1].lower))
          q.possessed = words[wh + 1].lower;
      }
      // "What did the 1928 franchise tax amount to": the verb asks an amount.
      if (w == "what" && !chosen_head) {
        for (std::size_t i = wh + 1; i + 1 < words.size(); ++i) {
          if (!one_of(words[i].lower, {"amount", "amounts", "amounted"}) || words[i + 1].lower != "to") continue;
          if (const HeadNoun* amount = head_noun_of("amount")) take_head(i, amount);
          break;
        }
      }
      // "What was the total cash surrender value", "the total amount": a total
      // of what the noun after it names.
      if (head_word != words.size() && one_of(q.head_noun, {"total", "totals"})) {
        for (std::size_t j = head_word + 1; j < words.size() && j <= head_word + 4; ++j) {
          if (is_auxiliary(words[j].lower) || one_of(words[j].lower, {"of", "for", "in", "to", "by", "that"})) break;
          if (const HeadNoun* named = head_noun_of(words[j].lower)) {
            take_head(j, named);
            break;
          }
        }
      }
      // "What number of airports", "the count of arrests": a count of that
      // unit, as "how many airports" asks ("the number of the patent" is an
      // identifier, below).
      if (head_word + 2 < words.size() && one_of(q.head_noun, {"number", "count"}) && q.unit.empty() &&
          words[head_word + 1].lower == "of" && !words[head_word + 2].capitalized && !is_auxiliary(words[head_word + 2].lower) &&
          !one_of(words[head_word + 2].lower, {"the", "a", "an", "this", "that", "its", "his", "her", "their"})) {
        q.unit = words[head_word + 2].lower;
      }
      // "Which state's highest court", "which of the petitioner's requests":
      // the court, the party's request is asked for, named by whose it is.
      // Not "which district judge's order was appealed", "which agency's
      // regulation", "in which agency's facilities": the owner is asked.
      if (head_word + 2 < words.size() && words[head_word + 1].lower == "'s") {
        for (std::size_t j = head_word + 2; j < words.size() && j <= head_word + 4; ++j) {
          if (is_auxiliary(words[j].lower) || words[j].capitalized) break;
          const HeadNoun* owned = head_noun_of(words[j].lower);
          if (!owned) continue;
          const bool party_request = owned->answer_type == "order" && q.answer_type == "person";
          if (owned->answer_type == "court" || party_request) take_head(j, owned);
          break;
        }
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
      // "What is the name of the judge": the noun named, not the name.
      if (head_word != words.size() && q.answer_type == "name" && head_word + 2 < words.size() &&
          words[head_word + 1].lower == "of") {
        for (std::size_t j = head_word + 2; j < words.size() && j <= head_word + 4; ++j) {
          const HeadNoun* named = head_noun_of(words[j].lower);
          if (!named) continue;
          take_head(j, named);
          break;
        }
      }
      // "Which joint resolution", "what bill": a bill known by its number.
      if (head_word != words.size() && q.answer_type == "identifier" && q.identifier_of.empty()) {
        q.identifier_of = q.head_noun.ends_with('s') ? q.head_noun.substr(0, q.head_noun.size() - 1) : q.head_noun;
      }
      // "What is the docket number", "which patent number", "the number of
      // the Ellis Patent", "the bill designation": an identifier ("No.
      // 1,830,428"), not a count; "the number of patents" counts.
      const bool labelled = head_word != words.size() && head_word > 0 && q.head_noun == "designation" &&
                            in_lexicon("identifier_kind", words[head_word - 1].lower);
      if (head_word != words.size() && (one_of(q.head_noun, {"number", "no"}) || labelled)) {
        std::string kind;
        if (head_word > 0 && in_lexicon("identifier_kind", words[head_word - 1].lower)) {
          kind = words[head_word - 1].lower;
        } else if (head_word + 3 < words.size() && words[head_word + 1].lower == "of" &&
                   one_of(words[head_word + 2].lower, {"the", "this", "that", "its", "his", "her", "their"})) {
          for (std::size_t j = head_word + 3; j < words.size() && j <= head_word + 6; ++j) {
            if (in_lexicon("identifier_kind", words[j].lower)) {
              kind = words[j].lower;
              break;
            }
          }
        }
        if (!kind.empty()) {
          q.answer_type = "identifier";
          q.identifier_of = kind;
          q.answer_entity_types = one_of(kind, {"docket", "case"}) ? std::vector<std::string>{"docket"} : std::vector<std::string>{};
          chosen_head = nullptr;
        }
      }
      // "What is the short title of the Act": the name it may be cited by.
      if (head_word != words.size() && head_word > 0 && q.head_noun == "title" &&
          one_of(words[head_word - 1].lower, {"short", "popular", "official", "other", "alternative", "alternate"})) {
        q.answer_type = "name";
        q.answer_entity_types = {};
        chosen_head = nullptr;
      }
      // "Which political party", "what party were the officials affiliated
      // with": a party of politics is an organization, not a side of a case.
      if (head_word != words.size() && one_of(q.head_noun, {"party", "parties"}) &&
          ((head_word > 0 && words[head_word - 1].lower == "political") ||
           std::any_of(words.begin() + static_cast<std::ptrdiff_t>(head_word), words.end(), [](const Word& x) {
             return one_of(x.lower, {"affiliated", "affiliation", "belonged", "belong", "belongs"});
           }))) {
        q.answer_type = "organization";
        q.answer_entity_types = {"organization"};
        chosen_head = nullptr;
      }
      // "What is the term for the order ... concluding that an alien is
      // deportable": the word a law uses for what it defines, not a term of
      // years (that is "what term of imprisonment", "what prison term").
      if (head_word != words.size() && q.head_noun == "term" && head_word + 1 < words.size() &&
          one_of(words[head_word + 1].lower, {"for", "used"})) {
        q.answer_type = "name";
        q.answer_entity_types = {};
        q.unit.clear();
        q.unit_category.clear();
        chosen_head = nullptr;
      }
      // "What is the clinic to be called", "what was the act known as": a
      // name. The naming verb in the passive ("be called"), not a
      // participle after a noun ("the defendant named in the indictment").
      // After the copula the noun is the subject named ("What is the clinic
      // in Dover to be called"), not the head.
      const bool copula = one_of(words[wh + 1 < words.size() ? wh + 1 : wh].lower, {"is", "was", "are", "were"});
      const bool subject_after_copula = copula && head_word < words.size() && head_word == wh + 3 && words[wh + 2].lower == "the";
      if ((head_word == words.size() || subject_after_copula) && w == "what") {
        for (std::size_t i = wh + 2; i < words.size(); ++i) {
          // "What was the program known as?": the copula first, the verb last.
          const bool last = i + 1 == words.size() || (i + 2 == words.size() && words[i + 1].lower == "as");
          if (!one_of(words[i - 1].lower, {"be", "is", "was", "are", "were", "been"}) && !(copula && last)) continue;
          if (!one_of(words[i].lower, {"called", "named", "renamed", "titled", "entitled", "dubbed"}) &&
              !(words[i].lower == "known" && i + 1 < words.size() && words[i + 1].lower == "as")) {
            continue;
          }
          q.head = "what ... " + words[i].lower;
          q.answer_type = "name";
          q.answer_entity_types = {};
          chosen_head = nullptr;
          head_word = i;
          break;
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
      // "What did Hinson ask the court for", "what did the government seek":
      // a party's request, which a court grants or denies as it does orders.
      if (head_word == words.size() && w == "what" && wh + 1 < words.size() && one_of(words[wh + 1].lower, {"did", "does", "do"})) {
        for (std::size_t i = wh + 2; i < words.size(); ++i) {
          if (words[i].capitalized) continue;
          // "his habeas petition", "the request": a noun, not the verb.
          const bool noun_before = one_of(words[i - 1].lower, {"the", "a", "an", "his", "her", "its", "their", "our", "this",
                                                               "that", "'s"}) ||
                                   (i >= wh + 3 && !words[i - 1].capitalized && one_of(words[i].lower, {"request", "petition"}) &&
                                    !one_of(words[i - 1].lower, {"did", "does", "do", "not", "also", "then", "first", "later"}));
          if (!noun_before && one_of(words[i].lower, {"ask", "request", "seek", "move", "petition", "apply"})) {
            q.head = "what ... " + words[i].lower;
            q.answer_type = "order";
            q.answer_entity_types = {"order"};
            head_word = i;
            break;
          }
        }
      }
      if (head_word == words.size() && w == "what") {
        for (std::size_t i = wh + 1; i < words.size(); ++i) {
          // "under Rule 38": a rule cited by its name, not the court's verb.
          if (words[i].capitalized) continue;
          // "What did the district court order on Count Two, after the jury
          // found him guilty": the court's act, an order ("ordered an
          // acquittal"); the verb of a later clause is not the question's.
          const bool verb_position =
              !one_of(words[i - 1].lower, {"the", "a", "an", "his", "her", "its", "their", "this", "that", "'s"});
          if (verb_position && one_of(words[i].lower, {"order", "enter"}) &&
              one_of(words[wh + 1].lower, {"did", "does", "do"})) {
            q.head = "what ... " + words[i].lower;
            q.answer_type = "order";
            q.answer_entity_types = {"order"};
            head_word = i;
            break;
          }
          if (one_of(words[i].lower, {"decide", "decided", "hold", "held", "rule", "ruled", "conclude", "concluded", "find", "found"})) {
            q.head = "what ... " + words[i].lower;
            q.answer_type = "holding";
            q.answer_entity_types = {};
            head_word = i;
            break;
          }
        }
      }
      // "What does Catherine Vernon do in the case?": her role, as "who is
      // Catherine Vernon" asks. The verb "do" itself, past a name.
      if (head_word == words.size() && w == "what" && wh + 2 < words.size() &&
          one_of(words[wh + 1].lower, {"does", "did"}) && words[wh + 2].capitalized) {
        for (std::size_t i = wh + 3; i < words.size(); ++i) {
          if (words[i].lower != "do") continue;
          q.head = "what ... do";
          q.answer_type = "role";
          q.answer_entity_types = {};
          head_word = i;
          break;
        }
      }
    } else if (w == "who" || w == "whom") {
      // "By whom was the stay granted": the agent, asked as "who granted it".
      agent_whom = w == "whom" && wh > 0 && words[wh - 1].lower == "by";
      q.head = agent_whom ? "who" : w;
    }
  }
  if (head_word < words.size()) taken[head_word] = true;

  // A dissent: "dissented", "disagreed", "did not join" (not a negated
  // relation: the judge disagreed), and "would have upheld" (the position a
  // dissent takes). Its words are not the relation's cue.
  std::vector<bool> dissent_words(words.size(), false);
  std::string dissent_said;  // the question's words for it
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t longest = 0;
    for (const auto& phrase : lexicon("dissent")) longest = std::max(longest, phrase_length_at(words, i, phrase));
    if (longest == 0 || taken[i]) continue;
    q.dissent = true;
    if (dissent_said.empty()) dissent_said = text.substr(words[i].start, words[i + longest - 1].end - words[i].start);
    for (std::size_t k = i; k < i + longest; ++k) taken[k] = dissent_words[k] = true;
    i += longest - 1;
  }
  // A judge who did not sit: "sat out", "did not participate", "recused"
  // (not a negated relation either). The opinion says "took no part".
  std::string abstention_said;
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::size_t longest = 0;
    for (const auto& phrase : lexicon("abstain")) longest = std::max(longest, phrase_length_at(words, i, phrase));
    if (longest == 0 || taken[i]) continue;
    if (abstention_said.empty()) abstention_said = text.substr(words[i].start, words[i + longest - 1].end - words[i].start);
    for (std::size_t k = i; k < i + longest; ++k) taken[k] = dissent_words[k] = true;
    i += longest - 1;
  }
  bool counterfactual = false;  // "would have upheld"
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    for (const auto& phrase : lexicon("counterfactual")) {
      if (phrase_at(words, i, phrase)) counterfactual = true;
    }
  }
  // "Who assented to the judgment ... that the State had not agreed to be
  // sued": a concurring judge, whom a verb describing the case does not change.
  q.concurrence = std::any_of(words.begin(), words.end(), [](const Word& w) { return in_lexicon("concur", w.lower); });
  q.counterfactual = counterfactual;

  // The relation cue. Words between the wh-word and the head noun modify
  // the head ("which appeals court", "which stay order"), and a participle
  // right after it describes it ("which decision refusing relief was left
  // intact"): the main verb is the cue when there is one.
  std::vector<bool> not_main = taken;
  if (head_word < words.size()) {
    for (std::size_t i = wh + 1; i < head_word; ++i) not_main[i] = true;
    if (head_word + 1 < words.size() && words[head_word + 1].lower.ends_with("ing")) not_main[head_word + 1] = true;
  }
  // "the appeals court", "the stay panel": a noun naming a court, not a
  // verb; so is a word after an article ("was the stay granted").
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size() &&
        one_of(words[i + 1].lower, {"court", "courts", "panel", "panels", "tribunal", "judge", "judges"})) {
      not_main[i] = true;
    }
    if (i > 0 && one_of(words[i - 1].lower, {"the", "a", "an", "its", "their", "his", "her", "this"})) not_main[i] = true;
  }
  // "as given in the notice", "as stated by the court": a participle after
  // "as" points to where the answer is written, not to the relation asked
  // ("as applied in" is left alone: applying a statute is a relation).
  std::vector<bool> cue_taken = taken;
  for (std::size_t i = 1; i < words.size(); ++i) {
    const bool points = i + 1 == words.size() || one_of(words[i + 1].lower, {"in", "by", "at", "on", "out", "forth", "above", "below"});
    if (words[i - 1].lower == "as" && points && in_lexicon("source_pointer", words[i].lower)) not_main[i] = cue_taken[i] = true;
  }
  // "In the Villa Marina Yacht Harbor appeal, on what date did the bank
  // file": an opening phrase up to its comma names the case the question is
  // about, not the relation asked.
  if (!words.empty() && words[0].lower == "in" && wh < words.size()) {
    for (std::size_t i = 1; i < wh && !comma_before(text, words[i]); ++i) not_main[i] = cue_taken[i] = true;
  }
  // "the Court of Appeals", "the Board of Immigration Appeals": a
  // capitalized word in a body's name is no verb of the question.
  for (std::size_t i = 2; i < words.size(); ++i) {
    if (!words[i].capitalized) continue;
    for (std::size_t k = i - 1; k > 0 && k + 3 >= i; --k) {
      if (words[k].lower != "of") {
        if (!words[k].capitalized) break;
        continue;
      }
      if (one_of(words[k - 1].lower, {"court", "courts", "board", "office", "department", "division", "bureau"}))
        not_main[i] = cue_taken[i] = true;
      break;
    }
  }
  // "the hospital's 70 percent share": after a quantity a cue word is a
  // noun, never the relation asked. (After a possessive or a year it may
  // be the relation's noun: "at the plaintiff's request", "the 1994 appeal".)
  for (std::size_t i = 1; i < words.size(); ++i) {
    const std::string& before = words[i - 1].lower;
    const bool quantity = before == "percent" || (!before.empty() && std::isdigit(static_cast<unsigned char>(before.back())) &&
                                                  !is_year_word(before));
    if (quantity) not_main[i] = cue_taken[i] = true;
  }
  // "Who started the removal case, whose petition the First Circuit
  // dismissed?": a clause set off by a comma and opened by "whose" or
  // "which" tells which case is meant; its verb is the relation only when
  // the question has no other, and then it does not say who acts.
  std::vector<bool> in_aside(words.size(), false);
  for (std::size_t i = 1; i < words.size(); ++i) {
    if (!one_of(words[i].lower, {"whose", "which"}) || i <= wh || !comma_before(text, words[i])) continue;
    for (std::size_t k = i; k < words.size() && (k == i || !comma_before(text, words[k])); ++k) {
      in_aside[k] = not_main[k] = true;
    }
  }
  // "besides granting summary judgment for the defendants, which motions
  // did the court deny": what the question sets aside is not the relation
  // asked, up to the comma that closes it.
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    const bool opens = one_of(words[i].lower, {"besides", "except"}) ||
                       (words[i].lower == "apart" && words[i + 1].lower == "from") ||
                       (words[i].lower == "other" && words[i + 1].lower == "than" && comma_before(text, words[i])) ||
                       (words[i].lower == "aside" && words[i + 1].lower == "from") ||
                       (words[i].lower == "in" && words[i + 1].lower == "addition" && i + 2 < words.size() &&
                        words[i + 2].lower == "to");
    if (!opens) continue;
    for (std::size_t k = i; k < words.size() && (k == i || !comma_before(text, words[k])); ++k) {
      not_main[k] = cue_taken[k] = true;
    }
  }
  CueMatch cue = find_cue(words, not_main);
  // A noun after an article ("the challenge to New York's tax") is the
  // relation only when the question has no verb of its own: "Which
  // Justices dissented in X, the challenge to ...?" asks the dissent.
  if (!cue.cue && !q.dissent) cue = find_cue(words, cue_taken);
  const bool cue_in_aside = cue.cue && in_aside[cue.word];
  // "Who adopted the 2006 requirement that faxes sent with permission carry
  // notices": an agency's act on its own rule is the relation asked; a cue
  // in the clause after it ("sent") only describes the rule.
  bool agency_rule_act = false;
  for (std::size_t i = wh + 1; i < words.size(); ++i) {
    if (taken[i] || is_auxiliary(words[i].lower)) continue;
    agency_rule_act = in_lexicon("agency_act", words[i].lower) && object_is_agency_rule(words, i + 1);
    if (agency_rule_act && (!cue.cue || cue.word > i)) {
      cue = {};
      q.cue = text.substr(words[i].start, words[i].end - words[i].start);
      q.cue_forms = q.exact_cue_forms = {words[i].lower};
      taken[i] = true;
    }
    break;
  }
  // "Who was the Justice who did not participate when the Court upheld the
  // commission": the abstention is what is asked; a verb elsewhere only
  // tells the case, and is searched for as a word.
  if (!abstention_said.empty()) cue = {};
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

  // "Which decision was stayed", "which trial-court decision was left
  // standing", "the decision of the lower court": a court's order, not a precedent.
  if (q.answer_type == "case" && head_word < words.size() && one_of(q.head_noun, {"decision", "decisions"})) {
    bool lower_court = head_word > 0 && in_lexicon("lower_court", words[head_word - 1].lower);
    if (head_word > 1 && one_of(words[head_word - 1].lower, {"court", "court's"}) && in_lexicon("lower_court", words[head_word - 2].lower)) {
      lower_court = true;
    }
    for (std::size_t i = head_word + 1; i + 1 < words.size() && i <= head_word + 3; ++i) {
      if (in_lexicon("lower_court", words[i].lower) && words[i + 1].lower == "court") lower_court = true;
    }
    const bool acted_on = cue.cue && in_lexicon("order_action", cue.cue->predicate);
    if (lower_court || acted_on) {
      q.answer_type = "order";
      q.answer_entity_types = {"order"};
      chosen_head = nullptr;
    }
  }

  // "What did the trial court do with the challenge": a trial court's
  // ruling on it, an order (asks_disposition leaves it).
  if (q.answer_type == "entity" && wh < words.size() && words[wh].lower == "what" && !q.disposition) {
    for (std::size_t i = wh + 1; i < words.size(); ++i) {
      if (!phrase_at(words, i, "do with") && !phrase_at(words, i, "do about")) continue;
      q.answer_type = "order";
      q.answer_entity_types = {"order"};
      break;
    }
  }
  // "What did the D.C. Circuit deny in United States v. Bell?", "what did
  // the court grant": what a court grants, denies, affirms or vacates is a
  // motion, a petition, an order.
  if (q.answer_type == "entity" && cue.cue && in_lexicon("order_object", cue.cue->predicate) && wh + 1 < words.size() &&
      words[wh].lower == "what" && one_of(words[wh + 1].lower, {"did", "does", "do", "has", "have", "had", "will", "would"})) {
    q.answer_type = "order";
    q.answer_entity_types = {"order"};
  }

  // Asked of an entity, an order or a holding, or of a court's decision
  // ("what became of the lower court's decision"); not of a typed head
  // ("what section", "what date").
  const bool court_owns = q.answer_type == "court" && head_at + 1 < words.size() && words[head_at + 1].lower == "'s";
  if ((one_of(q.answer_type, {"entity", "order", "holding"}) || court_owns) && asks_disposition(words, wh)) {
    q.disposition = true;
    q.head = "disposition";
    q.answer_type = "order";
    // No order entity answers: "the district court's judgment" is what was disposed of.
    q.answer_entity_types = {"disposition"};
  }
  // "Who is the “Secretary” in the Act": the statute's definition answers.
  q.defined_term = defined_term_asked(question);
  q.contact = contact_asked(question);

  // "who": the cue's usual subjects; "who is X" with no cue asks for X's role.
  if (q.head == "who" || q.head == "whom") {
    // "By whom was the stay granted": "was" is the passive's, not a copula.
    const bool copula = !agent_whom && wh + 1 < words.size() && one_of(words[wh + 1].lower, {"is", "was", "are", "were"});
    // "who was the trial judge": the noun after the copula says what is asked.
    const HeadNoun* named = nullptr;
    // "Who was Abruzzi's president": the person holding a body's office.
    const bool office_holder = copula && holder_of_office(words, wh + 2);
    // Names are modifiers: "who is Esteban Leon's current employer".
    for (std::size_t i = wh + 2; copula && !office_holder && i < words.size() && i <= wh + 8 && !named; ++i) {
      if (cue.cue && i >= cue.word && i < cue.word + cue.length) break;  // past the verb: its object, not the head
      if (taken[i] && i != head_word) continue;
      // "Who is Catherine Vernon in United States v. Stephens": a
      // capitalized word past the name belongs to another name, unless a
      // determiner makes it a noun ("who was the Trustee").
      if (words[i].capitalized && !determiner_before(words, i)) continue;
      named = head_noun_of(words[i].lower);
      if (!named) continue;
      // The last noun of a compound: "who was the circuit judge", "the
      // postal employee's employer".
      for (std::size_t j = i + 1; j < words.size(); ++j) {
        if (words[j].lower == "'s") continue;
        if (taken[j] || (cue.cue && j >= cue.word && j < cue.word + cue.length)) break;
        const HeadNoun* next = head_noun_of(words[j].lower);
        if (!next) break;
        named = next;
        i = j;
      }
      q.head_noun = words[i].lower;
      taken[i] = true;
      head_at = i;
    }
    if (office_holder) {
      q.answer_type = "person";
      q.answer_entity_types = {"person", "judge"};
    } else if (named && !named->entity_types.empty()) {
      q.answer_type = named->answer_type;
      q.answer_entity_types = named->entity_types;
      chosen_head = named;
      // "Who was his main gun supplier", "who was the buyer": "who" asks a
      // person as well as the company the noun would take; not when the
      // noun is a body's ("who is her employer", "who was the insurer").
      if (q.answer_type == "organization" && !in_lexicon("body_noun", q.head_noun)) {
        if (std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), "person") == q.answer_entity_types.end())
          q.answer_entity_types.push_back("person");
        preferred = {"organization", "person"};
      }
    } else if (q.dissent || q.concurrence || (counterfactual && !named)) {
      // "Who disagreed with the majority", "who would have upheld", "who
      // concurred": judges.
      q.answer_type = "judge";
      q.answer_entity_types = {"judge"};
    } else if (q.head == "whom" && !cue.cue) {
      // "To whom was the case assigned": a person (a judge), never a role.
      q.answer_type = "person";
      q.answer_entity_types = {"person", "judge", "organization", "agency"};
    } else if (copula && !cue.cue && names_office(words, wh + 2)) {
      // "Who is the Regional Administrator of the West Coast Region": the
      // person holding the office, not a role.
      q.answer_type = "person";
      q.answer_entity_types = {"person", "judge"};
    } else if (copula && (!cue.cue || relative_clause(words, wh + 2, cue.word)) &&
               (!q.entities.empty() || (wh + 2 < words.size() && words[wh + 2].capitalized))) {
      // "Who is X?" (X a name, resolved or not): X's role. "Who is Samuel D.
      // Rauch III, who signed the rule?": the relation is X's, told to say
      // which X.
      q.answer_type = "role";
      q.answer_entity_types = {};
    } else if (cue.cue && (q.head == "whom" || (copula && cue.word == wh + 2 && is_participle(words[cue.word].lower)))) {
      // "Who is enjoined", "whom did the court enjoin": the relation's object.
      q.answer_type = "person";
      q.answer_entity_types = {"person", "organization", "agency"};
      // "Against whom may a taxpayer bring an action": the opposing party,
      // as often the government or a company as a person.
      if (q.head == "whom" && wh > 0 && words[wh - 1].lower == "against") {
        preferred = q.answer_entity_types;
        q.party_sued = q.predicate == "sues";
      }
    } else if (agency_rule_act) {
      // "Who rescinded the airspace amendment": an agency takes back its own rule.
      q.answer_type = "agency";
      q.answer_entity_types = {"agency", "organization"};
    } else if (cue.cue && !cue.cue->who_types.empty() && !cue_in_aside) {
      q.answer_entity_types = cue.cue->who_types;
      q.answer_type = answer_type_of_entity_type(q.answer_entity_types.front());
      // A party's act (suing, appealing, requesting): done by a person, a
      // company or union, or an agency alike, so none of them ranks first.
      const auto& who = q.answer_entity_types;
      if (std::find(who.begin(), who.end(), "organization") != who.end()) preferred = who;
    } else {
      q.answer_type = "person";
      q.answer_entity_types = {"person", "judge", "organization", "agency"};
      // "Who was the high bidder", "who is the lessee": a part in the story
      // no head noun types, which a company plays as often as a person.
      if (copula && wh + 2 < words.size() && one_of(words[wh + 2].lower, {"the", "a", "an"})) {
        preferred = {"person", "organization"};
      }
    }
    // "Under 8 U.S.C. § 1253(d), who orders consular officers to stop ...":
    // a statute's actors are the offices and agencies it vests powers in,
    // not judges; "who" with a section named and no noun asks for one of them.
    const bool names_statute = std::any_of(q.entities.begin(), q.entities.end(),
                                           [](const QuestionEntity& e) { return e.type == "statute"; });
    // "Who authored the ruling that CERCLA's exception shields the
    // authority": writing an opinion or presiding is only ever a judge's act.
    const bool judges_act = cue.cue && cue.cue->who_types == std::vector<std::string>{"judge"};
    if (names_statute && !named && !q.dissent && !judges_act &&
        (q.answer_type == "judge" || (q.answer_type == "person" && !cue.cue))) {
      q.answer_type = "agency";
      q.answer_entity_types = {"agency", "person", "organization"};
    }
    if (q.answer_type == "person" || q.answer_type == "judge") {
      for (const char* t : {"person", "judge"}) {
        if (std::find(q.answer_entity_types.begin(), q.answer_entity_types.end(), t) == q.answer_entity_types.end()) {
          q.answer_entity_types.push_back(t);
        }
      }
    }
  }

  // "would have upheld" from a judge: a dissent's position.
  if (counterfactual && q.answer_type == "judge") q.dissent = true;
  // With no relation named, the dissent is what the passages must state:
  // its forms are the cue ("Justices Pitney and McReynolds dissent").
  if (q.dissent && !cue.cue && !dissent_said.empty()) {
    q.cue = dissent_said;
    q.cue_forms = inflections("dissent");
    q.exact_cue_forms = q.cue_forms;
  }
  // "Which Justice sat out the case": the abstention is the relation asked.
  q.abstention = !abstention_said.empty();
  if (q.abstention && !cue.cue) {
    q.cue = abstention_said;
    q.cue_forms = lexicon("abstain_said");
    q.exact_cue_forms = q.cue_forms;
  }
  // A dissent is searched for by its word ("Pitney and McReynolds dissent").
  if (q.dissent) q.terms.push_back("dissent");

  // A name asked for ("by what other name may the Act be referred to",
  // "what name does the law give the clinic"): the relation is the naming,
  // whatever verb the question uses, and the words that introduce a name
  // in quotes are its cue.
  if (q.answer_type == "name") {
    q.predicate.clear();
    q.synonyms.clear();
    q.related.clear();
    q.cue = "named";
    q.cue_forms = {"cited as", "known as", "referred to as", "designated as", "called", "named", "entitled"};
    q.exact_cue_forms = q.cue_forms;
  }
  // "Which lawyers represented the importers challenging the tax", "who
  // was counsel for the tenant": the counsel asked are named in counsel
  // lines; the relation the question gives ("challenging") is the
  // client's, a word to search for. A title is no counsel asked ("the
  // Attorney General", "U.S. Attorney"), nor a client ("which agency was
  // represented by").
  for (std::size_t i = 0; i < words.size(); ++i) {
    // "Who spoke for the federal government", "who appeared on behalf of
    // the parents": a verb of speaking in court before "for" asks for counsel.
    // ("Who spoke for the Court" asks for the opinion's author.)
    std::size_t client = i + 2;
    while (client < words.size() && one_of(words[client].lower, {"the", "a", "an", "behalf", "of", "unanimous"})) ++client;
    const bool speaks_for = q.head == "who" && in_lexicon("counsel_verb", words[i].lower) && i + 1 < words.size() &&
                            one_of(words[i + 1].lower, {"for", "on"}) && client < words.size() &&
                            !one_of(words[client].lower, {"court", "majority", "plurality", "panel", "justices", "judges"});
    if (!speaks_for && (!in_lexicon("counsel_asked", words[i].lower) || (words[i].capitalized && i > 0))) continue;
    if (i + 1 < words.size() && one_of(words[i + 1].lower, {"general", "by"})) continue;
    const bool asks_a_person = q.head == "who" || one_of(q.answer_type, {"person", "organization"});
    if (!asks_a_person) break;
    // "Who was the trial judge who halted the case so the witnesses could
    // consult lawyers": the noun after the copula asks for a judge.
    if (q.answer_type == "judge" && head_noun_of(q.head_noun) && head_noun_of(q.head_noun)->answer_type == "judge") break;
    q.counsel = true;
    if (q.answer_type != "organization") {
      q.answer_type = "person";
      q.answer_entity_types = {"person", "organization"};
    }
    for (const Word& w : words) {
      if (in_lexicon("party_side", w.lower) || (w.lower == "government" && q.counsel_side.empty())) q.counsel_side = w.lower;
    }
    // "for the parents challenging the statute", "for the side attacking the
    // tax sale": the side that brought the challenge (same_side: plaintiff,
    // appellant, petitioner).
    for (std::size_t k = 0; k + 1 < words.size() && q.counsel_side.empty(); ++k) {
      if (words[k].lower != "for") continue;
      for (std::size_t j = k + 1; j < words.size() && j <= k + 4; ++j) {
        if (in_lexicon("challenger", words[j].lower)) q.counsel_side = "challenger";
      }
    }
    if (!q.predicate.empty()) {
      for (const auto& w : words_of(q.cue)) {
        if (!is_stopword(w.lower) && !in_lexicon("party_side", w.lower)) q.terms.push_back(w.lower);
      }
      q.predicate.clear();
      q.synonyms.clear();
      q.related.clear();
      q.cue.clear();
      q.cue_forms.clear();
      q.exact_cue_forms.clear();
    }
    break;
  }
  // Negation belongs to the relation: "did not enjoin", "has never been
  // stayed" (a negation word at most three words before the cue). "Did not
  // join" is a dissent, not a negated relation; a "not" elsewhere ("why he
  // should not be suspended" aside) says nothing of the relation asked.
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i].lower;
    if (dissent_words[i]) continue;
    if (!(one_of(w, {"not", "never", "n't"}) || (w.size() > 3 && w.ends_with("n't")))) continue;
    if (!cue.cue || (i < cue.word && cue.word - i <= 3)) q.negated = true;
  }
  // "Which Justice would not have affirmed": the dissent is the relation
  // asked; the court's own act ("affirmed") is a word to search for.
  if (q.dissent && q.negated && counterfactual && cue.cue) {
    for (const auto& w : words_of(q.cue)) {
      if (!is_stopword(w.lower)) q.terms.push_back(w.lower);
    }
    q.predicate.clear();
    q.synonyms.clear();
    q.related.clear();
    q.cue = "dissent";
    q.cue_forms = inflections("dissent");
    q.exact_cue_forms = q.cue_forms;
    q.negated = false;
  }
  // "Which court did not grant the motion" asks what "which court refused
  // to grant it" asks (read as a denial, the first cue verb being
  // "refused"), as the graph reads "did not grant" (indexer/relate: a
  // negated grant is a denial, a negated denial a grant). The verb said
  // stays a word to search for.
  const char* opposite = !(q.negated && cue.cue) ? nullptr
                         : in_lexicon("denied_when_negated", q.predicate) ? "denies"
                         : in_lexicon("granted_when_negated", q.predicate) ? "grants" : nullptr;
  if (opposite) {
    if (const RelationCue* denial = cue_for(opposite)) {
      for (const auto& w : words_of(q.cue)) {
        if (!is_stopword(w.lower)) q.terms.push_back(w.lower);
      }
      q.predicate = denial->predicate;
      q.synonyms = denial->verb_bases;
      q.cue_forms = denial->verb_forms;
      q.cue_forms.insert(q.cue_forms.end(), denial->noun_forms.begin(), denial->noun_forms.end());
      q.exact_cue_forms = q.cue_forms;
      q.related = denial->related;
      q.negated = false;
    }
  }

  // Institutions named by description, before their capitalized words
  // ("the Veterans Claims court", "the Justices") are read as names.
  add_table_descriptions(text, words, taken, graph, q);
  add_described_institutions(words, taken, graph, q);

  // Capitalized names the extractor did not resolve ("Romo", "Acme").
  std::size_t unresolved_names = 0;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (taken[i] || !words[i].capitalized || is_wh(words[i].lower)) continue;
    // "In Smith v. Jones, who ...", "Under the Clean Air Act": a preposition
    // opening the question is capitalized as the sentence's first word, and
    // is no part of the name after it ("In re Smith" is a name).
    if (i == 0 && words.size() > 1 && in_lexicon("opening_preposition", words[0].lower) && words[1].lower != "re") continue;
    // "Chapter 7", "Title 26", "Count 3": a division of a text, not a name.
    if (one_of(words[i].lower, {"chapter", "title", "section", "part", "article", "count", "rule", "docket"}) &&
        i + 1 < words.size() && std::isdigit(static_cast<unsigned char>(words[i + 1].lower[0]))) {
      continue;
    }
    std::size_t j = i;
    // "Marron, Birdsall and the others": a comma between two names parts them.
    auto comma_after = [&](std::size_t k) {
      return text.find(',', words[k].end) < words[k + 1].start;
    };
    // "Ivy Sports Medicine, LLC v. Burwell", "Northeast Adjusters, Inc.": a
    // company's suffix after its comma is part of the name.
    auto company_suffix = [&](std::size_t k) {
      return one_of(words[k].lower, {"inc", "llc", "l.l.c", "co", "corp", "ltd", "lp", "l.p", "n.a", "plc", "llp"});
    };
    // "the Polaroid Employees' Committee": a plural's possessive apostrophe
    // inside a name ("Employees'" then a capitalised word) joins it.
    auto plural_possessive = [&](std::size_t k) {
      return words[k].lower == "'s" && text.compare(words[k].start, 2, "' ") == 0 && k + 1 < words.size() &&
             words[k + 1].capitalized;
    };
    for (;;) {
      if (j + 1 < words.size() && !taken[j + 1] && words[j + 1].capitalized && (!comma_after(j) || company_suffix(j + 1))) {
        ++j;
      } else if (j + 2 < words.size() && !taken[j + 1] && !taken[j + 2] && plural_possessive(j + 1)) {
        j += 2;
      } else if (j + 2 < words.size() && !taken[j + 1] && !taken[j + 2] && words[j + 2].capitalized &&
                 (one_of(words[j + 1].lower, {"of", "v", "vs", "and", "for", "de", "the", "&"}) ||
                  (words[j + 1].lower == "parte" && words[j].lower == "ex") ||
                  (words[j + 1].lower == "re" && words[j].lower == "in"))) {
        j += 2;  // "State of Hawaii", "Barre Savings Bank v. Broberg", "Ex parte Quirin", "In re Gault"
      } else {
        break;
      }
    }
    // "FR Doc. 2018-02462", "Dkt. 40": the label of a number, not a name.
    if (j + 1 < words.size() && one_of(words[j].lower, {"doc", "dkt", "no", "nos"}) &&
        std::isdigit(static_cast<unsigned char>(words[j + 1].lower[0]))) {
      i = j;
      continue;
    }
    // "the Court", "the Government", "in November", "No. 17-15589": words
    // that name no one alone stay words to search for.
    auto all_generic = [&](std::size_t from, std::size_t to) {
      for (std::size_t k = from; k <= to; ++k) {
        if (!in_lexicon("generic_capitalized", words[k].lower)) return false;
      }
      return true;
    };
    if (all_generic(i, j)) {
      i = j;
      continue;
    }
    // "the PACR and HARP policies", "Sierra Club and Earthjustice": two
    // names, unless the graph knows the whole as one ("Johnson and Johnson").
    for (std::size_t k = i + 1; k < j; ++k) {
      if (words[k].lower != "and") continue;
      if (!graph || graph->find_by_name(text.substr(words[i].start, words[j].end - words[i].start)).empty()) j = k - 1;
      break;
    }
    // "the Report and Recommendation": each part may name no one either.
    if (all_generic(i, j)) continue;
    std::string name = text.substr(words[i].start, words[j].end - words[i].start);
    // The first word is capitalized as any sentence's is: a name there only
    // when it is a caption ("Long v. Wilkie was decided by ...").
    if (i == 0 && !names_a_case(name)) continue;
    for (std::size_t k = i; k <= j; ++k) taken[k] = true;
    const bool again = std::any_of(q.entities.begin(), q.entities.end(), [&](const QuestionEntity& e) { return e.text == name; });
    if (again || ++unresolved_names > kMaxUnresolvedNames) {
      i = j;
      continue;
    }
    QuestionEntity e{name, "", "name", {}, {}};
    // "the Washington timber dispute": a State's name is a place, not the
    // surname of some person the graph knows ("Carolyn Washington"), nor a
    // case cited by the State's name alone ("New York, 241 U.S. 518").
    const bool state_name = names::InstitutionGazetteer::instance().is_state_name(name);
    if (graph) {
      for (VertexId v : graph->find_by_name(name)) {
        const GraphVertex& vx = graph->storage()[v];
        if (vx.type == "document") continue;
        if (state_name && one_of(vx.type, {"person", "judge", "case"})) continue;
        // Name keys drop spaces and full stops: "NO2" (the pollutant) is
        // not the docket "No. 2".
        if (vx.type == "docket" && name.find_first_of(" .") == std::string::npos &&
            vx.name.find_first_of(" .") != std::string::npos) {
          continue;
        }
        e.id = vx.id;
        e.type = vx.type;
        break;
      }
    }
    if (e.id.empty() && names_a_case(e.text)) resolve_shortened_caption(e, graph);
    add_graph_aliases(e, graph);
    if (e.id.empty() && names_a_case(e.text)) {
      e.type = "case";
      // "Who is Kristin Uicker in Taylor v. North Carolina": the case is the
      // setting of a role question; its parties' names would be read as
      // the person asked about.
      if (q.answer_type != "role") add_party_aliases(e);
    } else if (e.id.empty()) {
      add_surname_alias(e, j + 1 < words.size() && words[j + 1].lower == "'s");
    }
    q.entities.push_back(std::move(e));
    for (std::size_t k = i; k <= j; ++k) taken[k] = true;
    i = j;
  }
  join_caption_parties(text, graph, q);

  if (!preferred.empty()) {
    q.preferred_types = preferred;
  } else if (chosen_head && !chosen_head->preferred.empty()) {
    q.preferred_types = chosen_head->preferred;
  } else if (!q.answer_entity_types.empty()) {
    q.preferred_types = {q.answer_entity_types.front()};
  }
  // Counsel are people first; a firm's name may follow them ("Petruccelli & Martin").
  if (q.counsel && q.answer_type == "person") q.preferred_types = {"person"};
  if (q.preferred_types == std::vector<std::string>{"person"} || q.preferred_types == std::vector<std::string>{"judge"}) {
    q.preferred_types = {"person", "judge"};
  }
  // The definition is the answer; whatever else the sentences give only stands behind it.
  if (!q.defined_term.empty()) q.preferred_types = {"definition"};

  read_head_context(words, word_court, wh, head_at, q);
  // "Which judicial officer ruled", "what judicial official": a judge
  // (a magistrate judge, a referee), not any officer.
  if (q.answer_type == "person" && one_of(q.head_noun, {"officer", "officers", "official", "officials"}) &&
      std::find(q.head_modifiers.begin(), q.head_modifiers.end(), "judicial") != q.head_modifiers.end()) {
    q.answer_type = "judge";
    q.answer_entity_types = {"judge"};
    q.preferred_types = {"judge"};
  }
  if (q.disposition) q.possessed.clear();  // "the lower court's decision": no court is asked
  // "What South Carolina department", "which Idaho agency": the State the
  // asked body belongs to, which its name says.
  if (head_at < words.size() && one_of(q.answer_type, {"agency", "organization", "court"})) {
    std::size_t k = head_at;
    while (k > 0 && words[k - 1].capitalized && !is_wh(words[k - 1].lower)) --k;
    if (k < head_at) {
      const std::string run = text.substr(words[k].start, words[head_at - 1].end - words[k].start);
      if (names::InstitutionGazetteer::instance().is_state_name(run)) q.head_state = run;
    }
  }
  // "Which federal trial court", "what lower federal tribunal", "which state court".
  if (q.answer_type == "court" && head_at < words.size()) {
    for (std::size_t k = wh + 1; k < head_at; ++k) {
      const std::string& m = words[k].lower;
      if (one_of(m, {"federal", "state"})) q.court_system = m;
      if (one_of(m, {"trial", "district", "trial-level"})) q.trial_court = true;
    }
  }
  if (q.answer_type == "judge" && head_at < words.size()) {
    for (std::size_t k = wh + 1; k <= head_at; ++k)
      if (one_of(words[k].lower, {"trial", "district", "trial-level", "magistrate"})) q.trial_judge = true;
  }
  // "Which lower federal court", "the court below", "from what court did
  // Merrill bring the case up", "whose judgment did the Court reverse".
  if (q.answer_type == "court") {
    for (const Word& w : words)
      if (one_of(w.lower, {"lower", "below", "lower-court"})) q.reviewed_court = true;
    if (wh > 0 && words[wh - 1].lower == "from") q.reviewed_court = true;
    if (wh < words.size() && words[wh].lower == "whose") q.reviewed_court = true;
    // "Which court's judgment did the Justices reverse".
    if (head_at + 2 < words.size() && words[head_at + 1].lower == "'s" &&
        one_of(words[head_at + 2].lower, {"decision", "judgment", "ruling", "order", "decree"}))
      q.reviewed_court = true;
  }
  // "Where did the litigation begin", "in which court was the suit first
  // brought": the court the case started in, a trial court. "First" alone
  // ("which court first recognized the right") does not say so.
  if (q.answer_type == "court") {
    bool court_act = false, first = false;
    for (const Word& w : words) {
      if (in_lexicon("case_began", w.lower)) q.trial_court = true;
      if (in_lexicon("court_act", w.lower)) court_act = true;
      if (one_of(w.lower, {"first", "initially", "originally"})) first = true;
    }
    if (first && court_act) q.trial_court = true;
  }
  // "Which section of Title 42", "what provision in title 18": a statute of that Code title.
  if (q.answer_type == "statute") {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
      const std::string& n = words[i + 1].lower;
      if (words[i].lower == "title" && !n.empty() && n.size() <= 2 &&
          std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        q.code_title = n;
        break;
      }
    }
  }
  if (q.answer_type == "date") q.date_role = date_role_of(words);
  // "What is the date of the First Circuit ruling that ...": with no verb
  // saying what happened on the day, the date of a ruling is the day it was
  // decided (not in "the day of the theft behind the 1977 decision").
  if (q.answer_type == "date" && q.date_role.empty()) {
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
      if (!one_of(words[i].lower, {"date", "day"}) || words[i + 1].lower != "of") continue;
      for (std::size_t j = i + 2; j < words.size() && j <= i + 6; ++j) {
        if (one_of(words[j].lower, {"ruling", "decision", "opinion", "affirmance", "reversal", "judgment"})) {
          q.date_role = "decided";
          break;
        }
        if (one_of(words[j].lower, {"that", "which", "in", "on", "by", "for"})) break;
      }
    }
  }
  // "By what date must comments arrive", "by when must it be filed": the
  // day something is due, whatever the verb.
  if (q.answer_type == "date" && words.size() > 2 && words[0].lower == "by" &&
      (words[1].lower == "when" || (one_of(words[1].lower, {"what", "which"}) && one_of(words[2].lower, {"date", "day"})))) {
    q.date_role = "deadline";
  }
  // "When did the President sign Public Law 113-121": a law is signed on the
  // day it is approved, the date its text gives ("Approved June 10, 2014").
  // So is a law the question describes ("when was the act that codified the
  // park laws signed"), unless a paper a party signs is named too.
  const bool law_named = std::any_of(words.begin(), words.end(), [](const Word& w) {
    return one_of(w.lower, {"act", "law", "statute", "bill", "legislation", "enactment"});
  });
  const bool paper_named = std::any_of(words.begin(), words.end(), [](const Word& w) {
    return one_of(w.lower, {"agreement", "contract", "settlement", "stipulation", "order", "decree", "memorandum", "plea",
                            "lease", "deed", "letter", "treaty", "compact", "form", "waiver", "release"});
  });
  if (q.date_role == "signed" && (std::any_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) {
        return e.type == "statute" && e.id.starts_with("statute:pl/");
      }) || (law_named && !paper_named))) {
    q.date_role = "enacted";
  }
  // "When was the TRO entered": a court enters an order on the day it
  // issues it; "filed" is a party's paper's (the docket's "Entered:" line).
  if (q.date_role == "filed" && std::any_of(words.begin(), words.end(), [](const Word& w) { return w.lower == "entered"; })) {
    const bool about_order = std::any_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) { return e.type == "order"; }) ||
                             std::any_of(words.begin(), words.end(), [](const Word& w) {
                               return one_of(w.lower, {"order", "injunction", "judgment", "tro", "decree", "stay"});
                             });
    if (about_order) q.date_role = "issued";
  }
  // "At what base offense level did the court set ...": a Sentencing
  // Guidelines level, the unit the extractor gives such a figure.
  if (q.answer_type == "figure" && q.unit.empty() && find_word(to_lower(text), "offense level") != std::string::npos) {
    q.unit = "offense level";
  }
  // "What is the deadline, in days, for leaving", "the length, in pages, of
  // the letter": a unit set off after the head asks for a figure counted in it.
  // "Which water value, in parts per billion": a unit of up to three words,
  // which makes a money noun's question ("value") a measure's.
  for (std::size_t i = 1; i + 1 < words.size() && one_of(q.answer_type, {"date", "figure", "entity", "money"}); ++i) {
    if (words[i].lower != "in") continue;
    const std::string_view before = std::string_view(text).substr(words[i - 1].end, words[i].start - words[i - 1].end);
    const auto& units = figures::figure_vocabulary().units;
    auto unit = units.end();
    std::string written;
    for (std::size_t k = i + 1; k < words.size() && k <= i + 3; ++k) {
      written += (k > i + 1 ? " " : "") + words[k].lower;
      if (auto found = units.find(written); found != units.end()) unit = found;
    }
    if (before.find(',') == std::string_view::npos || unit == units.end() || unit->second.category == "percent") continue;
    q.answer_type = "figure";
    q.answer_entity_types = {"figure"};
    q.unit = unit->second.unit;
    q.date_role.clear();  // a deadline counted in days is no date
    break;
  }
  // "What is the most a federal worker can be fined": a bound, no head noun,
  // and a verb of paying: the amount is money.
  if (q.answer_type == "entity" && q.head_noun.empty() && !bound_of(words).empty() &&
      std::any_of(words.begin(), words.end(), [](const Word& w) { return in_lexicon("money_verb", w.lower); })) {
    q.answer_type = "money";
    q.answer_entity_types = {"money"};
    q.preferred_types = {"money"};
  }
  // "What total did the authorities say the innkeepers were liable for":
  // a total owed or paid is money.
  if (q.answer_type == "figure" && one_of(q.head_noun, {"total", "totals"}) &&
      std::any_of(words.begin(), words.end(), [](const Word& w) {
        return in_lexicon("money_verb", w.lower) || one_of(w.lower, {"liable", "liability", "owe", "owing"});
      })) {
    q.answer_type = "money";
    q.answer_entity_types = {"money", "figure"};
  }
  if (one_of(q.answer_type, {"figure", "money"})) q.bound = bound_of(words);
  // "Who is the defendant in the damages suit": the sued side, as "against whom" asks.
  if (q.predicate == "sues" && one_of(q.head_noun, {"defendant", "defendants", "respondent", "respondents"})) {
    q.party_sued = true;
  }
  if (q.answer_type == "figure" && q.unit.empty() &&
      (q.head == "how long" ||
       std::any_of(words.begin(), words.end(), [](const Word& w) { return in_lexicon("asks_duration", w.lower); }))) {
    q.unit_category = "time";
  }
  // "How large a stake must a stockholder hold", "what ownership
  // threshold": a share of a whole, in percent.
  if (q.answer_type == "figure" && q.unit_category.empty() && q.unit.empty() &&
      std::any_of(words.begin(), words.end(), [](const Word& w) { return in_lexicon("asks_share", w.lower); })) {
    q.unit_category = "percent";
  }
  // "What share of the fault did the jurors assign to her", "how much of
  // the blame": a share of fault is apportioned in percent ("comparatively
  // negligent for 95 percent").
  if (one_of(q.answer_type, {"figure", "money"}) && q.unit_category.empty()) {
    for (std::size_t i = 0; i + 2 < words.size(); ++i) {
      if (!one_of(words[i].lower, {"share", "portion", "proportion", "percentage", "part", "much"}) ||
          words[i + 1].lower != "of")
        continue;
      std::size_t noun = i + 2;
      if (noun + 1 < words.size() && one_of(words[noun].lower, {"the", "her", "his", "their", "its"})) ++noun;
      if (!in_lexicon("fault_noun", words[noun].lower)) continue;
      q.answer_type = "figure";
      q.answer_entity_types = {"figure"};
      q.unit.clear();
      q.unit_category = "percent";
      break;
    }
  }
  // "How fast was the steamer going", "at what speed": knots, miles per hour.
  if (q.answer_type == "figure" && q.unit_category.empty() &&
      std::any_of(words.begin(), words.end(), [](const Word& w) { return in_lexicon("asks_speed", w.lower); })) {
    q.unit_category = "speed";
  }

  auto add_term = [&q](const std::string& w) {
    if (is_stopword(w) || w.size() < 2) return;
    if (std::find(q.terms.begin(), q.terms.end(), w) == q.terms.end()) q.terms.push_back(w);
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (taken[i]) continue;
    const std::string& w = words[i].lower;
    // "tax-return disclosure": searched as "tax" and "return".
    for (const auto& part : hyphen_parts(w)) add_term(part);
  }
  return q;
}

}  // namespace lexgraph::ask
