// The terms-and-connectors language: tokens, precedence, Lexis synonyms,
// fields, date ranges, errors, and the shape of the Xapian translation.
#include <doctest/doctest.h>

#include <string>

#include <xapian.h>

#include "search/query_lexer.h"
#include "search/query_parser.h"
#include "search/query_translator.h"
#include "search/query_words.h"
#include "search/term_expansion.h"

using namespace lexgraph;

namespace {

std::string parsed(const std::string& query) { return describe(parse_query(query)); }

std::string error_of(const std::string& query) {
  try {
    parse_query(query);
  } catch (const QuerySyntaxError& e) {
    return e.what();
  }
  return "(no error)";
}

// Translation against an empty in-memory database: plain words need no
// database; patterns expand to nothing.
TranslatedQuery translated(const std::string& query) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  TermExpansions expansions(db, kDefaultMaxExpansion);
  return translate_query(parse_query(query), expansions);
}

std::string xapian_of(const std::string& query) { return translated(query).query.get_description(); }

}  // namespace

TEST_CASE("query words become the index's terms (TermGenerator on both sides)") {
  auto spelled = [](const std::string& text) {
    std::string out;
    for (const TermPattern& p : analyze_query_text(text, 1)) {
      if (!out.empty()) out += ' ';
      out += p.spelling();
    }
    return out;
  };
  CHECK(spelled("Kollar-Kotelly") == "kollar kotelly");
  CHECK(spelled("D.D.C.") == "ddc");
  CHECK(spelled("§ 6103(a)") == "6103 a");
  CHECK(spelled("AT&T") == "at&t");
  CHECK(spelled("O'Connor") == "o'connor");
  CHECK(spelled("disclos!") == "disclos!");
  CHECK(spelled("WOM*N") == "wom*n");
  CHECK(spelled("object***") == "object***");
  CHECK(spelled("kollar-kot!") == "kollar kot!");
  CHECK(spelled("§").empty());
  CHECK(stem_term("disclosed") == "Zdisclos");
  CHECK(stem_term("2019").empty());
}

TEST_CASE("patterns: ! is any ending, inner * one character, trailing * up to that many") {
  TermPattern root{"disclos", 0, true};
  CHECK(pattern_matches(root, "disclos"));
  CHECK(pattern_matches(root, "disclosure"));
  CHECK_FALSE(pattern_matches(root, "disclo"));
  TermPattern inner{"wom*n", 0, false};
  CHECK(pattern_matches(inner, "woman"));
  CHECK(pattern_matches(inner, "women"));
  CHECK_FALSE(pattern_matches(inner, "womn"));
  CHECK_FALSE(pattern_matches(inner, "womaan"));
  CHECK_FALSE(pattern_matches(inner, "womans"));
  TermPattern tail{"object", 3, false};
  CHECK(pattern_matches(tail, "object"));
  CHECK(pattern_matches(tail, "objects"));
  CHECK(pattern_matches(tail, "objected"));
  CHECK(pattern_matches(tail, "objection"));
  CHECK_FALSE(pattern_matches(tail, "objectionable"));
  TermPattern one{"int", 1, false};
  CHECK(pattern_matches(one, "into"));
  CHECK_FALSE(pattern_matches(one, "intent"));
  TermPattern accented{"caf*", 0, false};
  CHECK(pattern_matches(accented, "café"));  // one character, two bytes
}

TEST_CASE("Westlaw precedence: phrase, OR, /n, /s, /p, &, %") {
  CHECK(parsed("a b /s c & d % e") == "((((a OR b) /s c) AND d) BUT NOT e)");
  CHECK(parsed("a /p b /s c /3 d") == "(a /p (b /s (c /3 d)))");
  CHECK(parsed("a /3 b /s c /p d") == "(((a /3 b) /s c) /p d)");
  CHECK(parsed("a & b /p c") == "(a AND (b /p c))");
  CHECK(parsed("a % b & c") == "(a BUT NOT (b AND c))");
  CHECK(parsed("a /s b /s c") == "((a /s b) /s c)");  // left to right
  CHECK(parsed("a % b % c") == "((a BUT NOT b) BUT NOT c)");
  CHECK(parsed("a & b & c") == "(a AND b AND c)");
  CHECK(parsed("a (b /s c)") == "(a OR (b /s c))");
  CHECK(parsed("(a b) /s c") == "((a OR b) /s c)");
  CHECK(parsed("\"last known address\" /s disclos!") == "(\"last known address\" /s disclos!)");
}

TEST_CASE("every connector and its Lexis / upper-case spellings") {
  CHECK(parsed("a /5 b") == "(a /5 b)");
  CHECK(parsed("a w/5 b") == "(a /5 b)");
  CHECK(parsed("a W/5 b") == "(a /5 b)");
  CHECK(parsed("a +5 b") == "(a +5 b)");
  CHECK(parsed("a pre/5 b") == "(a +5 b)");
  CHECK(parsed("a /s b") == "(a /s b)");
  CHECK(parsed("a /S b") == "(a /s b)");
  CHECK(parsed("a w/s b") == "(a /s b)");
  CHECK(parsed("a +s b") == "(a +s b)");
  CHECK(parsed("a /p b") == "(a /p b)");
  CHECK(parsed("a w/p b") == "(a /p b)");
  CHECK(parsed("a +p b") == "(a +p b)");
  CHECK(parsed("a & b") == "(a AND b)");
  CHECK(parsed("a and b") == "(a AND b)");
  CHECK(parsed("a AND b") == "(a AND b)");
  CHECK(parsed("a or b") == "(a OR b)");
  CHECK(parsed("a OR b") == "(a OR b)");
  CHECK(parsed("a % b") == "(a BUT NOT b)");
  CHECK(parsed("a but not b") == "(a BUT NOT b)");
  CHECK(parsed("a and not b") == "(a BUT NOT b)");
  CHECK(parsed("a AND NOT b") == "(a BUT NOT b)");
  CHECK(parsed("a NOT b") == "(a BUT NOT b)");
  CHECK(parsed("tax/s return") == "(tax /s return)");
  CHECK(parsed("a /255 b") == "(a /255 b)");
  CHECK(parsed("but") == "but");  // only "but not" is an operator
}

TEST_CASE("phrases, patterns and words as the index splits them") {
  CHECK(parsed("\"Attractive Nuisance\"") == "\"attractive nuisance\"");
  CHECK(parsed("\xE2\x80\x9C" "attractive nuisance" "\xE2\x80\x9D") == "\"attractive nuisance\"");
  CHECK(parsed("\"disclos! of return*\"") == "\"disclos! of return*\"");
  CHECK(parsed("Kollar-Kotelly") == "\"kollar kotelly\"");
  CHECK(parsed("6103(a)(1)") == "\"6103 a 1\"");
  CHECK(parsed("26 U.S.C. § 6103") == "(26 OR usc OR 6103)");
  CHECK(error_of("§ /s 6103").find("connector /s at column 3 needs a term on both sides") != std::string::npos);
  ParsedQuery ignored = parse_query("§ 6103");
  CHECK(describe(ignored) == "6103");
  REQUIRE(ignored.warnings.size() == 1);
  CHECK(ignored.warnings[0].find("'§'") != std::string::npos);
}

TEST_CASE("free-text fields take a word, a phrase or a group") {
  CHECK(parsed("title:Smith") == "title:smith");
  CHECK(parsed("title:\"united states v. smith\"") == "title:\"united states v smith\"");
  CHECK(parsed("court:D.D.C.") == "court:ddc");
  // TermGenerator reads lower-case d.d.c. as three words: both readings count.
  CHECK(parsed("court:d.d.c.") == "(court:\"d d c\" OR court:ddc)");
  CHECK(parsed("\"e.g. u.s.c.\"") == "(\"e g u s c\" OR \"eg u s c\" OR \"e g usc\" OR \"eg usc\")");
  CHECK(parsed("judge:(kollar /2 kotelly)") == "(judge:kollar /2 judge:kotelly)");
  CHECK(parsed("ti(mikkelson +p mikkelson)") == "(title:mikkelson +p title:mikkelson)");
  CHECK(parsed("co(ddc)") == "court:ddc");
  CHECK(parsed("JU(edwards)") == "judge:edwards");
  CHECK(parsed("title:tax! & disclos!") == "(title:tax! AND disclos!)");
}

TEST_CASE("filters outside parentheses restrict the whole query") {
  CHECK(parsed("tax /s disclos! kind:opinion") == "(tax /s disclos!) FILTER kind:opinion");
  CHECK(parsed("kind:Opinion & tax") == "tax FILTER kind:opinion");
  CHECK(parsed("a & kind:order & b") == "(a AND b) FILTER kind:order");
  CHECK(parsed("a and year:2019") == "a FILTER year:2019");
  CHECK(parsed("kind:opinion kind:order") == "FILTER kind:opinion kind:order");
  CHECK(parsed("docket:\"No. 25-5181\" tax") == "tax FILTER docket:25-5181");
  CHECK(parsed("docket:1:25-CV-01101") == "FILTER docket:1:25-cv-01101");
  CHECK(parsed("id:CL-123 format:PDF") == "FILTER id:CL-123 format:pdf");
  CHECK(parsed("month:2019-05") == "FILTER month:201905");
  // ... but inside parentheses or after % they are operands.
  CHECK(parsed("a % kind:order") == "(a BUT NOT kind:order)");
  CHECK(parsed("(a kind:order) & b") == "((a OR kind:order) AND b)");
  CHECK(parsed("Kind:opinion") == "FILTER kind:opinion");
  CHECK(parsed("re:x") == "\"re x\"");  // not a field: an ordinary word
}

TEST_CASE("date ranges: days, months, years, open ends") {
  CHECK(parsed("date:2019-01-01..2019-12-31") == "FILTER date:2019-01-01..2019-12-31");
  CHECK(parsed("date:2019..2020") == "FILTER date:2019..2020");
  CHECK(parsed("date:..2020-06-30") == "FILTER date:..2020-06-30");
  CHECK(parsed("date:2019-05-01..") == "FILTER date:2019-05-01..");
  CHECK(parsed("date:2019-05") == "FILTER date:2019-05..2019-05");
  ParsedQuery year = parse_query("date:2019");
  REQUIRE(year.filters.size() == 1);
  CHECK(year.filters[0].date_from == 20190000u);
  CHECK(year.filters[0].date_to == 20199999u);
  ParsedQuery month = parse_query("date:..2020-06");
  CHECK(month.filters[0].date_from == 0u);
  CHECK(month.filters[0].date_to == 20200699u);
}

TEST_CASE("syntax errors say what and where") {
  CHECK(error_of("") == "empty query");
  CHECK(error_of("   ") == "empty query");
  CHECK(error_of("(tax /s return") == "unbalanced parenthesis at column 1: '(' is never closed");
  CHECK(error_of("tax /s return)") == "unbalanced parenthesis at column 14: ')' has no matching '('");
  CHECK(error_of("/s tax") == "connector /s at column 1 needs a term on both sides");
  CHECK(error_of("tax /s") == "connector /s at column 5 needs a term on both sides");
  CHECK(error_of("tax & & b") == "connector & at column 5 needs a term on both sides");
  CHECK(error_of("tax or") == "connector or at column 5 needs a term on both sides");
  CHECK(error_of("a % ") == "connector % at column 3 needs a term on both sides");
  CHECK(error_of("a \"b c") == "unterminated quotation mark at column 3");
  CHECK(error_of("a \"\" b") == "empty phrase at column 3");
  CHECK(error_of("a () b") == "empty parentheses at column 3");
  CHECK(error_of("a /0 b").find("n must be from 1 to 255") != std::string::npos);
  CHECK(error_of("a /256 b").find("n must be from 1 to 255") != std::string::npos);
  CHECK(error_of("a /x b") .find("unknown connector /x at column 3") != std::string::npos);
  CHECK(error_of("a w/seg b").find("not supported") != std::string::npos);
  CHECK(error_of("a not w/5 b").find("not supported") != std::string::npos);
  CHECK(error_of("dis!clos").find("root expander ! must end a word") != std::string::npos);
  CHECK(error_of("*tax").find("universal character * needs at least one letter before it") != std::string::npos);
  CHECK(error_of("tax /s kind:opinion").find("cannot take the field filter kind:opinion") != std::string::npos);
  CHECK(error_of("title:tax /s return").find("joins words of different fields (body and title)") !=
        std::string::npos);
  CHECK(error_of("kind:(opinion order)").find("takes one value") != std::string::npos);
  CHECK(error_of("title: tax").find("needs a value right after the colon") != std::string::npos);
  CHECK(error_of("title:(a court:b)").find("is inside field title:") != std::string::npos);
  CHECK(error_of("date:2019-13").find("date: cannot read '2019-13'") != std::string::npos);
  CHECK(error_of("date:2019-02-00").find("cannot read") != std::string::npos);
  CHECK(error_of("date:2020..2019").find("ends before it starts") != std::string::npos);
  CHECK(error_of("date:..").find("at least one end") != std::string::npos);
  CHECK(error_of("year:19").find("four-digit year") != std::string::npos);
  CHECK(error_of("month:2019-13").find("yyyy-mm") != std::string::npos);
  CHECK(error_of("§").find("no searchable words") != std::string::npos);
  CHECK(error_of(std::string(65, '(') + "a" + std::string(65, ')')).find("nested too deeply") != std::string::npos);
  CHECK(error_of(std::string(9000, 'a')).find("longer than") != std::string::npos);
  std::string chain = "w0";
  for (int i = 1; i <= 256; ++i) chain += " /3 w" + std::to_string(i);
  CHECK(error_of(chain).find("more than 256 words at column") != std::string::npos);
  // Every message is one line.
  CHECK(error_of("(a").find('\n') == std::string::npos);
}

TEST_CASE("hostile input never crashes the parser") {
  const char* inputs[] = {"((((", "))))", "\"", "/", "+", "!", "*", "&&&", "%%%", "a /s /s b", "title:",
                          "date:", "ti(", "\xff\xfe", "a\x01" "b", "\"\xE2\x80\x9C\"", "w/", "pre/", "or or"};
  for (const char* input : inputs) {
    try {
      parse_query(input);
    } catch (const QuerySyntaxError&) {
    }
  }
  CHECK(true);
}

TEST_CASE("translation: /n and +n windows, /s /p windows, chains, exactness") {
  CHECK(xapian_of("a /3 b").find("(a NEAR 4 b)") != std::string::npos);
  CHECK(xapian_of("a +3 b").find("(a PHRASE 4 b)") != std::string::npos);
  CHECK(xapian_of("a /s b").find("(a NEAR 256 b)") != std::string::npos);
  CHECK(xapian_of("a +s b").find("(a PHRASE 256 b)") != std::string::npos);
  CHECK(xapian_of("a /p b").find("(a NEAR 16384 b)") != std::string::npos);
  CHECK(xapian_of("a +p b").find("(a PHRASE 16384 b)") != std::string::npos);
  CHECK(xapian_of("a /s b /s c").find("(a NEAR 256 b NEAR 256 c)") != std::string::npos);
  CHECK(xapian_of("a +s (b +s c)").find("(a PHRASE 256 b PHRASE 256 c)") != std::string::npos);
  CHECK(xapian_of("(a b) /s c").find("((a OR b) NEAR 256 c)") != std::string::npos);
  CHECK(xapian_of("\"a b\"").find("(a PHRASE 2 b)") != std::string::npos);
  CHECK(xapian_of("a % b").find("(a AND_NOT b)") != std::string::npos);
  CHECK(translated("a /s b /s c").exact);
  CHECK(translated("(a b) /s (c d)").exact);
  CHECK(translated("(a & b) /s c").exact);  // distributes
  CHECK(xapian_of("(a & b) /s c").find("((a NEAR 256 c) AND (b NEAR 256 c))") != std::string::npos);
  CHECK(xapian_of("(a % b) /s c").find("((a NEAR 256 c) AND_NOT b)") != std::string::npos);
  TranslatedQuery phrase_near = translated("\"last known address\" /s disclose");
  CHECK_FALSE(phrase_near.exact);
  REQUIRE(phrase_near.approximations.size() == 1);
  CHECK(phrase_near.approximations[0] == "(\"last known address\" /s disclose)");
  std::string d = phrase_near.query.get_description();
  CHECK(d.find("(last PHRASE 3 known PHRASE 3 address)") != std::string::npos);
  CHECK(d.find("(last NEAR 256 known NEAR 256 address NEAR 256 disclose)") != std::string::npos);
  CHECK_FALSE(translated("(a /3 b) /s c").exact);
  CHECK_FALSE(translated("(a /s b) /p c").exact);
  // Filters and ranking stems.
  std::string filtered = xapian_of("tax kind:opinion year:2019 year:2020");
  CHECK(filtered.find("FILTER (XKopinion AND (Y2019 OR Y2020))") != std::string::npos);
  CHECK(xapian_of("disclosed").find("AND_MAYBE Zdisclos") != std::string::npos);
  CHECK(xapian_of("disclosed % penalties").find("Zpenalti") == std::string::npos);
  CHECK(xapian_of("title:smith").find("Ssmith") != std::string::npos);
  CHECK(xapian_of("id:CL-1").find("QCL-1") != std::string::npos);
}

TEST_CASE("the longest accepted chain of approximated connectors translates quickly") {
  std::string chain = "\"a b\"";
  for (int i = 1; i < 128; ++i) chain += " /3 \"a b\"";
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  TermExpansions expansions(db, kDefaultMaxExpansion);
  TranslatedQuery t = translate_query(parse_query(chain), expansions);
  CHECK_FALSE(t.exact);
  CHECK(t.approximations.size() == 127);
}

TEST_CASE("a distribution explosion is refused, not attempted") {
  std::string query = "(\"a b\" \"c d\" \"e f\" \"g h\")";
  std::string big = query + " /s " + query + " /s " + query + " /s " + query + " /s " + query;
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  TermExpansions expansions(db, kDefaultMaxExpansion);
  CHECK_THROWS_AS(translate_query(parse_query(big), expansions), QuerySyntaxError);
}

TEST_CASE("Xapian's NEAR and NEAR/n are connectors only in upper case") {
  CHECK(parsed("tax NEAR disclosure") == parsed("tax /10 disclosure"));
  CHECK(parsed("tax NEAR/3 disclosure") == parsed("tax /3 disclosure"));
  CHECK(parsed("near the border") == parsed("near or the or border"));
}
