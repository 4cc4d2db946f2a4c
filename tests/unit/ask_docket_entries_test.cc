// Docket evidence is the whole entry line (ask/docket_entries.h).

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/docket_entries.h"
#include "pipeline_index.h"

using namespace lexgraph;

TEST_CASE("evidence widened to its line keeps the highlight on the same words") {
  const std::string text =
      "Hensley v. Roden\n\nJudge Rya W. Zobel: ORDER entered. MEMORANDUM of Decision; The petition is DENIED.\n\nEnd";
  ask::Evidence ev;
  ev.start = text.find("Judge");
  ev.end = text.find("entered.") + 8;
  ev.text = text.substr(ev.start, ev.end - ev.start);
  ev.highlight = std::make_pair(6, 18);
  ask::widen_to_lines(text, ev);
  CHECK(ev.text == "Judge Rya W. Zobel: ORDER entered. MEMORANDUM of Decision; The petition is DENIED.");
  REQUIRE(ev.highlight);
  CHECK(ev.text.substr(ev.highlight->first, ev.highlight->second - ev.highlight->first) == "Rya W. Zobel");

  // The second sentence of the line: the highlight moves with the start.
  ask::Evidence second;
  second.start = text.find("MEMORANDUM");
  second.end = text.find("DENIED.") + 7;
  second.highlight = std::make_pair(0, 10);
  ask::widen_to_lines(text, second);
  CHECK(second.start == text.find("Judge"));
  CHECK(second.text.substr(second.highlight->first, 10) == "MEMORANDUM");

  // An entry longer than the limit stays the sentence.
  ask::Evidence capped = ev;
  capped.start = text.find("Judge");
  capped.end = text.find("entered.") + 8;
  capped.text = text.substr(capped.start, capped.end - capped.start);
  ask::widen_to_lines(text, capped, 40);
  CHECK(capped.text == "Judge Rya W. Zobel: ORDER entered.");
}

TEST_CASE("a docket's evidence is its entry; another document's stays the sentence") {
  const std::string body =
      "Prisoner Petitions - Habeas Corpus\n\n"
      "Judge Rya W. Zobel: ORDER entered. MEMORANDUM of Decision; The petition for a writ of habeas corpus is "
      "DENIED. (Urso, Lisa)\n\n2013-01-02\n\n"
      "Judge Rya W. Zobel: ORDER entered. MEMORANDUM of Decision; The petition for a writ of habeas corpus is "
      "DENIED. (Urso, Lisa)\n";
  for (const std::string kind : {"docket", "news"}) {
    CAPTURE(kind);
    testing::PipelineIndex index;
    index.add("hensley", "Hensley v. Roden", body, "", "", "", kind);
    Xapian::Database db = index.open();
    ask::AskResult r = ask::ask("Which judge denied the petition for a writ of habeas corpus in Hensley v. Roden?", &db,
                                nullptr, ask::AskOptions{});
    REQUIRE(!r.answers.empty());
    const ask::Answer& top = r.answers.front();
    CHECK(top.text == "Rya W. Zobel");
    REQUIRE(!top.evidence.empty());
    const ask::Evidence& ev = top.evidence.front();
    CHECK((ev.text.find("DENIED") != std::string::npos) == (kind == "docket"));
    CHECK(body.substr(ev.start, ev.end - ev.start) == ev.text);
    // The listing repeats the entry: shown once.
    const auto same = std::count_if(top.evidence.begin(), top.evidence.end(),
                                    [&](const ask::Evidence& e) { return e.text == ev.text; });
    if (kind == "docket") CHECK(same == 1);
  }
}
