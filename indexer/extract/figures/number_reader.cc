#include "extract/figures/number_reader.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph::figures {

namespace {

constexpr double kPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// mantissa / 10^fraction_digits * scale, rounded once where possible.
double combine(std::uint64_t mantissa, int fraction_digits, double scale) {
  const double m = static_cast<double>(mantissa);
  const double scaled = m * scale;
  if (fraction_digits == 0) return scaled;
  const double divisor = kPowersOfTen[fraction_digits];
  if (scaled < 9007199254740992.0) return scaled / divisor;  // both exact: one rounding
  return m / divisor * scale;
}

const NumberWord* number_word(std::string_view word) {
  if (word.empty() || word.size() > 12) return nullptr;
  const auto& words = figure_vocabulary().number_words;
  auto it = words.find(lower(word));
  return it == words.end() ? nullptr : &it->second;
}

// A scale word ("million") or, for money, an abbreviation ("bn", "m") at
// `pos`, glued or after one space. Returns the position after it.
std::size_t read_scale(std::string_view text, std::size_t pos, bool money, double& scale) {
  std::size_t word_start = pos;
  const bool glued = pos < text.size() && is_alpha(text[pos]);
  if (!glued) {
    if (pos + 1 >= text.size() || text[pos] != ' ' || !is_alpha(text[pos + 1])) return pos;
    word_start = pos + 1;
  }
  const std::size_t word_end = letters_end(text, word_start);
  if (word_end < text.size() && is_digit(text[word_end])) return pos;
  const std::string_view word = text.substr(word_start, word_end - word_start);
  const NumberWord* entry = number_word(word);
  if (!entry) return pos;
  if (entry->role == NumberRole::scale) {
    if (glued || !is_lower(word.front())) return pos;  // "5million" is not how anyone writes
    scale = entry->value;
    return word_end;
  }
  if (entry->role == NumberRole::scale_abbreviation && money) {
    // "$5m" glued; spaced only the unambiguous ones ("$3.2 bn", not "$5 m").
    if (!glued && word.size() < 2) return pos;
    scale = entry->value;
    return word_end;
  }
  return pos;
}

}  // namespace

bool footnote_after_period(std::string_view text, std::size_t period, bool grouped) {
  if (!grouped || period + 2 >= text.size() || text[period] != '.' || !is_digit(text[period + 1]) ||
      is_digit(text[period + 2]))
    return false;
  std::size_t next = period + 2;
  if (text[next] != ' ' && text[next] != '\n') return false;
  while (next < text.size() && (text[next] == ' ' || text[next] == '\n')) ++next;
  return next < text.size() && std::isupper(static_cast<unsigned char>(text[next]));
}

std::optional<NumberSpan> read_digits(std::string_view text, std::size_t pos, bool money) {
  if (pos >= text.size() || !is_digit(text[pos])) return std::nullopt;
  NumberSpan n;
  n.start = pos;
  std::uint64_t mantissa = 0;
  int significant = 0;
  bool overflow = false;
  auto take = [&](char c) {
    if (significant >= 18) {
      overflow = true;
      return;
    }
    mantissa = mantissa * 10 + static_cast<std::uint64_t>(c - '0');
    if (mantissa != 0) ++significant;
  };
  std::size_t i = pos;
  while (i < text.size() && is_digit(text[i])) take(text[i++]);
  n.integer_digits = static_cast<int>(i - pos);
  // Thousands groups: exactly three digits after each comma, first group 1-3 digits.
  if (n.integer_digits <= 3) {
    auto group_at = [&](std::size_t at) {
      return at + 3 < text.size() && text[at] == ',' && is_digit(text[at + 1]) && is_digit(text[at + 2]) &&
             is_digit(text[at + 3]) && (at + 4 >= text.size() || !is_digit(text[at + 4]));
    };
    while (group_at(i)) {
      take(text[i + 1]);
      take(text[i + 2]);
      take(text[i + 3]);
      n.integer_digits += 3;
      n.grouped = true;
      i += 4;
    }
  }
  int fraction_digits = 0;
  n.footnote_after = i + 1 < text.size() && text[i] == '.' && footnote_after_period(text, i, n.grouped);
  if (i + 1 < text.size() && text[i] == '.' && is_digit(text[i + 1]) && !n.footnote_after) {
    n.decimal = true;
    ++i;
    while (i < text.size() && is_digit(text[i])) {
      if (fraction_digits < 15) {
        take(text[i]);
        ++fraction_digits;
      }
      ++i;
    }
  }
  if (overflow) return std::nullopt;  // 19+ significant digits: an identifier, not a figure
  n.digits_end = i;
  n.end = read_scale(text, i, money, n.scale);
  n.value = combine(mantissa, fraction_digits, n.scale);
  return n;
}

bool starts_number_word(std::string_view text, std::size_t pos) {
  const std::size_t end = letters_end(text, pos);
  const NumberWord* entry = number_word(text.substr(pos, end - pos));
  return entry && (entry->role == NumberRole::small || entry->role == NumberRole::tens);
}

std::optional<NumberSpan> read_number_words(std::string_view text, std::size_t pos) {
  std::size_t end = letters_end(text, pos);
  const NumberWord* first = number_word(text.substr(pos, end - pos));
  if (!first || (first->role != NumberRole::small && first->role != NumberRole::tens)) return std::nullopt;
  NumberSpan n;
  n.start = pos;
  n.words = true;
  double value = first->value;
  // The next word after a space (or a hyphen inside "twenty-five").
  auto word_after = [&](std::size_t at, char separator, std::size_t& word_end) -> const NumberWord* {
    if (at + 1 >= text.size() || text[at] != separator || !is_alpha(text[at + 1])) return nullptr;
    word_end = letters_end(text, at + 1);
    const std::string_view word = text.substr(at + 1, word_end - at - 1);
    // "one" is no number word alone, but it is inside "twenty-one".
    static const NumberWord one{1, NumberRole::small};
    if (separator == '-' && word.size() == 3 && (word == "one" || word == "One" || word == "ONE")) return &one;
    return number_word(word);
  };
  std::size_t next_end = 0;
  if (first->role == NumberRole::tens) {
    const NumberWord* unit = word_after(end, '-', next_end);
    if (unit && unit->role == NumberRole::small && unit->value < 10) {
      value += unit->value;
      end = next_end;
    }
  }
  const NumberWord* next = word_after(end, ' ', next_end);
  if (next && next->role == NumberRole::hundred && value < 10) {
    value *= 100;
    end = next_end;
    next = word_after(end, ' ', next_end);
    if (next && (next->role == NumberRole::small || next->role == NumberRole::tens)) {
      value += next->value;
      end = next_end;
      if (next->role == NumberRole::tens) {
        std::size_t unit_end = 0;
        const NumberWord* unit = word_after(end, '-', unit_end);
        if (unit && unit->role == NumberRole::small && unit->value < 10) {
          value += unit->value;
          end = unit_end;
        }
      }
      next = word_after(end, ' ', next_end);
    }
  }
  n.digits_end = end;
  if (next && next->role == NumberRole::scale && is_lower(text[end + 1])) {
    n.scale = next->value;
    value *= next->value;
    end = next_end;
  }
  n.value = value;
  n.end = end;
  return n;
}

std::string format_number(double value) {
  char buf[32];
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, static_cast<long long>(value));
    return ec == std::errc() ? std::string(buf, ptr) : std::string();
  }
  auto [ptr, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, ptr) : std::string();
}

}  // namespace lexgraph::figures
