#include "extract/names/name_scan.h"

#include <algorithm>

#include "extract/names/institution_gazetteer.h"
#include "extract/names/name_text.h"
#include "extract/names/person_name.h"
#include "resolve/resolver.h"

namespace lexgraph::names {

namespace {

std::vector<Word>& word_buffer() {
  thread_local std::vector<Word> buffer;
  return buffer;
}

WordAnchors& anchor_buffer() {
  thread_local WordAnchors buffer;
  return buffer;
}

}  // namespace

NameScan::NameScan(const ExtractionContext& context, std::vector<Mention>& out)
    : ctx(context), text(context.text), anchors(anchor_buffer()), out_(out) {
  std::vector<Word>& buffer = word_buffer();
  words = std::span<const Word>(buffer.data(), split_and_anchor(text, buffer, anchors));
  document_court = document_court_id(ctx.doc.court);
  if (!document_court.empty()) {
    const InstitutionGazetteer& g = InstitutionGazetteer::instance();
    int index = g.find(InstitutionKind::court, document_court);
    if (index >= 0) document_court_level = g.institution(static_cast<std::size_t>(index)).level;
  }
}

NameScan::~NameScan() {
  // Keep the buffers for the next document unless one huge text grew them.
  constexpr std::size_t kKeptWords = std::size_t{1} << 22;
  std::vector<Word>& buffer = word_buffer();
  if (buffer.size() > kKeptWords) std::vector<Word>().swap(buffer);
  if (anchors.capitalized.capacity() > kKeptWords) anchors = WordAnchors();
}

std::string_view NameScan::gap_before(std::size_t i) const {
  if (i == 0 || i >= words.size()) return {};
  return text.substr(words[i - 1].end, words[i].start - words[i - 1].end);
}

std::size_t NameScan::word_at(std::size_t pos) const {
  auto it = std::lower_bound(words.begin(), words.end(), pos,
                             [](const Word& w, std::size_t p) { return w.start < p; });
  return static_cast<std::size_t>(it - words.begin());
}

std::size_t NameScan::sentence_of(std::size_t pos) const {
  const auto& s = ctx.segments.sentences;
  if (s.empty()) return 0;
  auto it = std::upper_bound(s.begin(), s.end(), pos,
                             [](std::size_t p, const Sentence& x) { return p < x.start; });
  if (it == s.begin()) return 0;
  return static_cast<std::size_t>(it - s.begin()) - 1;
}

std::size_t NameScan::sentence_start(std::size_t index) const {
  const auto& s = ctx.segments.sentences;
  return index < s.size() ? s[index].start : 0;
}

bool NameScan::inside_parentheses(std::size_t pos) const {
  std::size_t sentence = sentence_start(sentence_of(pos));
  std::size_t floor = pos > 300 ? pos - 300 : 0;
  floor = std::max(floor, sentence);
  for (std::size_t i = pos; i > floor; --i) {
    char c = text[i - 1];
    if (c == ')') return false;
    if (c == '(') return true;
  }
  return false;
}

bool NameScan::document_contains(std::string_view needle) {
  for (const auto& [word, found] : contains_cache_)
    if (word == needle) return found;
  bool found = text.find(needle) != std::string_view::npos;
  contains_cache_.emplace_back(std::string(needle), found);
  return found;
}

bool NameScan::is_taken(std::size_t start, std::size_t end) const {
  auto it = std::lower_bound(taken_.begin(), taken_.end(), std::make_pair(end, std::size_t{0}));
  // Spans are disjoint and sorted: only the one before `it` can reach into [start, end).
  if (it != taken_.begin() && std::prev(it)->second > start) return true;
  return false;
}

bool NameScan::emit(Mention m) {
  if (m.end <= m.start || m.end > text.size() || is_taken(m.start, m.end)) return false;
  auto span = std::make_pair(m.start, m.end);
  taken_.insert(std::lower_bound(taken_.begin(), taken_.end(), span), span);
  out_.push_back(std::move(m));
  return true;
}

bool NameScan::emit_organization(std::size_t start, std::size_t end) {
  std::string name = name_as_written(text.substr(start, end - start));
  Mention m;
  m.type = "organization";
  m.start = start;
  m.end = end;
  m.entity = "org:" + slug(name);
  m.name = name;
  InstitutionMention found{start, end, m.entity, name};
  if (!emit(std::move(m))) return false;
  insert_by_start(organizations, std::move(found));
  return true;
}

void insert_by_start(std::vector<InstitutionMention>& list, InstitutionMention m) {
  auto it = std::lower_bound(list.begin(), list.end(), m.start,
                             [](const InstitutionMention& x, std::size_t p) { return x.start < p; });
  list.insert(it, std::move(m));
}

const InstitutionMention* NameScan::institution_at(std::size_t pos) const {
  for (const auto* list : {&agencies, &courts, &organizations}) {
    auto it = std::lower_bound(list->begin(), list->end(), pos,
                               [](const InstitutionMention& m, std::size_t p) { return m.start < p; });
    if (it != list->end() && it->start == pos) return &*it;
  }
  return nullptr;
}

std::string KnownPerson::entity() const { return person_entity(full_name, judge); }

std::string person_entity(std::string_view full_name, bool judge) {
  // Keep given names and surname; drop middle initials and suffixes so that
  // "Harry T. Edwards" and "Harry Edwards" meet.
  std::string kept;
  std::size_t i = 0;
  std::vector<std::string_view> pieces;
  while (i < full_name.size()) {
    while (i < full_name.size() && full_name[i] == ' ') ++i;
    std::size_t start = i;
    while (i < full_name.size() && full_name[i] != ' ') ++i;
    if (i > start) pieces.push_back(full_name.substr(start, i - start));
  }
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    std::string_view p = pieces[k];
    while (!p.empty() && (p.back() == ',' || p.back() == '.')) p.remove_suffix(1);
    bool initial = p.size() == 1;
    bool suffix = p == "Jr" || p == "Sr" || p == "II" || p == "III" || p == "IV";
    if (suffix || (initial && k > 0 && pieces.size() > 2)) continue;
    if (initial && k == 0 && pieces.size() > 2) continue;  // "J. Michelle Childs"
    if (!kept.empty()) kept += ' ';
    kept += p;
  }
  return std::string(judge ? "judge:" : "person:") + slug(kept);
}

namespace {

std::size_t count_words(std::string_view name) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < name.size(); ++i)
    if ((i == 0 || name[i - 1] == ' ') && name[i] != ' ') ++words;
  return words;
}

std::string given_of(std::string_view name) {
  if (count_words(name) < 2) return {};
  std::string_view first = name.substr(0, name.find(' '));
  while (!first.empty() && first.back() == '.') first.remove_suffix(1);
  // "F.W." keeps its first letter only.
  if (first.size() > 1 && first[1] == '.') first = first.substr(0, 1);
  return std::string(first);
}

// "Harry" and "H" fit; "Pedro" and "Jose" do not.
bool givens_fit(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  if (a.size() == 1 || b.size() == 1) return ascii_lower(a[0]) == ascii_lower(b[0]);
  return iequals(a, b);
}

}  // namespace

void remember_person(NameScan& scan, std::string_view name, bool judge) {
  std::string surname = surname_of(name);
  if (surname.empty()) return;
  std::string key = to_lower(surname);
  std::string given = given_of(name);
  std::size_t words = count_words(name);
  for (KnownPerson& p : scan.people) {
    if (p.judge != judge || p.surname_key != key) continue;
    if (given.empty()) return;  // a surname alone adds nobody
    if (!givens_fit(given, p.given)) continue;
    if (words > p.name_words || (p.given.size() == 1 && given.size() > 1)) {
      p.full_name = std::string(name);
      p.name_words = words;
      p.surname = surname;
      p.given = given;
    }
    return;
  }
  KnownPerson p;
  p.surname_key = key;
  p.surname = surname;
  p.full_name = std::string(name);
  p.given = given;
  p.name_words = words;
  p.judge = judge;
  scan.people.push_back(std::move(p));
}

int resolve_person(const NameScan& scan, std::string_view name, bool judge) {
  std::string key = to_lower(surname_of(name));
  std::string given = given_of(name);
  int found = -1;
  for (std::size_t i = 0; i < scan.people.size(); ++i) {
    const KnownPerson& p = scan.people[i];
    if (p.judge != judge || p.surname_key != key || !givens_fit(given, p.given)) continue;
    if (found >= 0) return -1;  // ambiguous
    found = static_cast<int>(i);
  }
  return found;
}

bool has_surname(const NameScan& scan, std::string_view surname, bool judge) {
  std::string key = to_lower(surname);
  for (const KnownPerson& p : scan.people)
    if (p.judge == judge && p.surname_key == key) return true;
  return false;
}

}  // namespace lexgraph::names
