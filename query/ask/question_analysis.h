#pragma once
// Question analysis: what a researcher's question asks for (the answer
// type), about what (the entities it names, resolved with the extractor
// and aliases the documents were read with), and through which relation
// (the cue and its synonyms). Both answer sources work from this.

#include <string>
#include <string_view>
#include <vector>

namespace lexgraph {
class KnowledgeGraph;
}

namespace lexgraph::ask {

struct QuestionEntity {
  std::string text;  // as the question says it
  std::string id;    // canonical id; "" for a name nothing resolves
  std::string type;  // entity type; "name" when unresolved
  std::vector<std::string> aliases;  // the text, plus the graph's names for the id when known
  // Other ids an ambiguous acronym may stand for: "BIA" is the Board of
  // Immigration Appeals in most documents, the Bureau of Indian Affairs in some.
  std::vector<std::string> alternatives;
};

struct QuestionAnalysis {
  std::string question;
  // schemas/answer.schema.json answer_type: order judge court agency
  // statute case person organization figure money date role holding entity.
  std::string answer_type = "entity";
  std::vector<std::string> answer_entity_types;  // entity types that may answer; empty: any named entity
  // The types asked for first ("who signed": people before agencies);
  // answers of other accepted types rank after them.
  std::vector<std::string> preferred_types;
  std::string head;  // the head noun or wh-phrase that set the type ("judge", "how many")
  std::string head_noun;  // the noun naming what is asked ("judge", "trustee"), also after "who was the"
  std::string unit;  // "how many people" -> "people"
  // "How long", "what prison term": the category of unit the figure must
  // carry (figure_units.tsv: time), when the question names no unit itself.
  std::string unit_category;
  // "In Clausen v. Sea-3, Inc. (1st Cir. 1994), ...": the court of a case
  // citation's parenthetical, which tells which case is meant, not a name the
  // answer's sentence should hold (every First Circuit opinion names the
  // First Circuit); "" when the question cites none.
  std::string citation_court;
  // "When was X enacted / did it take effect": the role the extractor gives
  // such a date (indexer/extract/data/date_roles.tsv: enacted, effective,
  // filed ...); "" when the question names none.
  std::string date_role;
  // "the minimum bond", "the longest prison term": the bound the asked-for
  // figure sets (figure_qualifiers.tsv: minimum, maximum); "" when none.
  std::string bound;
  // Words qualifying the head noun: "which district judge" -> {"district"},
  // "name the trial judge" -> {"trial"}, "the circuit judges" -> {"circuit"}.
  std::vector<std::string> head_modifiers;
  // "In which agency's facilities": the noun the answer owns, which the
  // passage writes right after it ("CBP facilities", "the FBI's agents");
  // "" when none.
  std::string possessed;
  // "What is the docket number", "the number of the Ellis Patent": what the
  // asked-for identifier numbers (answer type "identifier"); "" otherwise.
  std::string identifier_of;
  // "Against whom may X bring an action", "who is the defendant in the
  // suit": the party sued is asked for, not the one suing.
  bool party_sued = false;
  // The court the asked-for judges sit on, when the question says it ("which
  // Ninth Circuit judges", "which members of the Supreme Court", "who on the
  // Supreme Court"): its entity id, else "".
  std::string head_court;
  // "What South Carolina department": the State named before the head noun
  // of an agency, organization or court asked for; "" when none.
  std::string head_state;
  // "Which section of Title 42": the United States Code title the statute
  // asked for is in ("42"); "" when the question names none.
  std::string code_title;
  // "Which federal trial court", "what state court": the kind of court asked
  // for, by the words before the head noun: court_system "federal" or
  // "state", trial_court for a trial (district) court; "" / false when unsaid.
  std::string court_system;
  bool trial_court = false;
  // "Which district judge", "which federal trial judge", "which magistrate
  // judge": a judge of a trial court, not one of the appellate panel.
  bool trial_judge = false;
  // "Which lower court", "from what court did X bring the case", "whose
  // judgment did the Justices reverse": the court whose decision the
  // document reviews, which its caption names.
  bool reviewed_court = false;
  // "Which lawyers represented the importers", "who was counsel for the
  // appellant": counsel are asked, whom the opinion names in its counsel
  // lines ("Raul Barrera Morales for appellant"); counsel_side is the side
  // the question names ("appellant"), "" when none.
  bool counsel = false;
  std::string counsel_side;
  // "What did the Tenth Circuit do with the judgment", "how did the appeals
  // court dispose of the dismissal", "what became of the decision": the
  // court's disposition is asked ("reversed and remanded", ask/dispositions.h).
  bool disposition = false;
  // "Who is the “Secretary” in the Act", "what does ‘covered entity’ mean":
  // the quoted term whose statutory definition is asked (ask/definitions.h),
  // "" when none.
  std::string defined_term;
  // "Who is the contact for the guidance", "whom should readers call": the
  // person a notice names to ask (ask/contacts.h).
  bool contact = false;
  std::vector<QuestionEntity> entities;
  // The relation: predicate "" when the question names none.
  std::string predicate;
  std::string cue;                    // the question's words for it
  std::vector<std::string> synonyms;  // base forms of the predicate's cue words
  std::vector<std::string> cue_forms; // every inflected form and noun, lower-case
  std::vector<std::string> exact_cue_forms;  // the forms of the question's own cue word
  std::vector<std::string> related;   // other predicates answering the same question
  // The relation is negated ("did not enjoin"): a negation word just before the cue.
  bool negated = false;
  // The question asks about a dissent: "dissented", "disagreed with the
  // majority", "did not join", or a judge who "would have upheld".
  bool dissent = false;
  // "What would the dissenters have done": a dissent's position ("would have upheld").
  bool counterfactual = false;
  // The question asks about a concurrence: "concurred", "assented".
  bool concurrence = false;
  // "Which Justice sat out the case": a judge who took no part is asked,
  // whom no role the graph keeps (author, panel, presiding) answers.
  bool abstention = false;
  std::vector<std::string> terms;     // content words (lower-case), for passages
};

// `graph` may be null; with it, capitalized names the extractor leaves
// unresolved are looked up by name, and aliases come from the graph.
QuestionAnalysis analyze_question(std::string_view question, const KnowledgeGraph* graph = nullptr);

// True when entities of `type` can answer.
bool accepts_type(const QuestionAnalysis& q, std::string_view type);
// Whether a role's words may answer the question: never a legal form
// ("Ltd"), nor a party's side ("Defendant, Appellant") when a title,
// position or office is asked.
bool accepts_role(const QuestionAnalysis& q, std::string_view text);

// Is `id` one of the question's entities, or another the entity's name may
// stand for (QuestionEntity::alternatives)?
bool is_question_entity(const QuestionAnalysis& q, std::string_view id);

// The courts whose judges the question asks for: a court it names right
// before the judge ("Which Tax Court judge", "the Fourth Circuit judge") or
// as the bench the judge sits on ("judges of the Tax Court", "members of
// the Supreme Court", "who on the Ninth Circuit"); never one it names in
// passing ("after the Supreme Court's remand"). Ids, "court:tax".
std::vector<std::string> asked_courts(const QuestionAnalysis& q);

// Whether a judge seated on `court` (an id, "" when unknown) with this
// `title` ("District Judge") is none of the judges of `asked` courts: seated
// on another court, or, the court unknown, titled for another level (a
// District Judge is no Ninth Circuit judge, a Circuit Judge no Justice).
bool seated_elsewhere(const std::vector<std::string>& asked, std::string_view court, std::string_view title);

}  // namespace lexgraph::ask
