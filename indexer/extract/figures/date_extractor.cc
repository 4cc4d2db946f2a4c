// Dates of events. Absolute forms ("November 21, 2025", "Nov. 21, 2025",
// "21 November 2025", "2025-11-21", "11/21/2025", "November 2025") are
// always dates, except inside a citation's parenthetical ("(D.C. Cir. Aug.
// 23, 2000)", "84 Stat. 1890 (Jan. 2, 1971)"), which dates a source, not an
// event. A bare year or month name is a date only after a cue ("in 2019",
// "since April", "late 2022", "last April"). Relative words ("Thursday",
// "yesterday", "earlier this month") are resolved against Document::date;
// news convention: a bare weekday is the latest such day on or before the
// document's date, unless the sentence looks ahead ("will rule on Monday").
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "extract/figures/calendar.h"
#include "extract/figures/date_text.h"
#include "extract/figures/figures.h"
#include "extract/figures/text_tokens.h"
#include "extract/figures/vocabulary.h"

namespace lexgraph {

namespace {

using figures::capitalised;
using figures::char_at;
using figures::CivilDate;
using figures::date_vocabulary;
using figures::digits_exactly;
using figures::Direction;
using figures::in_citation_parenthetical;
using figures::is_alnum;
using figures::is_alpha;
using figures::is_blank;
using figures::is_digit;
using figures::is_upper;
using figures::one_or_two_digits;
using figures::opens_with_dateline;
using figures::ordinal_suffix;
using figures::Token;
using figures::year_at;

constexpr std::size_t kWindow = 160;
// A month and day without a year take the year of an explicit date this
// close before them ("On March 1, 2019 ... On March 5, the agency ...").
constexpr std::size_t kContextYearReach = 2000;

class DateScanner {
 public:
  DateScanner(const ExtractionContext& ctx, std::vector<Mention>& out)
      : ctx_(ctx), text_(ctx.text), out_(out), anchor_(figures::parse_iso(ctx.doc.date)),
        news_(ctx.doc.kind == "news" || (ctx.doc.kind.empty() && opens_with_dateline(ctx.text))),
        vocab_(date_vocabulary()) {}

  void run() {
    std::size_t i = 0;
    while (i < text_.size()) {
      const char c = text_[i];
      if (is_alpha(c) && figures::word_starts_at(text_, i)) {
        const std::size_t end = figures::letters_end(text_, i);
        i = std::max(end, try_word(i, end));
      } else if (is_digit(c) && figures::word_starts_at(text_, i)) {
        i = std::max(i + 1, try_numeric(i));
      } else {
        ++i;
      }
    }
  }

 private:
  // ---- words: month names, weekdays, relative phrases

  std::size_t try_word(std::size_t i, std::size_t end) {
    const std::size_t len = end - i;
    const figures::DateVocabulary& vocab = vocab_;
    if (is_upper(text_[i]) && len >= 3 && len <= 9 && vocab.name_filter.may_contain(text_.substr(i, len))) {
      const std::string key = capitalised(text_.substr(i, len));
      if (auto month = vocab.months.find(key); month != vocab.months.end()) {
        return try_month(i, end, month->second);
      }
      if (auto weekday = vocab.weekdays.find(key); weekday != vocab.weekdays.end() && !figures::all_upper(text_.substr(i, len))) {
        return try_weekday(i, end, weekday->second);
      }
    }
    if (vocab.relative_filter.may_contain(text_.substr(i, len)) &&
        vocab.relative_first_words.count(figures::lower(text_.substr(i, len)))) {
      return try_relative(i);
    }
    return end;
  }

  // After the blanks between two parts of a date ("November 21", "November\n21"):
  // one to three blanks with at most one line break; npos when there are none.
  std::size_t gap(std::size_t pos) const {
    std::size_t at = pos;
    int newlines = 0;
    while (at < text_.size() && at < pos + 3 && is_blank(text_[at])) newlines += text_[at++] == '\n';
    return at == pos || newlines > 1 ? std::string_view::npos : at;
  }

  std::size_t try_month(std::size_t i, std::size_t end, const figures::MonthName& month) {
    const bool caps = figures::all_upper(text_.substr(i, end - i));
    std::size_t pos = end;
    // A full stop after a full name ends the sentence; after "Nov" it abbreviates.
    const bool dot = month.abbreviation && char_at(text_, pos) == '.';
    if (dot) ++pos;
    const std::size_t next = gap(pos);
    const bool digit_follows = next != std::string_view::npos && is_digit(char_at(text_, next));
    if (month.abbreviation && !dot && !digit_follows) return end;

    if (digit_follows) {
      std::size_t day_end = 0;
      if (std::optional<int> day = one_or_two_digits(text_, next, day_end)) {
        day_end = ordinal_suffix(text_, day_end);
        const char after = char_at(text_, day_end);
        if (is_alnum(after) || *day < 1 || *day > 31) return day_end;
        // "CBP Dec. 17-03", "March 5:30", "Nov. 3/4": not a day.
        if ((after == ':' || after == '.' || after == '-' || after == '/') && is_digit(char_at(text_, day_end + 1))) {
          return day_end;
        }
        std::size_t at = day_end;
        if (char_at(text_, at) == ',') ++at;
        if (const std::size_t year_pos = gap(at); year_pos != std::string_view::npos) {
          if (std::optional<int> year = year_at(text_, year_pos)) {
            return emit_full(i, year_pos + 4, *year, month.number, *day);
          }
        }
        return emit_month_day(i, day_end, month.number, *day);
      }
      if (std::optional<int> year = year_at(text_, next)) return emit_month_year(i, next + 4, *year, month.number);
      return next;
    }
    // "November, 2025", "November of 2025"
    if (char_at(text_, pos) == ',' && gap(pos + 1) != std::string_view::npos) {
      const std::size_t year_pos = gap(pos + 1);
      if (std::optional<int> year = year_at(text_, year_pos)) return emit_month_year(i, year_pos + 4, *year, month.number);
    }
    if (next != std::string_view::npos && text_.substr(next, 2) == "of" && gap(next + 2) != std::string_view::npos) {
      const std::size_t year_pos = gap(next + 2);
      if (std::optional<int> year = year_at(text_, year_pos)) return emit_month_year(i, year_pos + 4, *year, month.number);
    }
    if (month.abbreviation || caps || dot) return end;
    return try_month_alone(i, end, month.number);
  }

  // "last April", "in April", "since March", "early June", "mid-May".
  std::size_t try_month_alone(std::size_t i, std::size_t end, int month) {
    const auto& cues = date_vocabulary().cues;
    bool approximate = false;
    bool this_year = false;
    Direction direction = Direction::on_or_before;
    std::size_t start = i;
    if (i >= 4 && figures::lower(text_.substr(i - 4, 4)) == "mid-") {
      approximate = true;
      start = i - 4;
    } else {
      const std::vector<Token> before = figures::tokens_before(text_, i, floor_of(i), 1);
      if (before.empty() || before[0].punct_after || before[0].end == i) return end;
      const Token& t = before[0];
      auto cue = cues.find(t.lower);
      const unsigned role = cue == cues.end() ? 0u : cue->second;
      if (t.lower == "last" || t.lower == "next" || t.lower == "this") {
        direction = t.lower == "last" ? Direction::before : Direction::after;
        this_year = t.lower == "this";
        start = t.core_start;
      } else if (role & figures::kCueApproximate) {
        approximate = true;
        start = t.core_start;
      } else if (!(role & figures::kCuePreposition)) {
        return end;
      }
    }
    Mention m = make(start, end);
    if (approximate) m.attrs["approximate"] = true;
    if (news_) {
      // News speaks from its date: "last April" is the April before it.
      m.attrs["relative"] = true;
      if (anchor_ && anchor_->has_month()) {
        const int year = this_year ? anchor_->year : figures::resolve_month_year(*anchor_, month, direction);
        set_iso(m, CivilDate{year, month, 0});
      }
    } else {
      // Opinions and filings narrate: "In mid-January" belongs to the year
      // the narrative last named; without one it is no date we can place.
      const int year = context_year(start);
      const bool from_now = this_year || direction != Direction::on_or_before;  // "last April" in a story: unplaceable
      if (!year || from_now) return end;
      set_iso(m, CivilDate{year, month, 0});
      m.attrs["year_inferred"] = true;
    }
    out_.push_back(std::move(m));
    return end;
  }

  // The year of the last explicit date shortly before `pos`, or 0.
  int context_year(std::size_t pos) const {
    return context_year_ && pos >= context_pos_ && pos - context_pos_ <= kContextYearReach ? context_year_ : 0;
  }

  std::size_t try_weekday(std::size_t i, std::size_t end, int weekday) {
    // "Thursday, November 20, 2025": the absolute date takes the weekday in.
    if (char_at(text_, end) == ',' && char_at(text_, end + 1) == ' ' && is_upper(char_at(text_, end + 2))) {
      const std::size_t word_end = figures::letters_end(text_, end + 2);
      if (date_vocabulary().months.count(capitalised(text_.substr(end + 2, word_end - end - 2)))) return end;
    }
    static const std::unordered_set<std::string> holidays = {"black", "good", "super", "cyber", "ash", "easter",
                                                             "palm",  "holy", "maundy", "shrove", "fat"};
    // "Sunday laws", "Sunday closing": the weekday as a kind of day, not a date.
    static const std::unordered_set<std::string> kinds_of_day = {
        "law", "laws", "closing", "school", "schools", "observance", "sales", "trading", "edition", "editions",
        "service", "services", "mail", "work", "worship", "liquor", "blue"};
    const std::vector<Token> after = figures::tokens_after(text_, end, ceiling_of(end), 1);
    if (!after.empty() && after[0].start == end + 1 && kinds_of_day.count(after[0].lower)) return end;
    const std::vector<Token> before = figures::tokens_before(text_, i, floor_of(i), 1);
    std::size_t start = i;
    Direction direction = Direction::on_or_before;
    if (!before.empty() && before[0].end < i && !before[0].punct_after) {
      const Token& t = before[0];
      if (holidays.count(t.lower)) return end;
      if (t.lower == "last") direction = Direction::before;
      if (t.lower == "next") direction = Direction::after;
      if (t.lower == "last" || t.lower == "next" || t.lower == "this") start = t.core_start;
    }
    if (!news_) return end;  // an opinion's "on Friday" is a day of its story, not of its date
    if (in_weekday_range(i, end)) return end;
    if (direction == Direction::on_or_before && looks_ahead(i)) direction = Direction::on_or_after;
    Mention m = make(start, end);
    m.attrs["relative"] = true;
    if (anchor_ && anchor_->has_day()) set_iso(m, figures::resolve_weekday(*anchor_, weekday, direction));
    out_.push_back(std::move(m));
    return end;
  }

  // "Monday through Friday", "Monday to Friday": office hours, not a date.
  bool in_weekday_range(std::size_t start, std::size_t end) const {
    static const std::unordered_set<std::string> links = {"through", "to", "thru", "-"};
    const std::vector<Token> after = figures::tokens_after(text_, end, ceiling_of(end), 2);
    if (after.size() == 2 && links.count(after[0].lower) && vocab_.weekdays.count(std::string(after[1].core))) return true;
    const std::vector<Token> before = figures::tokens_before(text_, start, floor_of(start), 2);
    return before.size() == 2 && links.count(before[0].lower) && vocab_.weekdays.count(std::string(before[1].core));
  }

  // Does the sentence look ahead before `pos` ("will rule on Monday")?
  bool looks_ahead(std::size_t pos) const {
    const std::size_t sentence_start = figures::sentence_bounds(ctx_.segments, pos, text_.size()).first;
    const auto& cues = date_vocabulary().cues;
    for (const Token& t : figures::tokens_before(text_, pos, std::max(sentence_start, floor_of(pos)), 6)) {
      auto cue = cues.find(t.lower);
      if (cue != cues.end() && (cue->second & figures::kCueFuture)) return true;
    }
    return false;
  }

  // "yesterday", "last year", "earlier this month".
  std::size_t try_relative(std::size_t i) {
    const auto& vocab = date_vocabulary();
    const std::vector<Token> toks = figures::tokens_after(text_, i, ceiling_of(i), vocab.max_relative_words);
    for (std::size_t w = toks.size(); w >= 1; --w) {
      std::string phrase;
      bool ok = toks[0].start == i;
      for (std::size_t k = 0; k < w && ok; ++k) {
        std::string word = toks[k].lower;
        if (word.size() > 2 && word.compare(word.size() - 2, 2, "'s") == 0) word.resize(word.size() - 2);
        ok = !toks[k].core.empty() && (k + 1 == w || !toks[k].punct_after) && (k == 0 || !toks[k].punct_before);
        if (k) phrase += ' ';
        phrase += word;
      }
      if (!ok) continue;
      auto it = vocab.relative.find(phrase);
      if (it == vocab.relative.end()) continue;
      // Opinions narrate ("the next month", "that year") and say "today" of
      // their own reasoning: relative words speak from the date only in news.
      if (!news_) return toks[0].end;
      const std::vector<Token> before = figures::tokens_before(text_, i, floor_of(i), 1);
      if (!before.empty() && !before[0].punct_after &&
          (before[0].lower == "the" || before[0].lower == "that" || before[0].lower == "following")) {
        return toks[0].end;
      }
      const figures::RelativePhrase& rel = it->second;
      const Token& last = toks[w - 1];
      std::size_t end = last.core_start + last.core.size();
      if (last.lower.size() > 2 && last.lower.compare(last.lower.size() - 2, 2, "'s") == 0) end -= 2;
      Mention m = make(toks[0].core_start, end);
      m.attrs["relative"] = true;
      if (rel.approximate) m.attrs["approximate"] = true;
      if (anchor_) {
        if (rel.unit == 'd' && anchor_->has_day()) {
          const long days = figures::days_from_civil(anchor_->year, anchor_->month, anchor_->day) + rel.offset;
          set_iso(m, figures::civil_from_days(days));
        } else if (rel.unit == 'm' && anchor_->has_month()) {
          set_iso(m, figures::add_months(*anchor_, rel.offset));
        } else if (rel.unit == 'y') {
          set_iso(m, CivilDate{anchor_->year + rel.offset, 0, 0});
        }
      }
      out_.push_back(std::move(m));
      return end;
    }
    return toks.empty() ? i + 1 : toks[0].end;
  }

  // ---- digits: ISO, slashes, day-first, and years after a cue

  std::size_t try_numeric(std::size_t i) {
    const char before = i > 0 ? text_[i - 1] : ' ';
    const bool after_dash = before == '-' && i >= 2 && text_[i - 2] == '-';
    std::size_t run_end = i;
    while (is_digit(char_at(text_, run_end))) ++run_end;
    const bool after_mid = before == '-' && i >= 4 && figures::lower(text_.substr(i - 4, 3)) == "mid";
    if (!(is_blank(before) || before == '(' || before == '[' || before == '"' || after_dash || after_mid)) return run_end;
    const std::size_t digits = run_end - i;
    if (digits == 4 && char_at(text_, run_end) == '-') return try_iso(i, run_end);
    if (digits <= 2 && char_at(text_, run_end) == '/') return try_slashes(i, run_end, '/');
    if (digits <= 2 && char_at(text_, run_end) == '-' && after_filing_word(i)) return try_slashes(i, run_end, '-');
    if (digits <= 2) return try_day_first(i, run_end);
    if (digits == 4) return try_year(i, run_end);
    return run_end;
  }

  std::size_t try_iso(std::size_t i, std::size_t run_end) {
    std::optional<int> year = digits_exactly(text_, i, 4);
    std::optional<int> month = digits_exactly(text_, run_end + 1, 2);
    if (!year || !month || char_at(text_, run_end + 3) != '-') return run_end;
    std::optional<int> day = digits_exactly(text_, run_end + 4, 2);
    const std::size_t end = run_end + 6;
    const char after = char_at(text_, end);
    if (!day || (after == '-' && is_digit(char_at(text_, end + 1))) || (is_alpha(after) && after != 'T')) {
      return end;
    }
    if (!figures::is_valid_date(*year, *month, *day)) return end;
    return emit_full(i, end, *year, *month, *day);
  }

  // "Filed 5-9-18" (the Federal Register's "[FR Doc. ... Filed 5–9–18; 8:45 am]"),
  // "Dated: 6-6-17": numbers joined by dashes are a date only after such a
  // word; elsewhere they are ranges, code sections or docket numbers.
  bool after_filing_word(std::size_t i) const {
    std::size_t e = i;
    while (e > 0 && (text_[e - 1] == ' ' || text_[e - 1] == ':')) --e;
    std::size_t b = e;
    while (b > 0 && is_alpha(text_[b - 1]) && e - b < 8) --b;
    const std::string word = figures::lower(text_.substr(b, e - b));
    return e < i && (b == 0 || !is_alpha(text_[b - 1])) &&
           (word == "filed" || word == "dated" || word == "date" || word == "signed" || word == "entered");
  }

  std::size_t try_slashes(std::size_t i, std::size_t run_end, char separator) {
    std::size_t second_end = 0;
    std::optional<int> first = one_or_two_digits(text_, i, run_end);
    std::optional<int> second = one_or_two_digits(text_, run_end + 1, second_end);
    if (!first || !second || char_at(text_, second_end) != separator) return run_end;
    std::size_t year_end = second_end + 1;
    while (is_digit(char_at(text_, year_end))) ++year_end;
    const std::size_t year_digits = year_end - second_end - 1;
    if ((year_digits != 2 && year_digits != 4) || char_at(text_, year_end) == separator ||
        is_alpha(char_at(text_, year_end))) {
      return year_end;
    }
    int year = std::stoi(std::string(text_.substr(second_end + 1, year_digits)));
    if (year_digits == 2) year += year < 50 ? 2000 : 1900;
    int month = *first;
    int day = *second;
    if (month > 12 && day <= 12) std::swap(month, day);  // 21/11/2025
    if (!figures::is_valid_date(year, month, day) || year < 1600 || year > 2100) return year_end;
    return emit_full(i, year_end, year, month, day);
  }

  // "21 November 2025", "3rd of March, 2020", "21 Nov."
  std::size_t try_day_first(std::size_t i, std::size_t run_end) {
    std::size_t end = 0;
    std::optional<int> day = one_or_two_digits(text_, i, end);
    if (!day || *day < 1 || *day > 31) return run_end;
    std::size_t pos = ordinal_suffix(text_, end);
    if (char_at(text_, pos) != ' ') return pos;
    ++pos;
    if (text_.substr(pos, 3) == "of ") pos += 3;
    if (!is_upper(char_at(text_, pos))) return pos;
    const std::size_t word_end = figures::letters_end(text_, pos);
    const std::string_view word = text_.substr(pos, word_end - pos);
    if (word.size() < 3 || !date_vocabulary().name_filter.may_contain(word)) return pos;
    const auto& months = date_vocabulary().months;
    auto month = months.find(capitalised(word));
    if (month == months.end()) return pos;
    std::size_t after = word_end;
    const bool dot = char_at(text_, after) == '.';
    if (dot) ++after;
    if (month->second.abbreviation && !dot) return word_end;
    std::size_t at = after;
    if (char_at(text_, at) == ',') ++at;
    if (char_at(text_, at) == ' ') {
      if (std::optional<int> year = year_at(text_, at + 1)) {
        return emit_full(i, at + 5, *year, month->second.number, *day);
      }
    }
    if (month->second.abbreviation) return after;
    return emit_month_day(i, word_end, month->second.number, *day);
  }

  // "in 2019", "since 2019", "late 2022", "mid-2020", "the fall of 2023".
  std::size_t try_year(std::size_t i, std::size_t run_end) {
    std::optional<int> year = year_at(text_, i);
    if (!year || *year < 1700 || *year > 2099) return run_end;
    const char after = char_at(text_, run_end);
    if (after == '(' || after == '\'' || ((after == ',' || after == '.') && is_digit(char_at(text_, run_end + 1)))) {
      return run_end;
    }
    const auto& cues = date_vocabulary().cues;
    bool approximate = false;
    std::size_t start = i;
    if (i >= 4 && figures::lower(text_.substr(i - 4, 4)) == "mid-") {
      approximate = true;
      start = i - 4;
    } else {
      const std::vector<Token> before = figures::tokens_before(text_, i, floor_of(i), 2);
      if (before.empty() || before[0].end == i || before[0].punct_after) return run_end;
      auto cue = cues.find(before[0].lower);
      const unsigned role = cue == cues.end() ? 0u : cue->second;
      if (role & figures::kCueApproximate) {
        approximate = true;
        start = before[0].core_start;
      } else if (before[0].lower == "of" && before.size() == 2 && !before[1].punct_after) {
        auto season = cues.find(before[1].lower);
        if (season == cues.end() || !(season->second & figures::kCueSeason)) return run_end;
      } else if (!(role & figures::kCuePreposition)) {
        return run_end;
      }
    }
    // "in 2005 WL 123456", "in 2019 U.S. Dist. LEXIS": a citation's volume.
    const std::vector<Token> next = figures::tokens_after(text_, run_end, ceiling_of(run_end), 1);
    if (!next.empty() && is_blank(char_at(text_, run_end))) {
      const std::string_view word = next[0].raw;
      if (word.substr(0, 2) == "WL" || word.substr(0, 3) == "U.S" || word.substr(0, 5) == "LEXIS") return run_end;
    }
    Mention m = make(start, run_end);
    set_iso(m, CivilDate{*year, 0, 0});
    if (approximate) m.attrs["approximate"] = true;
    out_.push_back(std::move(m));
    return run_end;
  }

  // ---- emitting

  std::size_t emit_full(std::size_t start, std::size_t end, int year, int month, int day) {
    if (!figures::is_valid_date(year, month, day)) return end;
    if (in_citation_parenthetical(text_, start, end) || dates_a_source(start)) return end;
    context_year_ = year;
    context_pos_ = end;
    Mention m = make(with_weekday(start), end);
    set_iso(m, CivilDate{year, month, day});
    set_role(m, start, end);
    out_.push_back(std::move(m));
    return end;
  }

  std::size_t emit_month_year(std::size_t start, std::size_t end, int year, int month) {
    if (in_citation_parenthetical(text_, start, end)) return end;
    context_year_ = year;
    context_pos_ = end;
    // "early January of 2010", "mid-June 2019"
    bool approximate = false;
    if (start >= 4 && figures::lower(text_.substr(start - 4, 4)) == "mid-") {
      approximate = true;
      start -= 4;
    } else {
      const std::vector<Token> before = figures::tokens_before(text_, start, floor_of(start), 1);
      if (!before.empty() && before[0].end < start && !before[0].punct_after) {
        auto cue = vocab_.cues.find(before[0].lower);
        if (cue != vocab_.cues.end() && (cue->second & figures::kCueApproximate)) {
          approximate = true;
          start = before[0].core_start;
        }
      }
    }
    Mention m = make(start, end);
    if (approximate) m.attrs["approximate"] = true;
    set_iso(m, CivilDate{year, month, 0});
    set_role(m, start, end);
    out_.push_back(std::move(m));
    return end;
  }

  // "Sept. 3", "March 5": the year from an explicit date just before, else
  // the one nearest the document's date.
  std::size_t emit_month_day(std::size_t start, std::size_t end, int month, int day) {
    if (day > figures::days_in_month(2000, month)) return end;
    if (in_citation_parenthetical(text_, start, end)) return end;
    Mention m = make(with_weekday(start), end);
    int year = year_just_after(end);
    if (!year) {
      year = context_year(start);
      // "On May 4 ... May 5 ... On May 9, the district court": a narration
      // of one year carries its year on from date to date.
      if (year) context_pos_ = end;
    }
    if (!year && anchor_ && news_) {
      CivilDate anchor = *anchor_;
      if (!anchor.has_month()) anchor.month = 7;
      if (!anchor.has_day()) anchor.day = 15;
      year = figures::nearest_year(anchor, month, day);
      m.attrs["relative"] = true;
    }
    if (year && figures::is_valid_date(year, month, day)) {
      set_iso(m, CivilDate{year, month, day});
      m.attrs["year_inferred"] = true;
    } else {
      m.attrs["month"] = static_cast<double>(month);
      m.attrs["day"] = static_cast<double>(day);
    }
    set_role(m, start, end);
    out_.push_back(std::move(m));
    return end;
  }

  // "Argued March 10, 13, 1922", "from January 10 through January 20, 2010":
  // the year written a few words on, before the clause ends.
  int year_just_after(std::size_t end) const {
    const std::size_t limit = std::min(text_.size(), end + 40);
    for (std::size_t at = end; at + 4 <= limit; ++at) {
      const char c = text_[at];
      if (c == '.' || c == ';' || c == '(' || c == ')' || c == '\n') return 0;
      if (is_digit(c) && !is_digit(text_[at - 1])) {
        if (std::optional<int> year = year_at(text_, at)) return *year;
        while (at < limit && is_digit(text_[at])) ++at;
      }
    }
    return 0;
  }

  // "(last visited July 22, 2020)", "accessed May 1, 2019": when a source was read.
  bool dates_a_source(std::size_t start) const {
    const std::vector<Token> before = figures::tokens_before(text_, start, floor_of(start), 1);
    if (before.empty() || before[0].punct_after) return false;
    const std::string& w = before[0].lower;
    return w == "visited" || w == "accessed" || w == "retrieved";
  }

  // ---- what happened on the date

  void set_role(Mention& m, std::size_t start, std::size_t end) const {
    std::string role = role_before(start);
    if (role.empty() && heads_a_bill(start, end)) role = "enacted";
    if (role.empty() && heads_the_opinion(start, end)) role = "decided";
    if (!role.empty()) m.attrs["role"] = std::move(role);
  }

  // The nearest phrase of date_roles.tsv among the few words before
  // `start`, in the same sentence: "Approved March 10, 2017", "Effective
  // Date: 0901 UTC, June 7, 2017", "published in the Federal Register on
  // April 25, 2017", "Filed 6-6-17".
  // A name between them counts for nothing: "(Signed by Judge Loretta A.
  // Preska on 4/14/2015)" is signed on that day.
  std::string role_before(std::size_t start) const {
    constexpr std::size_t kRoleReach = 6;  // words between the phrase's end and the date, at most
    constexpr std::size_t kNameWords = 4;  // capitalized words not counted, at most
    const std::vector<Token> before =
        figures::tokens_before(text_, start, floor_of(start), kRoleReach + kNameWords + vocab_.max_role_words);
    std::size_t counted = 0, names = 0;
    for (std::size_t j = 0; j < before.size() && counted < kRoleReach; ++j) {
      if (before[j].capitalized() && names < kNameWords) {
        ++names;
      } else {
        ++counted;
      }
      if (j > 0 && ends_sentence(before[j])) break;
      if (opens_clause(before[j].lower)) break;
      // "Argued April 23, 2013—Decided June 13, 2013": a dash joins the
      // words it separates into one token; the word after it is the
      // nearest, and what stands before it is another date's.
      if (const std::size_t dash = last_dash_end(before[j].raw); dash != std::string_view::npos) {
        std::string after;
        for (char c : before[j].raw.substr(dash)) {
          if (std::isalpha(static_cast<unsigned char>(c))) after += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
        if (auto it = vocab_.roles.find(after); it != vocab_.roles.end()) return it->second;
        break;
      }
      if (!vocab_.role_filter.may_contain(before[j].core)) continue;
      for (std::size_t w = std::min(vocab_.max_role_words, before.size() - j); w >= 1; --w) {
        std::string phrase;
        bool ok = true;
        for (std::size_t k = j + w; k-- > j && ok;) {  // text order: farthest first
          const Token& t = before[k];
          ok = !t.core.empty() && (k == j || !t.punct_after) && (k + 1 == j + w || !t.punct_before);
          if (k < j + w - 1) phrase += ' ';
          phrase += t.lower;
        }
        if (!ok) continue;
        if (auto it = vocab_.roles.find(phrase); it != vocab_.roles.end()) return it->second;
      }
    }
    return {};
  }

  // Where the text after a token's last dash starts ("--", as the
  // normalizer writes an em dash, or an em or en dash); npos when it
  // holds none.
  static std::size_t last_dash_end(std::string_view raw) {
    std::size_t end = std::string_view::npos;
    for (std::string_view dash : {"--", "\xE2\x80\x94", "\xE2\x80\x93"}) {
      const std::size_t at = raw.rfind(dash);
      if (at != std::string_view::npos && (end == std::string_view::npos || at + dash.size() > end)) end = at + dash.size();
    }
    return end;
  }

  // "The law was enacted, and on May 2, 2017 ...": another clause, another
  // event; "on or before the 180th day after May 8, 2008": a reference point.
  static bool opens_clause(const std::string& word) {
    return word == "and" || word == "but" || word == "or" || word == "which" || word == "while" ||
           word == "whereas" || word == "when" || word == "who" || word == "after";
  }

  // A word that closes a sentence: "Register." does, "Doc." and "U.S.C." do not.
  static bool ends_sentence(const Token& t) {
    if (t.raw.empty()) return false;
    const char last = t.raw.back();
    if (last == ';' || last == '?' || last == '!') return true;
    return last == '.' && t.core.size() > 3 && t.core.find('.') == std::string_view::npos;
  }

  // Where the text after a date standing alone on its line resumes, or npos
  // when the date shares its line.
  std::size_t after_own_line(std::size_t start, std::size_t end) const {
    std::size_t b = start;
    while (b > 0 && (text_[b - 1] == ' ' || text_[b - 1] == '\t')) --b;
    if (b > 0 && text_[b - 1] != '\n') return std::string_view::npos;
    std::size_t e = end;
    while (e < text_.size() && (text_[e] == ' ' || text_[e] == '\t' || text_[e] == '\r')) ++e;
    if (e < text_.size() && text_[e] != '\n') return std::string_view::npos;
    while (e < text_.size() && is_blank(text_[e])) ++e;
    return e;
  }

  // A public law's masthead dates it on a line of its own, right above the
  // bill it was ("Feb. 28, 2017\n\n[H.R. 321]"): the day it was approved.
  bool heads_a_bill(std::size_t start, std::size_t end) const {
    const std::size_t e = after_own_line(start, end);
    if (e == std::string_view::npos) return false;
    const std::string_view next = text_.substr(e, 8);
    return next.starts_with("[H.") || next.starts_with("[S.");
  }

  // A court of appeals' slip opinion dates itself on a line of its own,
  // right above its author line ("January 13, 1994\n\n   Per Curiam.",
  // "September 9, 2010\n   LYNCH, Chief Judge."): the day it was decided.
  bool heads_the_opinion(std::size_t start, std::size_t end) const {
    const std::size_t e = after_own_line(start, end);
    if (e == std::string_view::npos || e >= text_.size()) return false;
    std::string next(text_.substr(e, std::min<std::size_t>(text_.find('\n', e) - e, 60)));
    for (char& c : next) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (next.starts_with("per curiam")) return true;
    // "LYNCH, Chief Judge.", "SELYA, Senior Circuit Judge.", "HUDSON, Justice."
    const std::size_t comma = next.find(", ");
    if (comma == std::string::npos || comma == 0 || comma > 25) return false;
    const std::size_t title = next.find_first_of(".(,", comma + 2);
    const std::string_view words = std::string_view(next).substr(comma + 2, title == std::string::npos ? std::string::npos : title - comma - 2);
    return words.ends_with("judge") || words.ends_with("justice");
  }

  // Takes in a weekday written before the date: "Thursday, Nov. 20, 2025".
  std::size_t with_weekday(std::size_t start) const {
    if (start < 4 || text_[start - 1] != ' ' || text_[start - 2] != ',') return start;
    std::size_t word_start = start - 2;
    while (word_start > 0 && is_alpha(text_[word_start - 1])) --word_start;
    if (!figures::word_starts_at(text_, word_start) || word_start == start - 2) return start;
    const std::string key = capitalised(text_.substr(word_start, start - 2 - word_start));
    return date_vocabulary().weekdays.count(key) ? word_start : start;
  }

  Mention make(std::size_t start, std::size_t end) const {
    Mention m;
    m.type = "date";
    m.start = start;
    m.end = end;
    return m;
  }

  static void set_iso(Mention& m, const CivilDate& date) {
    const std::string iso = figures::to_iso(date);
    m.attrs["iso"] = iso;
    m.name = iso;
  }

  std::size_t floor_of(std::size_t pos) const { return pos > kWindow ? pos - kWindow : 0; }
  std::size_t ceiling_of(std::size_t pos) const { return std::min(text_.size(), pos + kWindow); }

  const ExtractionContext& ctx_;
  std::string_view text_;
  std::vector<Mention>& out_;
  std::optional<CivilDate> anchor_;  // the document's date
  bool news_ = false;
  int context_year_ = 0;
  std::size_t context_pos_ = 0;
  const figures::DateVocabulary& vocab_;
};

}  // namespace

namespace {

// PACER appends a "Transaction Receipt" (the time the page was fetched and
// the search criteria's date range) to every docket report: its dates are
// no events of the case. The block ends with its "Cost:" line.
void drop_pacer_receipt_dates(std::string_view text, std::vector<Mention>& out, std::size_t first) {
  constexpr std::string_view kReceipt = "Transaction Receipt";
  for (std::size_t r = text.find(kReceipt); r != std::string_view::npos; r = text.find(kReceipt, r + 1)) {
    std::size_t end = text.find("Cost:", r);
    if (end == std::string_view::npos || end - r > 2000) end = std::min(text.size(), r + 600);
    auto inside = [&](const Mention& m) { return m.start >= r && m.end <= end; };
    out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(), inside), out.end());
  }
}

}  // namespace

void extract_dates(const ExtractionContext& ctx, std::vector<Mention>& out) {
  const std::size_t first = out.size();
  DateScanner(ctx, out).run();
  drop_pacer_receipt_dates(ctx.text, out, first);
}

}  // namespace lexgraph
