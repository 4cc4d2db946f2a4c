#pragma once
// Numbers as text writes them: "12,345", "1.28 million", "2400", "3.2bn"
// (after a currency sign), "nine", "twenty-five", "two hundred", "three
// million". Values are exact for every number a text can reasonably state
// (the digits and the scale are combined in integers before one division).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lexgraph::figures {

struct NumberSpan {
  double value = 0;
  std::size_t start = 0;
  std::size_t end = 0;       // after the scale word when there is one
  std::size_t digits_end = 0;  // after the digits or number words themselves
  double scale = 1;          // 1e6 for "million"
  bool grouped = false;      // thousands separators: "12,345"
  bool decimal = false;
  bool words = false;        // written in words
  bool footnote_after = false;  // "$1,426,000.2 On": a period, then a footnote's number, follows
  int integer_digits = 0;

  bool scaled() const { return scale != 1; }
  // 1600-2100 written as four plain digits: more often a year than a count.
  bool year_like() const {
    return !words && !grouped && !decimal && integer_digits == 4 && value >= 1600 && value <= 2100;
  }
};

// "damaged in the amount of $1,426,000.2 On October 13": whether the period
// at `period`, after a number, ends a sentence and a footnote's number
// follows it, rather than a decimal fraction. Only after thousands groups
// (`grouped`: a figure written so has no one-digit fraction, cents take
// two) and before a capitalised word, so "1,234.5 acres" and "$3.2 million"
// stay decimals.
bool footnote_after_period(std::string_view text, std::size_t period, bool grouped);

// Digits starting at `pos` and an optional scale word after them. With
// `money`, scale abbreviations count too ("$3.2bn", "$5m", "$3.2 bn").
std::optional<NumberSpan> read_digits(std::string_view text, std::size_t pos, bool money);

// Number words starting at `pos` ("nine", "Twenty-five", "two hundred
// thousand"). "one" is not a number word here (see figure_number_words.tsv).
std::optional<NumberSpan> read_number_words(std::string_view text, std::size_t pos);

// Is the word at `pos` (letters only) a number word that can start a number?
bool starts_number_word(std::string_view text, std::size_t pos);

// "42695", "1280000", "0.5", "1.28e+12": the shortest exact form.
std::string format_number(double value);

}  // namespace lexgraph::figures
