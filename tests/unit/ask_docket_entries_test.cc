// Docket evidence is the whole entry line (ask/docket_entries.h).

#include <doctest/doctest.h>

#include <string>

#include "ask/ask_engine.h"
#include "ask/docket_entries.h"
#include "ask/passage_shapes.h"
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

TEST_CASE("a docket's sentences regroup into its entries; evidence keeps the stored sentence number") {
  ask::StoredDocument doc;
  doc.text =
      "10/18/2022 56 NOTICE OF INTERLOCUTORY APPEAL from 53 Order. Filing fee $ 505.00, receipt number 26.\n\n"
      "12/22/2020 1 COMPLAINT. (Filing Fee $ 402.00)\n";
  const std::size_t second = doc.text.find("Filing fee");
  const std::size_t line_end = doc.text.find('\n');
  const std::size_t next = doc.text.find("12/22");
  doc.sentences = {{0, second - 1}, {second, line_end}, {next, doc.text.size() - 1}};
  ask::join_entry_sentences(doc);
  REQUIRE(doc.sentences.size() == 2);
  CHECK(doc.text.substr(doc.sentences[0].first, doc.sentences[0].second - doc.sentences[0].first) ==
        "10/18/2022 56 NOTICE OF INTERLOCUTORY APPEAL from 53 Order. Filing fee $ 505.00, receipt number 26.");
  CHECK(doc.sentence_number(0) == 0);
  CHECK(doc.sentence_number(1) == 2);
}

TEST_CASE("a docket entry's date and number open no key; the title after them does") {
  const std::string s = "10/14/2015 13 STIPULATION AND ORDER OF DISCONTINUANCE: This action is discontinued.";
  auto kv = ask::key_value_line(s);
  REQUIRE(kv);
  CHECK(kv->first == "STIPULATION AND ORDER OF DISCONTINUANCE");
  CHECK(s.substr(kv->second, 4) == "This");
  CHECK(ask::key_end(s, kv->first) == s.find(':'));
  // The order's name is the entry's title, not its date and number; a year stays.
  const std::size_t order = s.find("ORDER");
  auto span = ask::order_phrase(s, {order, order + 5});
  CHECK(s.substr(span.first, span.second - span.first) == "STIPULATION AND ORDER OF DISCONTINUANCE");
  const std::string prose = "The court vacated its 2019 order denying the stay.";
  const std::size_t o = prose.find("order");
  auto p = ask::order_phrase(prose, {o, o + 5});
  CHECK(prose.substr(p.first, p.second - p.first) == "2019 order denying the stay");
}

TEST_CASE("an order's phrase takes the noun modifying a bare head and the number it is known by") {
  auto phrase = [](const std::string& s, const std::string& head) {
    const std::size_t at = s.find(head);
    auto p = ask::order_phrase(s, {at, at + head.size()});
    return s.substr(p.first, p.second - p.first);
  };
  CHECK(phrase("Given this turn of events, we affirm the district court's decertification order but vacate the judgment.",
               "order") == "court's decertification order");
  CHECK(phrase("The court entered the scheduling order.", "order") == "scheduling order");
  // No determiner or possessive before the word: it does not modify the order.
  CHECK(phrase("Counsel sought to vacate order after order.", "order") == "order");
  CHECK(phrase("04/20/2015 1 STANDING ORDER M10-468 Closed Circuit Audio and Video Feed", "ORDER") ==
        "STANDING ORDER M10-468");
  // A count or an ordinal is not a number the order is known by.
  CHECK(phrase("The Court issued its ORDER 12 times.", "ORDER") == "ORDER");
  CHECK(phrase("See the ORDER 2nd amended.", "ORDER") == "ORDER");
}

TEST_CASE("a docket's cause of action answers the statute a suit was brought under") {
  testing::PipelineIndex index;
  index.add("weber", "Weber v. Northeast Adjusters, Inc.",
            "Date Filed: 12/29/2014\n\nCause: 15:1692 Fair Debt Collection Act\n\n"
            "12/29/2014 1 COMPLAINT against Northeast Adjusters, Inc. Filed by Samuel Weber.\n",
            "nyed", "1:14-cv-07524", "2014-12-29", "docket");
  Xapian::Database db = index.open();
  ask::AskResult r = ask::ask("Under which statute was Weber v. Northeast Adjusters, Inc. brought?", &db, nullptr,
                              ask::AskOptions{});
  REQUIRE(!r.answers.empty());
  CHECK(r.answers.front().entity == "statute:usc/15/1692");
}
