#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "segment/abbreviation_table.h"
#include "segment/sentence_splitter.h"

namespace lexgraph::embedded {
extern const std::string_view legal_abbreviations;
}

namespace {

std::vector<std::string> sentences(std::string_view text) {
  static lexgraph::SentenceSplitter splitter;
  std::vector<std::string> out;
  for (const lexgraph::Sentence& s : splitter.split(text).sentences) {
    out.emplace_back(text.substr(s.start, s.end - s.start));
  }
  return out;
}

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("the abbreviation data file parses without problems") {
  std::vector<std::string> problems;
  lexgraph::AbbreviationTable table =
      lexgraph::AbbreviationTable::parse(lexgraph::embedded::legal_abbreviations, &problems);
  for (const std::string& p : problems) MESSAGE(p);
  CHECK(problems.empty());
  CHECK(table.size() > 300);
  CHECK(table.behaviour("v.") == lexgraph::AbbreviationBehaviour::continues);
  CHECK(table.behaviour("U.S.") == lexgraph::AbbreviationBehaviour::rarely_ends);
  CHECK(table.behaviour("Inc.") == lexgraph::AbbreviationBehaviour::may_end);
  CHECK(table.behaviour("opinion.") == lexgraph::AbbreviationBehaviour::unknown);
  CHECK(table.is_sentence_opener("The"));
  CHECK(table.is_label_word("Exhibit"));

  std::vector<std::string> bad;
  lexgraph::AbbreviationTable::parse("Mr.\n[x] sometimes\nv.\n[y] continues\nv.\nv.\nNo\nF. Supp.\n", &bad);
  CHECK(bad.size() == 6);  // outside a group, bad heading, outside again, twice, no full stop, two tokens
}

TEST_CASE("a bare reporter citation after a sentence stays with the sentence it supports") {
  CHECK(sentences("The Supreme Court of Georgia affirmed. 179 Ga. 431; 176 S.E. 487. The case is here upon appeal.") ==
        Sentences{"The Supreme Court of Georgia affirmed. 179 Ga. 431; 176 S.E. 487.", "The case is here upon appeal."});
  CHECK(sentences("The order was vacated. 512 F.2d 88 (1st Cir. 1975). Costs to appellant.") ==
        Sentences{"The order was vacated. 512 F.2d 88 (1st Cir. 1975).", "Costs to appellant."});
  // A number opening a sentence is no citation without a reporter; a
  // citation after a citation stands alone.
  CHECK(sentences("The jury was out. 12 Angry Men played that night.") ==
        Sentences{"The jury was out.", "12 Angry Men played that night."});
  CHECK(sentences("See 28 U.S.C. § 1291. 179 Ga. 431. Done.") == Sentences{"See 28 U.S.C. § 1291.", "179 Ga. 431.", "Done."});
}

TEST_CASE("abbreviations in citations and names do not end sentences") {
  CHECK(sentences("Smith v. Jones, 531 U.S. 98, 104 (2000). The court agreed.") ==
        Sentences{"Smith v. Jones, 531 U.S. 98, 104 (2000).", "The court agreed."});
  CHECK(sentences("See 339 U. S. 382. See 595 F. Supp. 2d 150 (D.D.C. 2009). Next.") ==
        Sentences{"See 339 U. S. 382.", "See 595 F. Supp. 2d 150 (D.D.C. 2009).", "Next."});
  CHECK(sentences("Harry T. Edwards and J. Michelle Childs wrote. Mr. Smith and Dr. Jones agreed.") ==
        Sentences{"Harry T. Edwards and J. Michelle Childs wrote.", "Mr. Smith and Dr. Jones agreed."});
  CHECK(sentences("Pub. L. No. 113-121, 128 Stat. 1193. 82 Fed. Reg. 1234 (Jan. 5, 2017). Done.") ==
        Sentences{"Pub. L. No. 113-121, 128 Stat. 1193.", "82 Fed. Reg. 1234 (Jan. 5, 2017).", "Done."});
  CHECK(sentences("Cf. Fed. R. Civ. P. 12(b)(6); 105 S. Ct. 1, 83 L. Ed. 2d 5 (N.D. Ill. Sept. 3, 1984).") ==
        Sentences{"Cf. Fed. R. Civ. P. 12(b)(6); 105 S. Ct. 1, 83 L. Ed. 2d 5 (N.D. Ill. Sept. 3, 1984)."});
  CHECK(sentences("Id. at 5. Id. § 5. See id. The end.") == Sentences{"Id. at 5.", "Id. § 5.", "See id.", "The end."});
  CHECK(sentences("Mass. Gen. Laws ch. 93A, art. I, cl. 2, n. 4, pp. 5-6, e.g., i.e., et al. v. Co.") ==
        Sentences{"Mass. Gen. Laws ch. 93A, art. I, cl. 2, n. 4, pp. 5-6, e.g., i.e., et al. v. Co."});
  CHECK(sentences("ACME CORP. v. JONES, NO. 5.") == Sentences{"ACME CORP. v. JONES, NO. 5."});
  CHECK(sentences("The Ass'n and the Dep't of Justice agreed. Then it ended.") ==
        Sentences{"The Ass'n and the Dep't of Justice agreed.", "Then it ended."});
  CHECK(sentences("the U.S. Attorney and the D.C. Circuit, Roberts, C.J., and Scalia, JJ., joined.") ==
        Sentences{"the U.S. Attorney and the D.C. Circuit, Roberts, C.J., and Scalia, JJ., joined."});
}

TEST_CASE("abbreviations that end a sentence still end it") {
  CHECK(sentences("He lives in the U.S. The court disagreed.") ==
        Sentences{"He lives in the U.S.", "The court disagreed."});
  CHECK(sentences("Plaintiff sued Acme Corp. Defendant moved to dismiss.") ==
        Sentences{"Plaintiff sued Acme Corp.", "Defendant moved to dismiss."});
  CHECK(sentences("Acme Corp. (\"Acme\") sued Smith et al. The court ruled.") ==
        Sentences{"Acme Corp. (\"Acme\") sued Smith et al.", "The court ruled."});
  CHECK(sentences("See Exhibit A. The exhibit is a letter.") ==
        Sentences{"See Exhibit A.", "The exhibit is a letter."});
  CHECK(sentences("The FAA. It is fine. The opinion. Its part. The EPA. Isleton, CA. The end.") ==
        Sentences{"The FAA.", "It is fine.", "The opinion.", "Its part.", "The EPA.", "Isleton, CA.", "The end."});
  CHECK(sentences("Washington, D.C. The court met. See 42 U.S.C. In 1990 it changed.") ==
        Sentences{"Washington, D.C.", "The court met.", "See 42 U.S.C.", "In 1990 it changed."});
}

TEST_CASE("what ICU gets wrong in legal text is repaired") {
  // A footnote number glued to the full stop hides a break.
  CHECK(sentences("The court erred.12 The judgment is reversed.") ==
        Sentences{"The court erred.12", "The judgment is reversed."});
  // A bracketed footnote reference stays with its sentence.
  CHECK(sentences("the exemption.\"[6] Not only that.") == Sentences{"the exemption.\"[6]", "Not only that."});
  // "!" and "?" inside a sentence.
  CHECK(sentences("He said \"Stop!\" and left. Why? Because.") ==
        Sentences{"He said \"Stop!\" and left.", "Why?", "Because."});
  // An enumerator opens its item or heading.
  CHECK(sentences("1. The first item.\n\nII. DISCUSSION\n\nA. Facts") ==
        Sentences{"1. The first item.", "II. DISCUSSION", "A. Facts"});
  CHECK(sentences("Attached:\n1. Petition for Benefit Determination\n2. Show-Cause Order") ==
        Sentences{"Attached:\n1. Petition for Benefit Determination\n2. Show-Cause Order"});
  // but not a page number that wrapping put at a line start.
  CHECK(sentences("Parker, 514 F.3d at\n106. Because the Doe children") ==
        Sentences{"Parker, 514 F.3d at\n106.", "Because the Doe children"});
  // An editor's bracketed abbreviation.
  CHECK(sentences("to preclude [Mr.] Drew from it.") == Sentences{"to preclude [Mr.] Drew from it."});
  // Abbreviations unknown to the data file but shaped like one.
  CHECK(sentences("2017 TN Wrk. Comp. App. Bd. LEXIS 73. Next.") ==
        Sentences{"2017 TN Wrk. Comp. App. Bd. LEXIS 73.", "Next."});
}

TEST_CASE("paragraphs, line breaks and spans") {
  std::string text = "  First sentence. Second one.\nStill second paragraph line? No.\n\n\n  Bill v.\nJones went on\n";
  lexgraph::SentenceSplitter splitter;
  lexgraph::Segmentation seg = splitter.split(text);
  REQUIRE(seg.paragraphs.size() == 2);
  CHECK(text.substr(seg.paragraphs[0].start, seg.paragraphs[0].end - seg.paragraphs[0].start) ==
        "First sentence. Second one.\nStill second paragraph line? No.");
  CHECK(text.substr(seg.paragraphs[1].start, seg.paragraphs[1].end - seg.paragraphs[1].start) ==
        "Bill v.\nJones went on");
  REQUIRE(seg.sentences.size() == 5);
  CHECK(text.substr(seg.sentences[2].start, seg.sentences[2].end - seg.sentences[2].start) ==
        "Still second paragraph line?");
  CHECK(seg.sentences[3].paragraph == 0);
  CHECK(seg.sentences[4].paragraph == 1);
  CHECK(text.substr(seg.sentences[4].start, seg.sentences[4].end - seg.sentences[4].start) ==
        "Bill v.\nJones went on");

  CHECK(sentences("a long heading with no final punctuation at all") ==
        Sentences{"a long heading with no final punctuation at all"});
  CHECK(splitter.split("").sentences.empty());
  CHECK(splitter.split(" \n\n \t\n").paragraphs.empty());
}

TEST_CASE("a short line ending in a comma goes on past the blank line after it") {
  // A notice's signature: the name, then the office it signs in.
  CHECK(sentences("Dated: June 1, 2017.\n\nGary Taverman,\n\nDeputy Assistant Secretary for Operations.\n\n"
                  "[FR Doc. 2017-11827 Filed 6-6-17]") ==
        Sentences{"Dated: June 1, 2017.", "Gary Taverman,\n\nDeputy Assistant Secretary for Operations.",
                  "[FR Doc. 2017-11827 Filed 6-6-17]"});
  lexgraph::SentenceSplitter splitter;
  CHECK(splitter.split("DAWN DAIGLE,\n\nPlaintiff, Appellee,\n\nv.\n\nMAINE MEDICAL CENTER").paragraphs.size() == 3);
  // Only one block is carried on, and only after a short line: a long line
  // ending in a comma (a list item in a statute) still ends its paragraph.
  CHECK(splitter.split("(A) any Federal agency that holds the records of the individual,\n\n(B) any State.")
            .paragraphs.size() == 2);
  CHECK(splitter.split("Jane Roe,\nJohn Roe,\n\nAppellants.").paragraphs.size() == 2);
}

TEST_CASE("hostile input: spans stay ordered, inside their paragraph, and trimmed") {
  std::mt19937 rng(99);
  const std::string pieces[] = {"Mr.", " ", "\n", "\n\n", "U.S.", "A.", "1.", "The", "end", ".", "?", "!",
                                "\"", "(", "[6]", "12", "v.", "\xC2\xA7", "\xFF", "[", "--", "e.g."};
  lexgraph::SentenceSplitter splitter;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    std::size_t n = rng() % 60;
    for (std::size_t i = 0; i < n; ++i) text += pieces[rng() % std::size(pieces)];
    lexgraph::Segmentation seg = splitter.split(text);
    std::size_t previous_end = 0;
    for (const lexgraph::Sentence& s : seg.sentences) {
      REQUIRE(s.paragraph < seg.paragraphs.size());
      const lexgraph::Paragraph& p = seg.paragraphs[s.paragraph];
      REQUIRE(s.start < s.end);
      REQUIRE(s.start >= previous_end);
      REQUIRE(s.start >= p.start);
      REQUIRE(s.end <= p.end);
      REQUIRE(text[s.start] != ' ');
      REQUIRE(text[s.end - 1] != ' ');
      REQUIRE(text[s.end - 1] != '\n');
      previous_end = s.end;
    }
  }
}
