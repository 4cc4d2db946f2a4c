#include "ask/passage_retrieval.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <unordered_set>

#include "ask/text_match.h"
#include "ask/word_families.h"
#include "extract/names/name_lists.h"
#include "extract/names/institution_gazetteer.h"
#include "extract/statutes/statute_tables.h"
#include "store/index_layout.h"

namespace lexgraph::ask {

namespace {

// Weight of a question word's family (word_families.tsv) beside the word's own.
constexpr double kFamilyWeight = 0.5;
// Weight of a word of a named case or party in a document's title.
constexpr double kTitleWeight = 3.0;
// Weight of a question's word in the title of a Code section it describes.
constexpr double kSectionHeadingWeight = 1.0;
// Weight of a cue and a content word in one sentence, in the document query.
constexpr double kSentenceCoOccurrenceWeight = 2.0;
// A content word in more than this share of the documents is not paired
// with the cue: measured over the question gold, 0.3 beat 0.1-0.5 and none.
constexpr double kCommonWordShare = 0.3;
// Documents whose title names the question's case or party: at most this
// many are read first, those within this share of the best title match.
constexpr std::size_t kTitleDocuments = 3;
constexpr double kTitleDocumentShare = 0.8;
// A year the question gives: the best documents of that year are read (at
// most this many besides the others), and a candidate of that year weighs
// this much more. Held-out paraphrases +1 (0.5 and 1.0 alike).
constexpr std::size_t kYearDocuments = 3;
constexpr double kYearBonus = 0.5;
// For a document the court the question names decided (by its metadata),
// among the few of that court best matching the question.
constexpr double kCourtBonus = 0.5;
constexpr std::size_t kCourtDocuments = 3;
// The best documents for a question's words without its relation cue,
// read beside those the cue found.
constexpr Xapian::doccount kCueFreeDocuments = 3;
// A question word held by at most this many documents is a rare word
// ("husky", "chile"): the documents holding them are read. 5 brought in
// documents that merely share an uncommon word ("widow", "allottees": the
// opened sets lost 2); 3 lost nothing.
constexpr Xapian::doccount kRareWordDocuments = 3;
// Each rare word of the question that no other document holds adds this
// to the weight of the one holding it (a year's or a court's bonus).
constexpr double kUniqueWordBonus = 0.5;
// At most this many documents hold a number naming its document ("02462").
constexpr Xapian::doccount kIdentifierDocuments = 2;
// Documents titled by one Code section: its own text (a copy at most).
constexpr Xapian::doccount kOwnTextDocuments = 2;

// Sections of an act named in a question ("the APA's rule making section"):
// the best few of its Code sections' own texts for the question's words.
constexpr Xapian::doccount kActSectionDocuments = 2;
// An act covering more sections than this is searched by its first alone.
constexpr long kMostActSections = 1000;

// Xapian's stemmed term ("Z" + stem, with an optional field prefix). Built
// by appending: GCC 12 warns (-Wrestrict, wrongly) on "Z" + std::string.
std::string stemmed_term(const Xapian::Stem& stem, const std::string& lower, std::string_view prefix = {}) {
  std::string term = "Z";
  term += prefix;
  term += stem(lower);
  return term;
}

// One member of a word family: a word in its surface and stemmed forms, a phrase as a phrase.
void add_member_forms(const Xapian::Stem& stem, const std::string& member, std::vector<Xapian::Query>& forms) {
  if (member.find(' ') == std::string::npos) {
    forms.emplace_back(member);
    forms.emplace_back(stemmed_term(stem, member));
    return;
  }
  std::vector<std::string> words;
  for (const auto& w : words_of(member)) words.push_back(w.lower);
  if (words.size() >= 2) forms.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end());
}

// A word with its families' words (word_families.tsv). The family is one
// synonym of its own at a lower weight: "weapon" finds "gun", and a
// document saying "weapon" itself still ranks first (in one synonym with
// the word, a common family would dilute the rare word's weight).
// `used_families`: families already searched (each inflection of a cue
// word would bring the same family again); null: no family.
Xapian::Query word_query(const Xapian::Stem& stem, const std::string& lower,
                         std::unordered_set<std::size_t>* used_families = nullptr) {
  std::vector<Xapian::Query> forms = {Xapian::Query(lower), Xapian::Query(stemmed_term(stem, lower))};
  Xapian::Query word(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
  if (!used_families) return word;
  std::vector<Xapian::Query> relatives;
  const WordFamilies& families = word_families();
  for (std::size_t f : families.families_of(lower)) {
    if (!used_families->insert(f).second) continue;
    for (const auto& m : families.members[f]) {
      if (crude_stem(m) != crude_stem(lower)) add_member_forms(stem, m, relatives);
    }
  }
  if (relatives.empty()) return word;
  Xapian::Query family(Xapian::Query::OP_SYNONYM, relatives.begin(), relatives.end());
  return Xapian::Query(Xapian::Query::OP_OR, word, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, family, kFamilyWeight));
}

std::vector<std::string> split_words(const std::string& phrase) {
  std::vector<std::string> out;
  for (const auto& w : words_of(phrase)) {
    if (is_stopword(w.lower)) continue;
    // "Almonte-Rodriguez": by its parts, as a title may write them apart
    // ("Almonte Rodriguez v. Ins").
    const std::vector<std::string> parts = hyphen_parts(w.lower);
    for (const auto& part : parts) {
      if (parts.size() == 1 || (part.size() > 1 && !is_stopword(part))) out.push_back(part);
    }
  }
  return out;
}

// The question's terms as the index holds them: "FR Doc. 2018-02462", an
// identifier the index splits at its hyphen ("2018", "02462"), by its
// parts when the whole is no term of the index.
std::vector<std::string> searched_terms(const QuestionAnalysis& q, const Xapian::Database* db) {
  std::vector<std::string> out;
  for (const auto& t : q.terms) {
    if (!db || t.find('-') == std::string::npos || db->term_exists(t)) {
      out.push_back(t);
      continue;
    }
    for (std::size_t from = 0; from < t.size();) {
      std::size_t dash = t.find('-', from);
      if (dash == std::string::npos) dash = t.size();
      if (dash > from) out.push_back(t.substr(from, dash - from));
      from = dash + 1;
    }
  }
  return out;
}

// "Under the removal penalties section", "which provision of the Code": a
// section the question describes by its subject, naming no case or party
// whose title would find the document.
bool describes_a_section(const QuestionAnalysis& q) {
  const bool section_said = std::any_of(q.terms.begin(), q.terms.end(), [](const std::string& t) {
    return one_of(t, {"section", "sections", "provision", "provisions"});
  });
  const bool party_named = std::any_of(q.entities.begin(), q.entities.end(), [](const QuestionEntity& e) {
    return one_of(e.type, {"case", "person", "organization"});
  });
  return section_said && !party_named;
}

// "section 7431" with no title: an id no document shares ("statute:text/...").
bool unqualified_statute(const QuestionEntity& e) { return e.type == "statute" && e.id.starts_with("statute:text/"); }

bool indexed_id(const QuestionEntity& e) {
  return !e.id.empty() && layout::is_indexed_entity(e.type) && e.type != "name" && e.id.size() < 200 &&
         !unqualified_statute(e);
}

// "bankruptcy petition 2:09-bk-20833", "No. 10-1095": the docket a document
// is filed under is its header's, which the text need not repeat, and the
// case it names is indexed as that docket's case ("case:docket/10-1095").
std::vector<std::string> docket_terms(const QuestionEntity& e) {
  constexpr std::string_view kDocketId = "docket:";
  if (e.type != "docket" || !e.id.starts_with(kDocketId)) return {};
  const std::string number = e.id.substr(kDocketId.size());
  return {std::string(layout::kDocketPrefix) + number, std::string(layout::kEntityPrefix) + "case:docket/" + number};
}

Xapian::Query filter_query(const QuestionAnalysis& q, Xapian::Query::op op) {
  std::vector<Xapian::Query> terms;
  for (const auto& e : q.entities) {
    if (!indexed_id(e)) continue;
    Xapian::Query term(std::string(layout::kEntityPrefix) + e.id);
    for (const auto& other : e.alternatives) {
      term = Xapian::Query(Xapian::Query::OP_OR, term, Xapian::Query(std::string(layout::kEntityPrefix) + other));
    }
    for (const auto& docket : docket_terms(e)) term = Xapian::Query(Xapian::Query::OP_OR, term, Xapian::Query(docket));
    // "Under what provision of the Internal Revenue Code": a whole title of
    // the Code is cited in every section of it ("26 U.S.C. 7206(1)").
    constexpr std::string_view kCodeTitle = "statute:usc/";
    if (e.type == "statute" && e.id.starts_with(kCodeTitle) && e.id.find('/', kCodeTitle.size()) == std::string::npos) {
      term = Xapian::Query(Xapian::Query::OP_OR, term,
                           Xapian::Query(Xapian::Query::OP_WILDCARD, std::string(layout::kEntityPrefix) + e.id + "/"));
    }
    // "A member of the Supreme Court": the court's own opinions, which
    // need not name it, are about it too.
    constexpr std::string_view kCourtId = "court:";
    if (e.type == "court" && e.id.starts_with(kCourtId)) {
      term = Xapian::Query(Xapian::Query::OP_OR, term,
                           Xapian::Query(std::string(layout::kCourtIdPrefix) + e.id.substr(kCourtId.size())));
    }
    // "The case where Judge Kavanaugh concurred": an opinion whose metadata
    // names its author, though its text never does, is about that judge.
    constexpr std::string_view kJudgeId = "judge:";
    if (e.type == "judge" && e.id.starts_with(kJudgeId)) {
      const std::string slug = e.id.substr(kJudgeId.size());
      const std::string surname = slug.substr(slug.rfind('-') + 1);
      if (!surname.empty()) {
        term = Xapian::Query(Xapian::Query::OP_OR, term, Xapian::Query(std::string(layout::kJudgePrefix) + surname));
      }
    }
    terms.push_back(term);
  }
  if (terms.empty()) return Xapian::Query();
  return Xapian::Query(op, terms.begin(), terms.end());
}

// Words of a name too common in captions to pick one out ("United States
// v. Reed": "Reed" does). A law's own heading is no party: "Puerto Rico's
// Law 75" names no "Public Law 115-16".
bool generic_caption_word(std::string_view w) {
  return one_of(w, {"v", "vs", "united", "states", "state", "of", "the", "in", "re", "inc", "llc", "ltd", "co", "corp",
                    "people", "commonwealth", "america", "et", "al", "ex", "rel", "matter", "estate", "law", "laws",
                    "act", "public"});
}

// The numbers a law's own text is titled by: "statute:pl/113-44" -> 113,
// 44 ("Public Law 113-44: ..."); empty for other entities.
std::vector<std::string> law_title_numbers(const QuestionEntity& e) {
  constexpr std::string_view kPublicLaw = "statute:pl/";
  if (e.type != "statute" || !e.id.starts_with(kPublicLaw)) return {};
  const std::string_view number = std::string_view(e.id).substr(kPublicLaw.size());
  const std::size_t dash = number.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == number.size()) return {};
  // The title's en dash ("113–44") splits the number as the hyphen does.
  return {"public", "law", std::string(number.substr(0, dash)), std::string(number.substr(dash + 1))};
}

// The `n` documents best matching `text_query` among those holding one of
// `terms` (a year's, a court's).
Xapian::MSet best_holding(const Xapian::Database& db, const Xapian::Query& text_query, const std::vector<std::string>& terms,
                          std::size_t n) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, text_query, Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end())));
  return enquire.get_mset(0, static_cast<Xapian::doccount>(n));
}

// The year terms ("Y1927") of the years a question gives ("the 1927 decision").
std::vector<std::string> year_terms(const QuestionAnalysis& q) {
  std::vector<std::string> out;
  for (const auto& t : q.terms) {
    if (is_year_word(t)) {
      out.push_back(std::string(layout::kYearPrefix) + t);
    }
  }
  return out;
}

// Appends the title terms of one distinctive word, lower case
// ("almonte-rodriguez": its parts, as split_words indexes them), each with
// its stem; nothing for a short or generic word.
void add_title_word(const Xapian::Stem& stem, const std::string& lower, std::vector<Xapian::Query>& out) {
  if (lower.size() < 3 || generic_caption_word(lower) || is_stopword(lower)) return;
  for (const auto& part : split_words(lower)) {
    if (part.size() < 3 || generic_caption_word(part)) continue;
    std::vector<Xapian::Query> forms = {Xapian::Query(std::string(layout::kTitlePrefix) + part),
                                        Xapian::Query(stemmed_term(stem, part, layout::kTitlePrefix))};
    out.emplace_back(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end());
  }
}

// The title terms of the distinctive words of `text`.
std::vector<Xapian::Query> title_word_queries(const Xapian::Stem& stem, std::string_view text) {
  std::vector<Xapian::Query> out;
  for (const auto& w : words_of(text)) add_title_word(stem, w.lower, out);
  return out;
}

// Documents whose title holds every distinctive word of one of the
// question's cases or parties (a person: the surname; a case: one side's
// every word and a word of the other).
Xapian::Query title_query(const QuestionAnalysis& q) {
  Xapian::Stem stem("english");
  std::vector<Xapian::Query> per_entity;
  for (const auto& e : q.entities) {
    // A law by its number: its own text is titled "Public Law 113-44: ...".
    if (auto numbers = law_title_numbers(e); !numbers.empty()) {
      std::vector<Xapian::Query> words;
      for (const auto& n : numbers) words.emplace_back(std::string(layout::kTitlePrefix) + n);
      per_entity.emplace_back(Xapian::Query::OP_AND, words.begin(), words.end());
      continue;
    }
    if (!one_of(e.type, {"case", "person", "organization", "name", "judge"})) continue;
    // "the 1940 Texas beer price-fixing case": a State the question names as
    // a place, which nothing resolved, is no party: every "X v. Texas" would
    // be read first.
    if (e.type == "name" && names::InstitutionGazetteer::instance().is_state_name(e.text)) continue;
    std::vector<Word> parts = words_of(e.text);
    // A person is named in captions by surname; so is a name the extractor
    // left unresolved that starts with a given name ("Penelope Broberg") or
    // that the question's analysis gave a surname alias ("Maxwell Taylor's
    // suit": a possessive of a person's name).
    const std::string_view last_word = parts.empty() ? std::string_view()
        : std::string_view(e.text).substr(parts.back().start, parts.back().end - parts.back().start);
    const bool surname_alias = std::find(e.aliases.begin(), e.aliases.end(), last_word) != e.aliases.end();
    const bool personal = e.type == "person" || e.type == "judge" ||
                          (e.type == "name" && parts.size() > 1 && parts.size() <= 4 &&
                           (surname_alias || names::NameLists::instance().is_given_name(
                                                 e.text.substr(parts.front().start, parts.front().end - parts.front().start))));
    if (personal && parts.size() > 1) parts.erase(parts.begin(), parts.end() - 1);
    // A case's sides: "Stow v. Warden, New Hampshire State Prison" is
    // titled "Stow v. State Prison". A title holds every word of one side
    // and a word of the other, or of another name the question gives
    // ("Quist v. Harlan" is no title of "Quist v. Vermont").
    std::vector<std::vector<Xapian::Query>> sides;
    std::vector<Xapian::Query> words;
    std::size_t all_words = 0;
    auto close_side = [&] {
      if (!words.empty()) sides.push_back(words);
      all_words += words.size();
      words.clear();
    };
    for (const auto& w : parts) {
      if (e.type == "case" && (w.lower == "v" || w.lower == "vs")) {
        close_side();
        continue;
      }
      add_title_word(stem, w.lower, words);
    }
    close_side();
    if (sides.empty() || all_words > 6) continue;
    if (sides.size() != 2) {
      std::vector<Xapian::Query> every;
      for (const auto& side : sides) every.insert(every.end(), side.begin(), side.end());
      per_entity.emplace_back(Xapian::Query::OP_AND, every.begin(), every.end());
      continue;
    }
    std::vector<Xapian::Query> named_elsewhere;
    for (const auto& other : q.entities) {
      if (&other == &e || !one_of(other.type, {"name", "organization", "agency"})) continue;
      for (auto& w : title_word_queries(stem, other.text)) named_elsewhere.push_back(std::move(w));
    }
    std::vector<Xapian::Query> either;
    for (std::size_t k = 0; k < 2; ++k) {
      const auto& whole = sides[k];
      std::vector<Xapian::Query> other = sides[1 - k];
      other.insert(other.end(), named_elsewhere.begin(), named_elsewhere.end());
      either.emplace_back(Xapian::Query::OP_AND, Xapian::Query(Xapian::Query::OP_AND, whole.begin(), whole.end()),
                          Xapian::Query(Xapian::Query::OP_OR, other.begin(), other.end()));
    }
    per_entity.emplace_back(Xapian::Query::OP_OR, either.begin(), either.end());
  }
  if (per_entity.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_OR, per_entity.begin(), per_entity.end());
}

// The title terms of the Code sections an act named by `e` covers
// ("statute:usc/5/551", the APA: 551 ... 559, 701 ... 706) and its Code
// title ("5"); empty for anything else. Sections with letters ("552a") are
// left out: the ranges count numbers.
std::vector<std::string> act_section_terms(const QuestionEntity& e, std::string& title) {
  constexpr std::string_view kCode = "statute:usc/";
  if (e.type != "statute" || !e.id.starts_with(kCode)) return {};
  const std::string_view place = std::string_view(e.id).substr(kCode.size());
  const std::size_t slash = place.find('/');
  if (slash == std::string_view::npos) return {};
  const std::string_view code_title = place.substr(0, slash), section = place.substr(slash + 1);
  for (const statutes::ActEntry& act : statutes::StatuteTables::get().acts()) {
    if (act.place != statutes::ActEntry::Place::usc_section || act.title != code_title || act.section != section) continue;
    std::vector<std::string> terms;
    for (const statutes::SectionRange& r : act.covers) {
      if (r.first.number < 0 || r.last.number < r.first.number || !r.first.letters.empty() || r.first.sub >= 0 ||
          !r.last.letters.empty() || r.last.sub >= 0)
        continue;
      if (r.last.number - r.first.number + static_cast<long>(terms.size()) > kMostActSections) return {};
      for (long n = r.first.number; n <= r.last.number; ++n) terms.push_back(std::string(layout::kTitlePrefix) + std::to_string(n));
    }
    if (terms.size() < 2) return {};
    title = std::string(layout::kTitlePrefix) + std::string(code_title);
    return terms;
  }
  return {};
}

}  // namespace

std::vector<std::string> unqualified_sections(const QuestionAnalysis& q) {
  std::vector<std::string> out;
  for (const auto& e : q.entities) {
    if (!unqualified_statute(e)) continue;
    std::string number;  // the last number ("section 6103(a)" -> 6103)
    for (const auto& w : words_of(e.text)) {
      if (std::isdigit(static_cast<unsigned char>(w.lower[0]))) number = w.lower;
    }
    if (number.size() >= 3) out.push_back(number);
  }
  return out;
}

std::vector<CodeSection> code_sections(const QuestionAnalysis& q) {
  constexpr std::string_view kCode = "statute:usc/";
  std::vector<CodeSection> out;
  for (const auto& e : q.entities) {
    if (e.type != "statute" || !e.id.starts_with(kCode)) continue;
    const std::string_view rest = std::string_view(e.id).substr(kCode.size());
    const std::size_t slash = rest.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash + 1 == rest.size()) continue;
    std::string section(rest.substr(slash + 1));
    section = section.substr(0, section.find_first_of("/("));  // "1346/a/2" -> "1346"
    if (!section.empty()) out.push_back(CodeSection{std::string(rest.substr(0, slash)), section});
  }
  return out;
}

bool heading_names_section(const StoredDocument& doc, const std::string& number) {
  if (doc.sentences.empty()) return false;
  std::string_view text(doc.text);
  std::string_view first = text.substr(doc.sentences.front().first,
                                       std::min<std::size_t>(doc.sentences.front().second - doc.sentences.front().first, 200));
  first = first.substr(0, std::min(first.find('\n'), first.size()));
  return find_word(first, "§ " + number) != std::string::npos || find_word(first, "§" + number) != std::string::npos;
}

Xapian::Query passage_text_query(const QuestionAnalysis& q, const Xapian::Database* db) {
  Xapian::Stem stem("english");
  std::vector<Xapian::Query> parts;
  std::unordered_set<std::string> used;
  std::unordered_set<std::size_t> used_families;
  auto add = [&](const std::string& w, double weight, bool with_family = true) {
    if (w.empty() || !used.insert(w).second) return;
    Xapian::Query wq = word_query(stem, w, with_family ? &used_families : nullptr);
    parts.push_back(weight == 1.0 ? wq : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, wq, weight));
  };
  // "Who wrote the opinion in the coal price case", "which Justice
  // dissented": every opinion has an author line and most a dissent; the
  // cue tells the sentence, the other words the document.
  const bool opinion_role = q.answer_type == "judge" && (q.predicate == "authored" || q.dissent || q.abstention);
  for (const auto& f : q.exact_cue_forms) {
    if (opinion_role) break;
    for (const auto& w : split_words(f)) add(w, 2.0);
  }
  for (const auto& f : q.cue_forms) {
    if (opinion_role) break;
    if (f.find(' ') == std::string::npos) {
      add(f, 1.0, /*with_family=*/false);  // the question's own cue word brings its family
      continue;
    }
    // A synonym phrase as a phrase: its words alone ("turn", "down") are noise.
    std::vector<std::string> words;
    for (const auto& w : words_of(f)) words.push_back(w.lower);
    if (words.size() < 2 || !used.insert(f).second) continue;
    parts.emplace_back(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  }
  for (const auto& t : searched_terms(q, db)) add(t, 1.0);
  if (!q.unit.empty()) add(q.unit, 1.0);
  // A family the question names by a phrase ("the gun went off"): its words as one synonym.
  {
    const WordFamilies& families = word_families();
    for (const ActiveFamily& a : families_in_question(families, q.question, {})) {
      if (!used_families.insert(a.family).second) continue;
      std::vector<Xapian::Query> forms;
      for (const auto& m : families.members[a.family]) add_member_forms(stem, m, forms);
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end()),
                         kFamilyWeight);
    }
  }
  for (const auto& e : q.entities) {
    if (e.id.empty()) {
      for (const auto& w : split_words(e.text)) add(w, 1.5, /*with_family=*/false);
    } else if (unqualified_statute(e)) {
      // Its number finds the section's own text and the documents citing it.
      for (const auto& w : words_of(e.text)) {
        if (std::isdigit(static_cast<unsigned char>(w.lower[0]))) add(w.lower, 2.0, /*with_family=*/false);
      }
    }
  }
  std::vector<Xapian::Query> title;
  // A case, party or person the question names is often the document's
  // own title ("in Broberg v. Barre Savings Bank"): title words weigh most.
  for (const auto& e : q.entities) {
    if (e.type != "case" && e.type != "person" && e.type != "organization" && e.type != "name" && e.type != "judge") continue;
    // "the Washington divorce decree": a State the question names as a
    // place is no party; in titles it would lift every "Washington v. X".
    if (e.type == "name" && names::InstitutionGazetteer::instance().is_state_name(e.text)) continue;
    for (const auto& w : split_words(e.text)) {
      if (w.size() < 2 || w == "v" || w == "vs" || !used.insert("S" + w).second) continue;
      std::vector<Xapian::Query> forms = {Xapian::Query(std::string(layout::kTitlePrefix) + w),
                                          Xapian::Query(stemmed_term(stem, w, layout::kTitlePrefix))};
      title.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end()), kTitleWeight);
    }
  }
  // "Under the removal penalties section", "the Code section on the
  // Commissioner and other officials": a section described by the words of
  // its heading ("8 U.S.C. § 1253. Penalties related to removal"), which
  // titles its text.
  if (describes_a_section(q)) {
    for (const auto& w : q.terms) {
      if (w.size() < 4 || one_of(w, {"section", "sections", "provision", "provisions", "code", "title", "statute"}) ||
          !used.insert("S" + w).second)
        continue;
      std::vector<Xapian::Query> forms = {Xapian::Query(std::string(layout::kTitlePrefix) + w),
                                          Xapian::Query(stemmed_term(stem, w, layout::kTitlePrefix))};
      title.emplace_back(Xapian::Query::OP_SCALE_WEIGHT,
                         Xapian::Query(Xapian::Query::OP_SYNONYM, forms.begin(), forms.end()), kSectionHeadingWeight);
    }
  }
  // Title words only boost: with no other word, every document (of the
  // entity filter) stays a candidate.
  if (parts.empty()) parts.push_back(Xapian::Query::MatchAll);
  parts.insert(parts.end(), title.begin(), title.end());
  // Documents where the relation's cue and a content word share a
  // sentence (the index keeps sentences inside a NEAR window) rank higher:
  // that is where a statement of the fact is.
  std::vector<std::string> cue_terms;
  for (const auto& f : q.cue_forms) {
    if (f.find(' ') == std::string::npos && !opinion_role) cue_terms.push_back(f);
  }
  if (!cue_terms.empty()) {
    Xapian::Query cue(Xapian::Query::OP_OR, cue_terms.begin(), cue_terms.end());
    std::vector<std::string> content = q.terms;
    if (!q.unit.empty()) content.push_back(q.unit);
    // A word many documents hold ("court", "opinion", "case") shares a
    // sentence with the cue in every opinion stating it: no sign of the fact.
    const double documents = db ? std::max<double>(db->get_doccount(), 1) : 1;
    for (const auto& t : content) {
      if (db && static_cast<double>(db->get_termfreq(t)) > kCommonWordShare * documents) continue;
      std::vector<std::string> forms = inflections(t);
      // The term's family words stand for it in the sentence too ("gun" for "weapon").
      for (std::size_t f : word_families().families_of(t)) {
        for (const auto& m : word_families().members[f]) {
          if (m.find(' ') == std::string::npos && std::find(forms.begin(), forms.end(), m) == forms.end() &&
              std::find(cue_terms.begin(), cue_terms.end(), m) == cue_terms.end()) {
            forms.push_back(m);
          }
        }
      }
      // NEAR misses matches when two operands share a term (see query_translator.cc).
      if (std::any_of(forms.begin(), forms.end(), [&](const std::string& f) {
            return std::find(cue_terms.begin(), cue_terms.end(), f) != cue_terms.end();
          })) {
        continue;
      }
      std::vector<Xapian::Query> pair = {cue, Xapian::Query(Xapian::Query::OP_OR, forms.begin(), forms.end())};
      Xapian::Query near(Xapian::Query::OP_NEAR, pair.begin(), pair.end(), layout::kSentenceWindow);
      parts.emplace_back(Xapian::Query::OP_SCALE_WEIGHT, near, kSentenceCoOccurrenceWeight);
    }
  }
  return Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end());
}

std::vector<CandidateDocument> candidate_documents(const Xapian::Database& db, const QuestionAnalysis& asked,
                                                   std::size_t documents, std::string& query_description) {
  // An entity resolved to an id no document holds ("Catherine Wolfe" where
  // the documents say "Catherine O'Hagan Wolfe") filters out every document
  // about it: it is searched by its words instead, as a name nothing resolved.
  QuestionAnalysis q = asked;
  const double all_documents = std::max<double>(db.get_doccount(), 1);
  for (auto& e : q.entities) {
    const std::vector<std::string> dockets = docket_terms(e);
    const bool by_docket = std::any_of(dockets.begin(), dockets.end(), [&](const std::string& t) { return db.term_exists(t); });
    if (indexed_id(e) && !by_docket && !db.term_exists(std::string(layout::kEntityPrefix) + e.id)) e.id.clear();
    // "TRICARE Extra and Standard": one capitalised word that one document
    // made a company's short name ("Standard") but that most documents use
    // as a plain word names no one to filter by, nor a party to find in titles
    // ("... NO2 Standard"): it is searched as a word. (A name nothing resolved,
    // "Long's petition", is still a party to look for in titles.)
    const std::vector<Word> words = words_of(e.text);
    if (words.size() == 1 && !e.id.empty() && one_of(e.type, {"organization", "person"}) &&
        static_cast<double>(db.get_termfreq(words.front().lower)) > kCommonWordShare * all_documents) {
      e.id.clear();
      e.type = "word";
    }
  }
  Xapian::Enquire enquire(db);
  const Xapian::Query text_query = passage_text_query(q, &db);
  Xapian::MSet mset;
  Xapian::Query used_filter;  // the entity filter the documents were found under, if any
  // All the question's entities in one document first; then any of them; then none.
  for (auto op : {Xapian::Query::OP_AND, Xapian::Query::OP_OR}) {
    Xapian::Query filter = filter_query(q, op);
    if (filter.empty()) break;
    // Every document of the filter is a candidate, even one holding none of
    // the question's words ("What office did X hold?").
    Xapian::Query query(Xapian::Query::OP_FILTER, Xapian::Query(Xapian::Query::OP_OR, text_query, Xapian::Query::MatchAll),
                        filter);
    enquire.set_query(query);
    mset = enquire.get_mset(0, static_cast<Xapian::doccount>(documents));
    query_description = query.get_description();
    if (!mset.empty()) {
      used_filter = filter;
      break;
    }
  }
  if (mset.empty()) {
    // No entity narrows the search: read more documents.
    enquire.set_query(text_query);
    mset = enquire.get_mset(0, static_cast<Xapian::doccount>(documents * 3 / 2));
    query_description = text_query.get_description();
  }
  const double top_weight = mset.empty() ? 1.0 : std::max(mset.begin().get_weight(), 1e-9);

  // Titles first, then the search's best.
  std::vector<CandidateDocument> candidates;
  const Xapian::Query by_title = title_query(q);
  if (!by_title.empty()) {
    Xapian::Enquire titles(db);
    titles.set_query(by_title);
    Xapian::MSet named = titles.get_mset(0, static_cast<Xapian::doccount>(kTitleDocuments));
    const double best = named.empty() ? 0.0 : named.begin().get_weight();
    for (auto it = named.begin(); it != named.end(); ++it) {
      if (it.get_weight() >= kTitleDocumentShare * best) candidates.push_back(CandidateDocument{*it, kDocumentWeight + kNamedDocumentBonus, true});
    }
    if (!candidates.empty()) query_description += " ; titles: " + by_title.get_description();
  }
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const Xapian::docid id = *it;
    if (std::any_of(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == id; })) continue;
    candidates.push_back(CandidateDocument{id, kDocumentWeight * it.get_weight() / top_weight});
  }

  // "How long was the student barred from the school": a cue read as a
  // relation it is not there (a suspension, not an injunction) weighs its
  // many synonyms for documents that say them, against the one asked
  // about, which says none. The best few documents for the question's
  // other words join the candidates, weighing as they rank there.
  if (!q.cue_forms.empty() || !q.exact_cue_forms.empty()) {
    QuestionAnalysis without_cue = q;
    without_cue.cue_forms.clear();
    without_cue.exact_cue_forms.clear();
    Xapian::Query plain = passage_text_query(without_cue, &db);
    if (!used_filter.empty()) plain = Xapian::Query(Xapian::Query::OP_FILTER, plain, used_filter);
    enquire.set_query(plain);
    const Xapian::MSet found = enquire.get_mset(0, kCueFreeDocuments);
    const double best = found.empty() ? 1.0 : std::max(found.begin().get_weight(), 1e-9);
    for (auto it = found.begin(); it != found.end(); ++it) {
      const double weight = kDocumentWeight * it.get_weight() / best;
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == *it; });
      if (known == candidates.end()) candidates.push_back(CandidateDocument{*it, weight});
    }
  }

  // "the First Circuit's 2010 husky-shooting case": words few documents hold
  // tell the question's document better than the many words every long
  // opinion holds, which outweigh them in the search. A document holding
  // two of them (the only one, when the question has one) joins the
  // candidates, weighing as the search's best would by the share it holds.
  std::vector<std::pair<std::string, Xapian::doccount>> rare;  // term, documents holding it
  const Xapian::Stem stem("english");
  // A place or a name nothing resolved ("an Osage Indian's Pawhuska lot")
  // is as telling as a rare word.
  std::vector<std::string> telling = searched_terms(q, &db);
  for (const auto& e : q.entities) {
    if (!e.id.empty()) continue;
    for (const auto& w : split_words(e.text)) telling.push_back(w);
  }
  for (const auto& t : telling) {
    // A number of five digits or more is an identifier ("02462" of "FR Doc.
    // 2018-02462"), as rare as a word; shorter ones are years and counts.
    const bool digits = std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (t.size() < 4 || (digits && t.size() < 5)) continue;
    const std::string term = digits ? t : stemmed_term(stem, t);
    const auto freq = db.get_termfreq(term);
    if (freq > 0 && freq <= kRareWordDocuments &&
        std::none_of(rare.begin(), rare.end(), [&](const auto& r) { return r.first == term; })) {
      rare.emplace_back(term, freq);
    }
  }
  if (!rare.empty()) {
    const std::size_t needed = std::min<std::size_t>(2, rare.size());
    std::unordered_map<Xapian::docid, std::size_t> holds, alone;
    for (const auto& [t, freq] : rare) {
      const bool unique = freq == 1;
      for (auto it = db.postlist_begin(t); it != db.postlist_end(t); ++it) {
        ++holds[*it];
        if (unique) ++alone[*it];
      }
    }
    for (const auto& [id, n] : holds) {
      if (n < needed) continue;
      // "the smuggler tied to the freighter Adina": a word no other document
      // holds points at this one more than a word three hold.
      const double weight = kDocumentWeight * static_cast<double>(n) / static_cast<double>(rare.size()) +
                            kUniqueWordBonus * static_cast<double>(alone[id]);
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == id; });
      if (known != candidates.end()) known->score = std::max(known->score, weight);
      else candidates.push_back(CandidateDocument{id, weight});
    }
  }

  // "the Fifth Circuit's 2022 per curiam", "the 1994 First Circuit
  // affirmance": a court the question names most often decided the
  // document asked about. Its own documents that best match the question
  // join the candidates and weigh more. (Opinions of other courts naming it
  // are about it too: a bonus, not a filter; and only the best few, as a
  // court's every opinion would otherwise rise.)
  std::vector<std::string> courts;
  for (const auto& e : q.entities) {
    constexpr std::string_view kCourtId = "court:";
    if (e.type == "court" && e.id.starts_with(kCourtId)) courts.push_back(std::string(layout::kCourtIdPrefix) + e.id.substr(kCourtId.size()));
  }
  if (!courts.empty()) {
    const Xapian::MSet found = best_holding(db, text_query, courts, kCourtDocuments);
    for (auto it = found.begin(); it != found.end(); ++it) {
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == *it; });
      if (known == candidates.end()) {
        candidates.push_back(CandidateDocument{*it, kDocumentWeight * std::min(1.0, it.get_weight() / top_weight) + kCourtBonus});
      } else {
        known->score += kCourtBonus;
      }
    }
  }

  // "The 1927 Marron decision", "its 1968 per curiam": a year the question
  // gives is often the document's own. The best documents of that year
  // join the candidates, and a candidate of that year weighs more.
  // (Not every year is the document's: "the 2008 fax suit" an opinion of
  // 2017 tells of; hence a bonus, not a filter.)
  const std::vector<std::string> years = year_terms(q);
  if (!years.empty()) {
    const Xapian::MSet found = best_holding(db, text_query, years, kYearDocuments);
    for (auto it = found.begin(); it != found.end(); ++it) {
      if (std::none_of(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == *it; })) {
        candidates.push_back(CandidateDocument{*it, kDocumentWeight * std::min(1.0, it.get_weight() / top_weight)});
      }
    }
    // The documents of those years, from the year terms' posting lists (a
    // few hundred entries at most), not from each candidate's term list.
    std::unordered_set<Xapian::docid> of_year;
    for (const auto& y : years) {
      for (auto it = db.postlist_begin(y); it != db.postlist_end(y); ++it) of_year.insert(*it);
    }
    for (auto& c : candidates) {
      if (of_year.count(c.id)) {
        c.score += kYearBonus;
        c.of_year = true;
      }
    }
  }

  // "FR Doc. 2018-02462": a number of five digits or more that one or two
  // documents hold names them, as a title would.
  for (const auto& t : searched_terms(q, &db)) {
    if (t.size() < 5 || !std::all_of(t.begin(), t.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); })) continue;
    const auto freq = db.get_termfreq(t);
    if (freq == 0 || freq > kIdentifierDocuments) continue;
    for (auto it = db.postlist_begin(t); it != db.postlist_end(t); ++it) {
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == *it; });
      if (known == candidates.end()) {
        candidates.push_back(CandidateDocument{*it, kDocumentWeight + kNamedDocumentBonus, true});
      } else {
        known->score = std::max(known->score, kDocumentWeight + kNamedDocumentBonus);
        known->named_in_title = true;
      }
    }
  }

  // "section 7431" with no title: the few documents holding the number are
  // read, and the one headed by it is the section's own text.
  const std::vector<std::string> sections = unqualified_sections(q);
  if (!sections.empty()) {
    std::vector<Xapian::Query> numbers;
    for (const auto& n : sections) numbers.emplace_back(n);
    Xapian::Enquire by_number(db);
    by_number.set_query(Xapian::Query(Xapian::Query::OP_OR, numbers.begin(), numbers.end()));
    Xapian::MSet found = by_number.get_mset(0, static_cast<Xapian::doccount>(kTitleDocuments));
    for (auto it = found.begin(); it != found.end(); ++it) {
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& c) { return c.id == *it; });
      if (known != candidates.end()) known->by_section = true;
      else candidates.push_back(CandidateDocument{*it, 0.0, false, true});
    }
  }

  // "Under 28 U.S.C. § 1346(a)(2), up to what amount ...": the section's own
  // text, titled "28 U.S.C. § 1346. United States as defendant", is read
  // whatever other entity the question names (its text need not say
  // "United States" as the opinions citing it do).
  for (const CodeSection& c : code_sections(q)) {
    const std::vector<Xapian::Query> words = {Xapian::Query(std::string(layout::kTitlePrefix) + c.title),
                                              Xapian::Query(std::string(layout::kTitlePrefix) + to_lower(c.section))};
    Xapian::Enquire own_text(db);
    own_text.set_query(Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end()));
    Xapian::MSet found = own_text.get_mset(0, kOwnTextDocuments);
    for (auto it = found.begin(); it != found.end(); ++it) {
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& d) { return d.id == *it; });
      if (known != candidates.end()) known->by_section = true;
      else candidates.push_back(CandidateDocument{*it, 0.0, false, true});
    }
  }

  // "the APA's rule making section", "the FOIA provision on fees": an act
  // the question names by name covers many Code sections; the best of their
  // own texts for the question's words are read (the act's first section
  // alone is its place, above).
  for (const auto& e : q.entities) {
    std::string title;
    const std::vector<std::string> sections = act_section_terms(e, title);
    if (sections.empty()) continue;
    const Xapian::Query covered(Xapian::Query::OP_AND, Xapian::Query(title),
                                Xapian::Query(Xapian::Query::OP_OR, sections.begin(), sections.end()));
    // A section is known by its heading ("§ 553. Rule making"): the
    // question's words there weigh most.
    std::vector<Xapian::Query> heading_words;
    for (const auto& t : q.terms)
      for (auto& w : title_word_queries(stem, t)) heading_words.push_back(std::move(w));
    Xapian::Query wanted = text_query;
    if (!heading_words.empty())
      wanted = Xapian::Query(Xapian::Query::OP_OR, wanted,
                             Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                           Xapian::Query(Xapian::Query::OP_OR, heading_words.begin(), heading_words.end()),
                                           kTitleWeight));
    Xapian::Enquire own_texts(db);
    own_texts.set_query(Xapian::Query(Xapian::Query::OP_FILTER, wanted, covered));
    const Xapian::MSet found = own_texts.get_mset(0, kActSectionDocuments);
    for (auto it = found.begin(); it != found.end(); ++it) {
      auto known = std::find_if(candidates.begin(), candidates.end(), [&](const CandidateDocument& d) { return d.id == *it; });
      if (known != candidates.end()) {
        known->of_named_act = true;
        continue;
      }
      CandidateDocument found_section{*it, kDocumentWeight * std::min(1.0, it.get_weight() / top_weight)};
      found_section.of_named_act = true;
      candidates.push_back(found_section);
    }
  }

  return candidates;
}

}  // namespace lexgraph::ask
