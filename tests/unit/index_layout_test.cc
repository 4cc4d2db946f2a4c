#include <doctest/doctest.h>

#include "store/index_layout.h"

using namespace lexgraph::layout;

TEST_CASE("docket_term drops the introducer and case, keeps the number") {
  CHECK(docket_term("No. 25-5181") == "25-5181");
  CHECK(docket_term("Nos. 25-5181") == "25-5181");
  CHECK(docket_term("1:25-CV-01101") == "1:25-cv-01101");
  CHECK(docket_term("Civil Action No. 19-2369 (KBJ)") == "19-2369(kbj)");
  CHECK(docket_term("09-1900") == "09-1900");
}

TEST_CASE("date_number reads full and partial ISO dates") {
  CHECK(date_number("2025-11-20") == 20251120u);
  CHECK(date_number("2025-11") == 20251100u);
  CHECK(date_number("2025") == 20250000u);
  CHECK(date_number("Nov 2025") == 0u);
  CHECK(date_number("2025-13-01") == 0u);
}

TEST_CASE("file_key is stable and distinguishes paths") {
  CHECK(file_key("corpus/a.txt") == file_key("corpus/a.txt"));
  CHECK(file_key("corpus/a.txt") != file_key("corpus/b.txt"));
  CHECK(file_key("x").size() == 16);
}

TEST_CASE("the position layout keeps sentences and paragraphs apart") {
  CHECK(kSentenceGap >= kSentenceWindow);
  CHECK(kParagraphGap >= kParagraphWindow);
  CHECK(kParagraphWindow > 8 * (kSentenceWindow + kSentenceGap));
}
