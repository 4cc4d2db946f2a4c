// The shared reader of the TSV data files in indexer/extract/data.

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/data_table.h"

using lexgraph::DataTable;
using lexgraph::DataTableRules;
using lexgraph::parse_data_table;

namespace {

bool mentions(const std::vector<std::string>& problems, std::string_view text) {
  for (const std::string& p : problems)
    if (p.find(text) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("data table: comments and blank lines are skipped, the first line is the header") {
  DataTable t = parse_data_table("# about the file\n\nkey\tvalue\n# between rows\nalpha\t1\n\n\nbeta\t2\n", "t.tsv");
  CHECK(t.problems.empty());
  CHECK(t.header == std::vector<std::string_view>{"key", "value"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0] == std::vector<std::string_view>{"alpha", "1"});
  CHECK(t.rows[1] == std::vector<std::string_view>{"beta", "2"});
}

TEST_CASE("data table: CRLF line ends and a missing final newline") {
  DataTable t = parse_data_table("#c\r\nkey\tvalue\r\nalpha\t1\r\n\r\nbeta\t2", "t.tsv");
  CHECK(t.problems.empty());
  CHECK(t.header == std::vector<std::string_view>{"key", "value"});
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0][1] == "1");  // no '\r' left on the last field
  CHECK(t.rows[1][1] == "2");
}

TEST_CASE("data table: fields are kept as written, empty ones included") {
  DataTable t = parse_data_table("a\tb\tc\n x \t\t\n", "t.tsv");
  CHECK(t.problems.empty());
  REQUIRE(t.rows.size() == 1);
  CHECK(t.rows[0] == std::vector<std::string_view>{" x ", "", ""});
}

TEST_CASE("data table: a row with the wrong number of columns is a problem naming file and line") {
  DataTable t = parse_data_table("# c\na\tb\n1\t2\n1\t2\t3\nshort\n4\t5\n", "widths.tsv");
  CHECK(t.rows.size() == 2);
  REQUIRE(t.problems.size() == 2);
  CHECK(t.problems[0] == "widths.tsv:4: 3 columns, expected 2");
  CHECK(t.problems[1] == "widths.tsv:5: 1 columns, expected 2");
}

TEST_CASE("data table: a fixed width applies to the header too") {
  DataTable t = parse_data_table("a\tb\tc\nx\ty\n1\t2\n", "fixed.tsv", {.columns = 2});
  CHECK(t.header == std::vector<std::string_view>{"x", "y"});
  CHECK(t.rows.size() == 1);
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0] == "fixed.tsv:1: 3 columns, expected 2");
}

TEST_CASE("data table: short rows padded when the rules allow it, long rows still refused") {
  DataTable t = parse_data_table("# comment\na\tb\n1\t2\n1\t2\t3\n\nx\n", "pad.tsv",
                                 {.pad_short_rows = true, .filled_columns = 1});
  CHECK(t.header.size() == 2);
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1] == std::vector<std::string_view>{"x", ""});
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0] == "pad.tsv:4: 3 columns, expected at most 2");
}

TEST_CASE("data table: required columns must not be empty") {
  DataTable t = parse_data_table("# c\na\tb\nx\ty\nz\n\tq\nr\t\n", "t.tsv",
                                 {.columns = 2, .filled_columns = DataTableRules::kAllColumns});
  CHECK(t.rows.size() == 1);
  REQUIRE(t.problems.size() == 3);  // one column; an empty first field; an empty second field
  CHECK(t.problems[0] == "t.tsv:4: 1 columns, expected 2");
  CHECK(t.problems[1] == "t.tsv:5: column 1 is empty");
  CHECK(t.problems[2] == "t.tsv:6: column 2 is empty");

  DataTable first_only = parse_data_table("a\tb\nx\t\n\ty\n", "t.tsv", {.filled_columns = 1});
  CHECK(first_only.rows.size() == 1);
  CHECK(first_only.problems == std::vector<std::string>{"t.tsv:3: column 1 is empty"});
}

TEST_CASE("data table: a file without a header row is a problem") {
  CHECK(mentions(parse_data_table("", "empty.tsv").problems, "empty.tsv: no header row"));
  CHECK(mentions(parse_data_table("# only comments\n\n", "c.tsv").problems, "c.tsv: no header row"));
  DataTable t = parse_data_table("a\n", "one.tsv");
  CHECK(t.problems.empty());
  CHECK(t.rows.empty());
}

TEST_CASE("data table: list fields split on their separator") {
  CHECK(lexgraph::split_list(" a | b||c ") == std::vector<std::string_view>{"a", "b", "c"});
  CHECK(lexgraph::split_list("").empty());
  CHECK(lexgraph::split_list("x,y", ',') == std::vector<std::string_view>{"x", "y"});
}
