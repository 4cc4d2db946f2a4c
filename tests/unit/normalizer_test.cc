#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <unicode/utf8.h>

#include "normalize/normalizer.h"

using lexgraph::normalize;
using lexgraph::NormalizedText;
using lexgraph::OffsetMap;

namespace {

std::string norm(std::string_view s) { return normalize(s).text; }

bool is_valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    UChar32 c;
    U8_NEXT(s.data(), i, s.size(), c);
    if (c < 0) return false;
  }
  return true;
}

// The map must lead every unchanged ASCII letter or digit back to itself.
void check_offsets_lead_back(std::string_view original, const NormalizedText& n) {
  std::size_t previous = 0;
  for (std::size_t pos = 0; pos <= n.text.size(); ++pos) {
    std::size_t o = n.offsets.to_original(pos);
    REQUIRE(o <= original.size());
    REQUIRE(o >= previous);  // monotonic
    previous = o;
    if (pos == n.text.size()) break;
    REQUIRE(o < original.size());
    if (std::isalnum(static_cast<unsigned char>(n.text[pos])) &&
        static_cast<unsigned char>(original[o]) < 0x80) {
      REQUIRE(original[o] == n.text[pos]);
    }
  }
  CHECK(n.offsets.to_original(n.text.size()) == original.size());
}

}  // namespace

TEST_CASE("OffsetMap interpolates between anchors and stops at the next one") {
  OffsetMap empty;
  CHECK(empty.to_original(7) == 7);

  OffsetMap map;
  map.add_anchor(0, 3);   // three bytes dropped at the start
  map.add_anchor(5, 8);   // lockstep: redundant
  map.add_anchor(5, 12);  // same position again: the later one wins
  map.add_anchor(6, 12);  // one byte that grew: "x" -> "ab" at 12
  map.add_anchor(7, 13);
  CHECK(map.to_original(0) == 3);
  CHECK(map.to_original(4) == 7);
  CHECK(map.to_original(5) == 12);
  CHECK(map.to_original(6) == 12);
  CHECK(map.to_original(7) == 13);
  CHECK(map.to_original(9) == 15);
}

TEST_CASE("typographic characters become the plain ones") {
  CHECK(norm("\xE2\x80\x9CQuoted\xE2\x80\x9D and \xE2\x80\x98single\xE2\x80\x99 it\xE2\x80\x99s") ==
        "\"Quoted\" and 'single' it's");
  CHECK(norm("pp. 622\xE2\x80\x93" "23") == "pp. 622-23");                // en dash
  CHECK(norm("self\xE2\x80\x90" "executing") == "self-executing");         // U+2010
  CHECK(norm("\xE2\x88\x92" "5") == "-5");                                 // minus sign
  CHECK(norm("Short Title.\xE2\x80\x94This Act") == "Short Title.--This Act");  // em dash
  CHECK(norm("a\xC2\xA0" "b\xE2\x80\xAF" "c\xE2\x80\x82" "d") == "a b c d");  // NBSP, narrow, en space
  CHECK(norm("Representa\xC2\xAD" "tives") == "Representatives");          // soft hyphen
  CHECK(norm("\xEF\xBB\xBFzero\xE2\x80\x8Bwidth") == "zerowidth");           // BOM, ZWSP
  CHECK(norm("\xEF\xAC\x81nal o\xEF\xAC\x83" "ce") == "final office");      // ligatures
  CHECK(norm("\xEF\xBC\xA1\xEF\xBC\x91") == "A1");                          // full-width
  CHECK(norm("lawsuit\xC2\x97" "and") == "lawsuit--and");                   // cp1252 em dash as C1
}

TEST_CASE("NFC composes, and nothing is folded the way NFKC would") {
  CHECK(norm("Jose\xCC\x81") == "Jos\xC3\xA9");               // e + combining acute -> é
  CHECK(norm("\xC3\xA9") == "\xC3\xA9");
  CHECK(norm("\xC2\xBD mile") == "\xC2\xBD mile");             // ½ stays
  CHECK(norm("x\xC2\xB2") == "x\xC2\xB2");                     // ² stays
  CHECK(norm("\xC2\xA7 1983 \xC2\xB6 4") == "\xC2\xA7 1983 \xC2\xB6 4");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD and the offsets still lead back") {
  std::string bad = "ab\xFF" "cd\xC3(e\xE2\x82";
  NormalizedText n = normalize(bad);
  CHECK(n.text == "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD(e\xEF\xBF\xBD");
  CHECK(is_valid_utf8(n.text));
  CHECK(n.offsets.to_original(n.text.find('c')) == 3);
  check_offsets_lead_back(bad, n);
}

TEST_CASE("line ends, spaces and blank lines") {
  CHECK(norm("one\r\ntwo\rthree") == "one\ntwo\nthree");
  CHECK(norm("   indented    words\t\tand  tabs   \n") == "indented words and tabs");
  CHECK(norm("Para one\n\n\n\n\nPara two") == "Para one\n\nPara two");
  CHECK(norm("\n\n  \n text \n\n") == "text");
  CHECK(norm("A\n   \n\t\nB") == "A\n\nB");  // lines of spaces are blank lines
}

TEST_CASE("words hyphenated across a line break are joined only before lower case; names keep their hyphen") {
  CHECK(norm("the Protec-\ntion of") == "the Protection of");
  CHECK(norm("a non-\nProfit") == "a non-\nProfit");
  // First Circuit slip opinions break hyphenated names at the line's end.
  CHECK(norm("plaintiff Nelson Cort\xC3\xA9s-\nCastillo experienced") == "plaintiff Nelson Cort\xC3\xA9s-Castillo experienced");
  CHECK(norm("Judge P\xC3\xA9rez-\n\xC3\x81lvarez ruled") == "Judge P\xC3\xA9rez-\xC3\x81lvarez ruled");
  CHECK(norm("A-\nBerg") == "A-\nBerg");  // one letter is no name's part
  CHECK(norm("in 1990-\n1991") == "in 1990-\n1991");
  CHECK(norm("cat-and-mouse --\nHarriman") == "cat-and-mouse --\nHarriman");
  CHECK(norm("Representa\xC2\xAD\nTives") == "RepresentaTives");  // a soft hyphen always joins
  NormalizedText n = normalize("Protec-\ntion");
  CHECK(n.text == "Protection");
  CHECK(n.offsets.to_original(6) == 8);  // the "t" after the line break
}

TEST_CASE("star page markers go, pin cites stay") {
  CHECK(norm("the House *38 of Representatives") == "the House of Representatives");
  CHECK(norm("**144 *144 EPA regarding") == "EPA regarding");
  CHECK(norm("federal *229jurisdiction") == "federal jurisdiction");
  CHECK(norm("Dandridge v. Wil*230liams") == "Dandridge v. Williams");
  CHECK(norm("corn-*234pliance") == "cornpliance");
  CHECK(norm("exemption.\"[6]*522 Not") == "exemption.\"[6] Not");
  CHECK(norm("[*2] M LLC") == "M LLC");
  CHECK(norm("at *3-4 (10th Cir.)") == "at *3-4 (10th Cir.)");
  CHECK(norm("at *4-*5 (1st Cir.)") == "at *4-*5 (1st Cir.)");
  CHECK(norm("2017 WL 770964, *10 (N.D. Ill.)") == "2017 WL 770964, *10 (N.D. Ill.)");
  CHECK(norm("312 U.S. 246, *155 250-251") == "312 U.S. 246, 250-251");
  CHECK(norm("2 * 3 and [*] and * * *") == "2 * 3 and [*] and * * *");
  CHECK(norm("He\n\n*56\n\nwas sentenced") == "He\nwas sentenced");  // a marker line is not a paragraph
}

TEST_CASE("page furniture next to form feeds goes") {
  std::string pages =
      "Case: 20-1507 Document: 11 Page: 1\n"
      "first page text ends in the\n\n"
      "                 -2-\n"
      "\fCase: 20-1507 Document: 11 Page: 2\n"
      "middle of a sentence.\n\n"
      "                 3\n"
      "\fCase: 20-1507 Document: 11 Page: 3\n"
      "   Indented new paragraph.\n";
  CHECK(norm(pages) ==
        "first page text ends in the\nmiddle of a sentence.\n\nIndented new paragraph.");
  // Without a form feed a number alone on a line is content (a paragraph number).
  CHECK(norm("end.\n\n12\n\nNext") == "end.\n\n12\n\nNext");
  // A typed slip opinion's "-3-" between blank lines ends its page, form feed or not.
  CHECK(norm("alleged that Harbor Medical\n\n                  -3-\n\nAdministrators, Inc., the administrator") ==
        "alleged that Harbor Medical\nAdministrators, Inc., the administrator");
  CHECK(norm("a range\n-3-\nof values") == "a range\n-3-\nof values");  // not alone between blank lines
  // Struck twice for bold, a typed opinion's words come again on the next line.
  CHECK(norm("          BOWNES,  Senior Circuit Judge.   This is  an appeal\n"
             "          BOWNES,  Senior Circuit Judge.\n\nfrom  a decision  of  the tax  court") ==
        "BOWNES, Senior Circuit Judge. This is an appeal\nfrom a decision of the tax court");
  CHECK(norm("     review capabilities and we have directed\n     specific resources to each of those loans.\n"
             "     specific resources to each of those loans\n\n     The decision") ==
        "review capabilities and we have directed\nspecific resources to each of those loans.\n\nThe decision");
  // Not a repeat: another word that opens alike, a date column, another indentation.
  CHECK(norm("the courthouse\nthe court") == "the courthouse\nthe court");
  CHECK(norm("03/29/2017\n03/29/2017") == "03/29/2017\n03/29/2017");
  CHECK(norm("  Affirmed. So ordered.\nAffirmed.") == "Affirmed. So ordered.\nAffirmed.");
  CHECK(norm("128 STAT. 1193\n\nThe Committee on Transportation\n128 STAT. 1197\nand Infrastructure") ==
        "128 STAT. 1193\n\nThe Committee on Transportation\nand Infrastructure");
}

TEST_CASE("the layout decides what a blank line means") {
  // Double-spaced court filing: blank lines inside sentences, paragraphs indented.
  std::string double_spaced;
  for (int i = 0; i < 4; ++i) {
    double_spaced +=
        "          A paragraph that starts indented and goes on over\n\n"
        "several lines of text that the court printed double spaced so\n\n"
        "Congress and the courts know a blank line follows every line and\n\n"
        "the reader has to know that this is still the same paragraph.\n\n";
  }
  std::string out = norm(double_spaced);
  CHECK(out.find("over\nseveral") != std::string::npos);
  CHECK(out.find("so\nCongress") != std::string::npos);  // only the layout says so
  CHECK(out.find("paragraph.\n\nA paragraph") != std::string::npos);
  CHECK(out.find("\n\n") == out.find("paragraph.\n\n") + 10);

  // Unwrapped text: one line per paragraph.
  std::string long_line(240, 'x');
  std::string unwrapped = "First " + long_line + ".\nSecond " + long_line + ".\nThird " +
                          long_line + ".\nFourth " + long_line + ".";
  CHECK(norm(unwrapped).find(".\n\nSecond") != std::string::npos);

  // Wrapped single-spaced text keeps its paragraphs; lower case continues one.
  CHECK(norm("One line\nnext line\n\nNew paragraph\n\nand more") ==
        "One line\nnext line\n\nNew paragraph\nand more");
  CHECK(norm("Nebbia\n\nv.\n\nNew York,\n\n291 U. S. 502.") == "Nebbia\nv.\nNew York,\n291 U. S. 502.");
}

TEST_CASE("line numbers down the margin of pleading paper go; paragraph numbers and footnotes stay") {
  // A slip opinion numbered line by line, a caption then a paragraph.
  const std::vector<std::string> margin_lines = {
      "                    UNITED STATES COURT OF APPEALS", "", "James Wornick, Karen Wornick,", "",
      "                 Appellants,", "", "v.", "", "Thomas Gaffney,", "", "           Trustee-Appellee.", "",
      "       The debtors filed on October 15, 2005, and the", "trustee objected to 23 claims of exemption",
      "and to the cash surrender value of the policies", "that each spouse owned on the other's life,",
      "which the court held exempt under state law.", "The trustee appealed to the District Court."};
  std::string slip;
  for (std::size_t i = 0; i < margin_lines.size(); ++i) {
    const std::string number = std::to_string(i + 1);
    slip += (number.size() == 1 ? " " : "") + number + (margin_lines[i].empty() ? "" : "   " + margin_lines[i]) + "\n";
  }
  const NormalizedText out = normalize(slip);
  CHECK(out.text.find("Thomas Gaffney,") != std::string::npos);
  CHECK(out.text.find("9 Thomas") == std::string::npos);
  CHECK(out.text.find("and the\ntrustee objected to 23 claims") != std::string::npos);
  CHECK(out.text.find("Trustee-Appellee.\n\nThe debtors") != std::string::npos);  // the indented line opens a paragraph
  check_offsets_lead_back(slip, out);

  // Paragraph numbers alone on their lines, footnotes with one space: text.
  std::string numbered;
  for (int i = 1; i <= 14; ++i) numbered += std::to_string(i) + "\n\nParagraph " + std::to_string(i) + " says a thing.\n\n";
  CHECK(norm(numbered).find("\n\n7\n\nParagraph 7") != std::string::npos);
  std::string notes;
  for (int i = 1; i <= 14; ++i) notes += std::to_string(i) + " See note " + std::to_string(i) + ".\n";
  CHECK(norm(notes).find("7 See note 7.") != std::string::npos);
}

TEST_CASE("hostile input: no crash, valid UTF-8, offsets in range and monotonic") {
  std::mt19937 rng(20240611);
  const std::string alphabet[] = {"a", "Z", "1", " ", "\n", "\r", "\f", "\t", "*", "[", "]", "-", ".",
                                  "\xC2\xAD", "\xE2\x80\x9C", "\xE2\x80\x94", "\xEF\xAC\x81",
                                  "\xCC\x81", "\xFF", "\xC3", "\xE2\x80\xA8", "\xE2\x80\xA9",
                                  std::string(1, '\0'), "\xC2\x97", "e\xCC\x81", "at *3", "v."};
  for (int round = 0; round < 300; ++round) {
    std::string s;
    std::size_t length = rng() % 200;
    for (std::size_t i = 0; i < length; ++i) s += alphabet[rng() % std::size(alphabet)];
    NormalizedText n = normalize(s);
    REQUIRE(is_valid_utf8(n.text));
    check_offsets_lead_back(s, n);
  }
  CHECK(normalize("").text.empty());
  CHECK(normalize("").offsets.to_original(0) == 0);
}

TEST_CASE("on real documents the offsets lead every letter and digit back") {
  const std::filesystem::path corpus = std::filesystem::path(LEXGRAPH_SHARED_DIR) / "corpus-real";
  if (!std::filesystem::is_directory(corpus)) {
    MESSAGE("skipped: " << corpus.string() << " is not there");
    return;
  }
  std::mt19937 rng(7);
  std::size_t files = 0, checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus)) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string original = buffer.str();
    const NormalizedText n = normalize(original);
    ++files;
    REQUIRE(is_valid_utf8(n.text));
    CHECK(n.offsets.to_original(n.text.size()) == original.size());
    if (n.text.empty()) continue;
    for (int k = 0; k < 300; ++k) {
      std::size_t pos = rng() % n.text.size();
      if (!std::isalnum(static_cast<unsigned char>(n.text[pos]))) continue;
      std::size_t o = n.offsets.to_original(pos);
      ++checked;
      INFO(entry.path().string() << " normalized " << pos << " original " << o);
      REQUIRE(o < original.size());
      REQUIRE(original[o] == n.text[pos]);
    }
  }
  MESSAGE("offsets checked at " << checked << " positions in " << files << " files");
  CHECK(files > 100);
}
