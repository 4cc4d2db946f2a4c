// Who says "I" in an opinion: the judge whose separate opinion's heading
// holds the sentence (query/ask/opinion_speakers.h).

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/opinion_speakers.h"
#include "ask/question_analysis.h"
#include "pipeline_index.h"

using namespace lexgraph::ask;

namespace {

StoredEntity judge(std::string id, std::string name, std::vector<std::string> aliases) {
  StoredEntity e;
  e.id = std::move(id);
  e.type = "judge";
  e.name = std::move(name);
  e.aliases = std::move(aliases);
  return e;
}

StoredDocument opinion() {
  StoredDocument d;
  d.text =
      "MR. JUSTICE WHITE delivered the opinion of the Court.\n\n"
      "The statute fails. As the witness put it, \"I was never told.\" Part I of the opinion explains why.\n\n"
      "MR. JUSTICE GRAY, concurring.\n\n"
      "I join the Court's opinion except Part II thereof. Parts I and III I accept.\n\n"
      "MR. JUSTICE LONG, with whom MR. JUSTICE GRAY joins, dissenting.\n\n"
      "With MR. JUSTICE GRAY, I would affirm.\n\n"
      "[3] I do not read the later case so.\n";
  d.entities = {judge("judge:white", "Byron White", {"WHITE"}), judge("judge:gray", "Horace Gray", {"GRAY"}),
                judge("judge:long", "Ann Long", {"LONG"})};
  return d;
}

std::size_t at(const StoredDocument& d, std::string_view s) { return d.text.find(s); }

}  // namespace

TEST_CASE("opinion speakers: a first-person 'I', not a numeral") {
  CHECK(first_person_at("I join the Court's opinion except Part II thereof.") == 0u);
  CHECK(first_person_at("With MR. JUSTICE GRAY, I would affirm.") == 23u);
  CHECK_FALSE(first_person_at("Part I of the opinion explains why."));
  CHECK_FALSE(first_person_at("Parts II and I are joined."));
  CHECK_FALSE(first_person_at("Title I governs."));
  CHECK_FALSE(first_person_at("As the witness put it, \"I was never told.\""));
  CHECK_FALSE(first_person_at("In World War I the statute lapsed."));
}

TEST_CASE("opinion speakers: the separate opinion's heading names who speaks, and what it is") {
  const StoredDocument d = opinion();
  const SeparateOpinion gray = separate_opinion_at(d, at(d, "I join the Court's"));
  REQUIRE(gray.author != nullptr);
  CHECK(gray.author->id == "judge:gray");
  CHECK(gray.concur);
  CHECK_FALSE(gray.dissent);
  // The judge named first in the heading, not one who joins.
  const SeparateOpinion long_ = separate_opinion_at(d, at(d, "With MR. JUSTICE GRAY, I would"));
  REQUIRE(long_.author != nullptr);
  CHECK(long_.author->id == "judge:long");
  CHECK(long_.dissent);
  // The Court's own opinion, and the footnotes gathered at the end, have no speaker.
  CHECK(separate_opinion_at(d, at(d, "The statute fails.")).author == nullptr);
  CHECK(separate_opinion_at(d, at(d, "[3] I do not")).author == nullptr);
}

TEST_CASE("opinion speakers: a judge asked for by what a separate opinion says in the first person") {
  lexgraph::testing::PipelineIndex index;
  index.add("o", "Ferris v. Calder",
            "MR. JUSTICE WHITE delivered the opinion of the Court.\n\n"
            "The licensing statute denies equal protection, and the judgment is reversed.\n\n"
            "MR. JUSTICE GRAY, concurring.\n\n"
            "I join the Court's opinion except Part III thereof, which reaches the licensing fee needlessly.\n\n"
            "MR. JUSTICE LONG, dissenting.\n\n"
            "I would affirm the judgment of the District Court.\n",
            "Supreme Court of the United States", "", "1976-12-20", "opinion");
  Xapian::Database db = index.open();
  AskResult r = ask("In Ferris v. Calder, which Justice joined the Court's opinion except Part III?", &db, nullptr);
  REQUIRE_FALSE(r.answers.empty());
  CHECK(r.answers[0].text.find("Gray") != std::string::npos);
  // "Who assented": a judge, whatever verb describes the case.
  const QuestionAnalysis q = analyze_question("Who assented to the judgment only because the State had not agreed to be sued?");
  CHECK(q.answer_type == "judge");
}
