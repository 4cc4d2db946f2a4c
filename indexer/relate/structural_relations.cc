#include "relate/structural_relations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "extract/extraction_json.h"
#include "extract/names/name_scan.h"
#include "resolve/resolver.h"

namespace lexgraph {

namespace {

const std::string* text_attr(const Attrs& attrs, const char* key) {
  auto it = attrs.find(key);
  if (it == attrs.end()) return nullptr;
  const auto* s = std::get_if<std::string>(&it->second);
  return s && !s->empty() ? s : nullptr;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

class StructuralRules {
 public:
  StructuralRules(const ExtractionContext& ctx, const Extraction& x, std::vector<Relation>& out)
      : ctx_(ctx), x_(x), out_(out), doc_node_(document_node_id(ctx.doc.id)) {}

  void run() {
    for (const Entity& e : x_.entities) {
      if (e.mentions.empty()) continue;
      if (e.type == "statute" || e.type == "case") cites(e);
      if (e.type == "agency" || e.type == "court") part_of(e);
      if (e.type == "person" || e.type == "judge") roles(e);
      if (e.type == "order") issued_by(e);
    }
    for (const Mention& m : x_.mentions) {
      if (m.type == "judge") authored(m);
    }
    docket_orders();
    panel_judges();
    concurring_judges();
    presiding_judges();
    caption_parties();
    text_caption_parties();
  }

 private:
  // Evidence at a mention: its sentence, the mention's own span.
  Relation at(const Mention& m, std::string subject, std::string predicate, std::string object, double confidence) {
    Relation r;
    r.subject = std::move(subject);
    r.predicate = std::move(predicate);
    r.object = std::move(object);
    r.sentence = sentence_at(ctx_.segments, m.start);
    r.start = m.start;
    r.end = m.end;
    r.confidence = confidence;
    return r;
  }
  const Mention& first(const Entity& e) const { return x_.mentions[e.mentions.front()]; }

  // The citator's raw material: one `cites` per cited statute or case, with
  // how many times the document cites it, evidenced by the first citation.
  void cites(const Entity& e) {
    Relation r = at(first(e), doc_node_, "cites", e.id, 1.0);
    r.qualifiers["count"] = static_cast<double>(e.mentions.size());
    out_.push_back(std::move(r));
  }

  // Gazetteer parents ("agency:ice" within "agency:dhs"), told by the
  // sentence where the component is first named.
  void part_of(const Entity& e) {
    for (std::size_t i : e.mentions) {
      const std::string* parent = text_attr(x_.mentions[i].attrs, "parent");
      if (parent && *parent != e.id) {
        Relation r = at(x_.mentions[i], e.id, "part_of", *parent, 0.9);
        r.qualifiers["source"] = std::string("gazetteer");
        out_.push_back(std::move(r));
        return;
      }
    }
  }

  // "Treasury Secretary Scott Bessent", "Dottie Romo, IRS' chief risk and
  // control officer", "Judge Edwards of the D.C. Circuit": one holds_role
  // per distinct (role, body) the mentions state.
  void roles(const Entity& e) {
    std::vector<std::pair<std::string, std::string>> seen;
    for (std::size_t i : e.mentions) {
      const Mention& m = x_.mentions[i];
      const std::string* role = text_attr(m.attrs, "role");
      if (!role) role = text_attr(m.attrs, "title");
      const std::string* body = text_attr(m.attrs, e.type == "judge" ? "court" : "organization");
      if (!role && !body) continue;
      if (role && *role == "party") continue;  // parties are party_to, from the caption
      // "(Davis, Kimberly) (Entered: 12/30/2014)": who typed a docket entry
      // (a clerk, or counsel's e-filing account) holds no office by it.
      // Counsel who filed it are named as counsel elsewhere ("represented by").
      if (role && *role == "filer") {
        const Mention* counsel = counsel_mention(e);
        const std::pair<std::string, std::string> as_counsel{"counsel", ""};
        if (!counsel || std::find(seen.begin(), seen.end(), as_counsel) != seen.end()) continue;
        seen.push_back(as_counsel);
        Relation r = at(*counsel, e.id, "holds_role", "", 0.8);
        r.qualifiers["role"] = std::string("counsel");
        out_.push_back(std::move(r));
        continue;
      }
      std::pair<std::string, std::string> key{role ? lower_ascii(*role) : "", body ? *body : ""};
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(key);
      if (e.type == "judge" && body) {
        const std::string* from = text_attr(m.attrs, "court_from");
        Relation r = at(m, e.id, "member_of", *body, from && *from == "text" ? 0.9 : 0.7);
        if (role) r.qualifiers["role"] = *role;
        out_.push_back(std::move(r));
        continue;
      }
      if (e.type == "judge") continue;  // a judge's title alone says nothing new
      Relation r = at(m, e.id, "holds_role", body ? *body : "", 0.85);
      if (role) r.qualifiers["role"] = *role;
      out_.push_back(std::move(r));
    }
  }

  // A mention of `e` that the text introduces as counsel: "represented by
  // Jane Roe", "Attorney Jane Roe".
  const Mention* counsel_mention(const Entity& e) const {
    for (std::size_t i : e.mentions) {
      const Mention& m = x_.mentions[i];
      const std::size_t from = m.start > 40 ? m.start - 40 : 0;
      const std::string before = lower_ascii(ctx_.text.substr(from, m.start - from));
      if (before.find("represented by") != std::string::npos || before.ends_with("attorney ")) return &m;
    }
    return nullptr;
  }

  // Orders whose court or judge the relate stage established.
  void issued_by(const Entity& e) {
    for (const char* key : {"court", "judge"}) {
      auto it = e.attrs.find(key);
      if (it == e.attrs.end()) continue;
      const auto* id = std::get_if<std::string>(&it->second);
      if (!id || id->empty()) continue;
      Relation r = at(first(e), e.id, "issued_by", *id, 0.8);
      if (const std::string* date = text_attr(e.attrs, "date")) r.qualifiers["date"] = *date;
      out_.push_back(std::move(r));
    }
  }

  // "ROBERTS, C. J., delivered the opinion of the Court", "THOMAS, J., filed
  // a dissenting opinion", "Opinion for the Court filed by Circuit Judge
  // PILLARD": the author line of a slip opinion.
  void authored(const Mention& m) {
    const std::size_t si = sentence_at(ctx_.segments, m.start);
    if (si >= ctx_.segments.sentences.size()) return;
    const Sentence& s = ctx_.segments.sentences[si];
    const std::string sentence = lower_ascii(ctx_.text.substr(s.start, s.end - s.start));
    const std::size_t at_mention = m.start - s.start;
    struct Cue {
      std::string_view words;
      const char* opinion;
      bool before_name;  // the cue precedes the judge's name
    };
    static constexpr Cue kCues[] = {
        {"delivered the opinion", "majority", false},
        {"announced the judgment", "plurality", false},
        {"filed a dissenting opinion", "dissenting", false},
        {"filed a concurring opinion", "concurring", false},
        {"filed an opinion concurring", "concurring", false},
        {"filed an opinion dissenting", "dissenting", false},
        {"dissenting.", "dissenting", false},
        {"concurring.", "concurring", false},
        {"opinion for the court filed by", "majority", true},
        {"dissenting opinion filed by", "dissenting", true},
        {"concurring opinion filed by", "concurring", true},
        {"opinion filed by", "majority", true},
    };
    for (const Cue& cue : kCues) {
      std::size_t pos = sentence.find(cue.words);
      if (pos == std::string::npos) continue;
      // The cue must be next to this name, not to another judge's.
      const bool near = cue.before_name ? pos < at_mention && at_mention - pos < cue.words.size() + 40
                                        : pos > at_mention && pos - at_mention < 60;
      if (!near) continue;
      Relation r = at(m, m.entity, "authored", doc_node_, 0.9);
      r.qualifiers["opinion"] = std::string(cue.opinion);
      out_.push_back(std::move(r));
      // The judge who delivers the opinion of the court sat on it.
      if (std::string_view(cue.opinion) == "majority" && !presides(m.entity)) {
        Relation p = at(m, m.entity, "presides_over", doc_node_, 0.85);
        p.qualifiers["source"] = std::string("author line");
        out_.push_back(std::move(p));
      }
      return;
    }
  }

  // The document's judges (from its metadata: the author of an opinion, a
  // docket's assigned judge, a panel) preside over it. When the text names
  // the judge, the first mention is the evidence; when only the metadata
  // does, the judge becomes an entity without mentions and the evidence is
  // the document's first sentence with an empty span, qualified
  // source=metadata, so a reader knows where the fact came from.
  void presiding_judges() {
    // A news report or press release names the judge of the case it tells
    // about; it has no judge of its own.
    if (ctx_.doc.kind == "news" || ctx_.doc.kind == "other" || ctx_.doc.kind == "press") return;
    for (const std::string& listed : ctx_.doc.judges) {
      const std::string key = slug(listed);
      if (key.empty()) continue;
      const Entity* named = nullptr;
      for (const Entity& e : x_.entities) {
        if (e.type != "judge" || e.mentions.empty()) continue;
        const std::string name = slug(e.name);
        // "Kollar-Kotelly" in metadata names "Colleen Kollar-Kotelly".
        if (name == key || (name.size() > key.size() && name.ends_with("-" + key)) ||
            (key.size() > name.size() && key.ends_with("-" + name))) {
          named = &e;
          break;
        }
      }
      if (named && presides(named->id)) continue;  // the panel line said it already
      Relation r;
      if (named) {
        r = at(first(*named), named->id, "presides_over", doc_node_, 0.8);
      } else {
        r.subject = names::person_entity(listed, /*judge=*/true);
        r.predicate = "presides_over";
        r.object = doc_node_;
        r.confidence = 0.7;
        metadata_judges_.push_back({r.subject, listed});
      }
      r.qualifiers["source"] = std::string("metadata");
      out_.push_back(std::move(r));
    }
  }

  // "Twing v. United States": the entities the caption's two sides name are
  // parties to the case the document decides (the document node: its case
  // has no id of its own unless the document is cited).
  void caption_parties() {
    const std::string title = lower_ascii(ctx_.doc.title);
    std::size_t v = title.find(" v. ");
    std::size_t width = 4;
    if (v == std::string::npos) {
      v = title.find(" v ");
      width = 3;
    }
    if (v == std::string::npos || title.find(" v", v + width) != std::string::npos) return;
    const std::string first_side = title.substr(0, v);
    const std::string second_side = title.substr(v + width);
    const bool supreme = ctx_.doc.court.find("Supreme Court") != std::string::npos;
    for (const Entity& e : x_.entities) {
      if (e.mentions.empty() || (e.type != "person" && e.type != "organization" && e.type != "agency")) continue;
      for (int side = 0; side < 2; ++side) {
        const std::string& caption = side == 0 ? first_side : second_side;
        bool found = false;
        for (const std::string& alias : e.aliases) {
          if (alias.size() >= 3 && contains_words(caption, lower_ascii(alias))) found = true;
        }
        if (!found && !contains_words(caption, lower_ascii(e.name))) continue;
        Relation r = at(first(e), e.id, "party_to", doc_node_, 0.8);
        r.qualifiers["role"] = std::string(side == 0 ? (supreme ? "petitioner" : "plaintiff")
                                                     : (supreme ? "respondent" : "defendant"));
        r.qualifiers["source"] = std::string("caption");
        out_.push_back(std::move(r));
        break;
      }
    }
  }

  bool presides(const std::string& judge) const {
    return std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
      return r.predicate == "presides_over" && r.subject == judge && r.object == doc_node_;
    });
  }

  // Lower-cased text of [from, to) with runs of white space made one space,
  // so a caption or panel line broken over lines reads as one.
  std::string flat_lower(std::size_t from, std::size_t to) const {
    std::string out;
    to = std::min(to, ctx_.text.size());
    for (std::size_t i = from; i < to; ++i) {
      const unsigned char c = static_cast<unsigned char>(ctx_.text[i]);
      if (std::isspace(c)) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else {
        out.push_back(static_cast<char>(std::tolower(c)));
      }
    }
    return out;
  }

  // The panel of an appellate header: "Before LYNCH, HOWARD and THOMPSON,
  // Circuit Judges.", "Before: Smith, P.J., Jones and Lee, JJ." The judges
  // named between "before" and the closing title preside over the document;
  // the header is near the top, so only the opening of the text is read
  // (an opinion quoting another panel later says nothing about its own).
  void panel_judges() {
    const std::size_t head = std::min<std::size_t>(ctx_.text.size(), 8000);
    const std::string top = lower_ascii(std::string_view(ctx_.text).substr(0, head));
    static constexpr std::array<std::string_view, 3> kPlural = {"judges", "jj.", "justices"};
    static constexpr std::array<std::string_view, 3> kSingular = {"judge", "j.", "justice"};
    for (std::size_t pos = top.find("before"); pos != std::string::npos; pos = top.find("before", pos + 6)) {
      const bool word_start = pos == 0 || !std::isalnum(static_cast<unsigned char>(top[pos - 1]));
      const std::size_t after = pos + 6;
      // "Before" opens the line (or follows a blank), then ":" or a name.
      bool line_start = true;
      for (std::size_t i = pos; i-- > 0 && top[i] != '\n';) {
        if (!std::isspace(static_cast<unsigned char>(top[i]))) line_start = false;
      }
      if (!word_start || !line_start || after >= top.size()) continue;
      if (top[after] != ':' && top[after] != ' ' && top[after] != '\n') continue;
      // "Lynch, Chief Judge, Lipez and Howard, Circuit Judges": a plural
      // title closes the line; a singular one only when no plural follows.
      std::size_t close = std::string::npos;
      for (const auto& closers : {kPlural, kSingular}) {
        for (std::string_view c : closers) {
          const std::size_t at = top.find(c, after);
          if (at != std::string::npos && at - after < 300 && at < close) close = at;
        }
        if (close != std::string::npos) break;
      }
      // "Before Boudin, Circuit Judge, Souter, Associate Justice, and Howard,
      // Circuit Judge.": singular titles only; the line runs to its period.
      if (close != std::string::npos) {
        bool plural = false;
        for (std::string_view c : kPlural) plural = plural || top.compare(close, c.size(), c) == 0;
        const std::size_t period = top.find(". ", after) < top.find(".\n", after) ? top.find(". ", after) : top.find(".\n", after);
        // "Boudin and Howard, Circuit Judges, and Barbadoro, District Judge."
        const std::size_t stop = top.find_first_of(",.\n", close);
        const std::size_t next = stop == std::string::npos ? stop : top.find_first_not_of(" \n*", stop + 1);
        const bool more = next != std::string::npos && top[stop] == ',' && top.compare(next, 4, "and ") == 0;
        if ((!plural || more) && period != std::string::npos && period - after < 300 && period > close) close = period;
      }
      if (close == std::string::npos) continue;
      for (const auto& [name_start, name_end] : panel_names(after, close)) {
        const std::string name(ctx_.text.substr(name_start, name_end - name_start));
        const std::string id = judge_named(name);
        if (presides(id)) continue;
        Relation r;
        r.subject = id;
        r.predicate = "presides_over";
        r.object = doc_node_;
        r.sentence = sentence_at(ctx_.segments, name_start);
        r.start = name_start;
        r.end = name_end;
        r.confidence = 0.9;
        r.qualifiers["source"] = std::string("panel");
        out_.push_back(std::move(r));
      }
      return;  // one panel per document
    }
  }

  // A state appellate opinion closes with its panel: "Mary Ellis, P.J., and
  // Tom Ruiz, J., concur." Each judge so named presides over the document.
  void concurring_judges() {
    if (ctx_.doc.kind == "news" || ctx_.doc.kind == "press" || ctx_.doc.kind == "other") return;
    for (const Sentence& s : ctx_.segments.sentences) {
      if (s.end - s.start > 300) continue;
      std::string sentence = lower_ascii(ctx_.text.substr(s.start, s.end - s.start));
      while (!sentence.empty() && std::isspace(static_cast<unsigned char>(sentence.back()))) sentence.pop_back();
      std::size_t cue = std::string::npos;
      for (std::string_view ending : {"concur.", "concurs.", "concurring."}) {
        if (sentence.ends_with(ending)) cue = sentence.size() - ending.size();
      }
      if (cue == std::string::npos) continue;
      if (sentence.find(", j.") == std::string::npos && sentence.find("p.j.") == std::string::npos &&
          sentence.find("c.j.") == std::string::npos && sentence.find(", jj.") == std::string::npos) {
        continue;
      }
      for (const auto& [name_start, name_end] : panel_names(s.start, s.start + cue)) {
        const std::string name(ctx_.text.substr(name_start, name_end - name_start));
        const std::string id = judge_named(name);
        if (presides(id)) continue;
        Relation r;
        r.subject = id;
        r.predicate = "presides_over";
        r.object = doc_node_;
        r.sentence = sentence_at(ctx_.segments, name_start);
        r.start = name_start;
        r.end = name_end;
        r.confidence = 0.85;
        r.qualifiers["source"] = std::string("panel");
        out_.push_back(std::move(r));
      }
    }
  }

  // The names of a panel line between `from` and `to`: the pieces between
  // commas, semicolons and "and", less the titles ("P.J.", "Chief Judge").
  std::vector<std::pair<std::size_t, std::size_t>> panel_names(std::size_t from, std::size_t to) const {
    static constexpr std::string_view kTitles[] = {"before", "circuit", "district", "judge", "judges", "chief",
                                                   "senior", "justice", "justices", "jj", "j", "pj", "cj", "ch",
                                                   "presiding", "associate", "magistrate", "the", "hon", "honorable"};
    std::vector<std::pair<std::size_t, std::size_t>> names;
    std::size_t piece = from;
    auto flush = [&](std::size_t end) {
      std::size_t a = piece, b = end;
      // "Before Division Two: Smith" -> "Smith".
      for (std::size_t k = a; k < b; ++k) {
        if (ctx_.text[k] == ':') a = k + 1;
      }
      auto junk = [&](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == '*' || c == ':' || c == '.'; };
      while (a < b && junk(ctx_.text[a])) ++a;
      // "...Justice,\nand Howard": a line that opens with "and".
      if (b > a + 4 && lower_ascii(ctx_.text.substr(a, 4)) == "and ") a += 4;
      while (a < b && junk(ctx_.text[a])) ++a;
      while (b > a && junk(ctx_.text[b - 1])) --b;
      if (b > a && b - a <= 40) {
        std::string letters;
        int words = 0;
        bool ok = std::isupper(static_cast<unsigned char>(ctx_.text[a]));
        bool title_only = true;
        std::size_t w = a;
        for (std::size_t i = a; i <= b && ok; ++i) {
          if (i == b || std::isspace(static_cast<unsigned char>(ctx_.text[i]))) {
            if (i > w) {
              ++words;
              std::string word;
              for (std::size_t k = w; k < i; ++k) {
                if (std::isalpha(static_cast<unsigned char>(ctx_.text[k]))) word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ctx_.text[k]))));
              }
              if (std::find(std::begin(kTitles), std::end(kTitles), word) == std::end(kTitles)) title_only = false;
            }
            w = i + 1;
          } else if (std::isdigit(static_cast<unsigned char>(ctx_.text[i]))) {
            ok = false;
          }
        }
        if (ok && !title_only && words <= 4) names.emplace_back(a, b);
      }
      piece = end + 1;
    };
    for (std::size_t i = from; i < to; ++i) {
      const char c = ctx_.text[i];
      if (c == ',' || c == ';' || c == '&') {
        flush(i);
      } else if (i + 5 <= to && ctx_.text.compare(i, 5, " and ") == 0) {
        flush(i);
        piece = i + 5;
        i += 4;
      }
    }
    flush(to);
    if (names.size() > 12) names.clear();  // not a panel line
    return names;
  }

  // The judge entity a panel name stands for: one the text already named
  // ("SELYA" in "SELYA, Circuit Judge." later), else a new one by that name.
  std::string judge_named(const std::string& name) {
    const std::string key = slug(name);
    for (const Entity& e : x_.entities) {
      if (e.type != "judge" && e.type != "person") continue;
      const std::string have = slug(e.name);
      if (have == key || (have.size() > key.size() && have.ends_with("-" + key))) return e.id;
    }
    std::string id = names::person_entity(name, /*judge=*/true);
    metadata_judges_.push_back({id, name});
    return id;
  }

  // A "v." that separates a caption's sides, not one inside a citation
  // ("Smith v. Jones, 123 U.S. 45"): alone on its line, or after a side's
  // role word ("Appellee, v."), or before a side written in capitals.
  bool caption_separator(std::size_t at, std::size_t width) const {
    const std::string_view text = ctx_.text;
    auto blank = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to && i < text.size(); ++i) {
        if (!std::isspace(static_cast<unsigned char>(text[i]))) return false;
      }
      return true;
    };
    const std::size_t line_start = text.rfind('\n', at) == std::string_view::npos ? 0 : text.rfind('\n', at);
    std::size_t v_pos = at;
    while (v_pos < text.size() && std::isspace(static_cast<unsigned char>(text[v_pos]))) ++v_pos;
    std::size_t line_end = text.find('\n', v_pos);
    if (line_end == std::string_view::npos) line_end = text.size();
    std::size_t v_end = v_pos;
    while (v_end < line_end && !std::isspace(static_cast<unsigned char>(text[v_end]))) ++v_end;
    if (blank(line_start, v_pos) && blank(v_end, line_end)) return true;
    const std::string before = lower_ascii(text.substr(at > 60 ? at - 60 : 0, at > 60 ? 60 : at));
    for (std::string_view role : {"appellant", "appellee", "plaintiff", "defendant", "petitioner", "respondent"}) {
      if (before.find(role) != std::string::npos) return true;
    }
    int upper = 0, lower = 0;
    for (std::size_t i = at + width; i < std::min(text.size(), at + width + 30); ++i) {
      const unsigned char c = static_cast<unsigned char>(text[i]);
      if (std::isupper(c)) ++upper;
      if (std::islower(c)) ++lower;
    }
    return upper >= 6 && lower <= upper / 4;
  }

  // A name in the caption block that is not a party: counsel ("John Doe,
  // for plaintiff in error", "represented by Jane Roe") or a party's office
  // in apposition ("REAGAN, United States Marshal").
  bool counsel_or_title(std::size_t start, std::size_t end, const Entity& e) const {
    const std::string_view text = ctx_.text;
    std::size_t back = start;
    while (back > 0 && text[back - 1] == ' ') --back;
    if (e.type == "agency" && back > 0 && text[back - 1] == ',') return true;
    // "in his capacity as Sergeant of the Foxborough Police Department": a
    // party's office, not a party.
    if (e.type == "agency") {
      const std::string lead = lower_ascii(text.substr(start > 60 ? start - 60 : 0, start > 60 ? 60 : start));
      if (lead.find("capacity") != std::string::npos || lead.ends_with(" of the ") || lead.ends_with(" of ")) return true;
    }
    const std::size_t si = sentence_at(ctx_.segments, start);
    std::size_t s_start = start > 80 ? start - 80 : 0, s_end = std::min(text.size(), end + 200);
    if (si < ctx_.segments.sentences.size()) {
      s_start = std::max(s_start, ctx_.segments.sentences[si].start);
      s_end = std::min(s_end, ctx_.segments.sentences[si].end);
    }
    const std::string after = lower_ascii(text.substr(end, s_end > end ? s_end - end : 0));
    const std::string before = lower_ascii(text.substr(s_start, start - s_start));
    for (std::string_view cue : {"represented by", "with whom", "brief of", "counsel", "attorney", " by "}) {
      if (before.find(cue) != std::string::npos) return true;
    }
    if (after.find("esq") != std::string::npos) return true;
    for (std::size_t f = after.find("for "); f != std::string::npos; f = after.find("for ", f + 4)) {
      const std::string_view rest = std::string_view(after).substr(f + 4, 16);
      for (std::string_view role : {"plaintiff", "defendant", "appellant", "appellee", "petitioner", "respondent",
                                    "the plaintiff", "the defendant", "the appellant", "the appellee", "the petitioner",
                                    "the respondent", "the united states", "the government", "movant", "intervenor"}) {
        if (rest.starts_with(role)) return true;
      }
    }
    return false;
  }

  // A docket entry: "ORDER granting 7 Motion to Appear by Telephone. ...
  // Ordered by Magistrate Judge A. B. Cohen on 5/19/2015." The entry's order
  // is issued by the judge the closing sentence names, and the judge grants
  // (or denies) the motion the entry opens with; both facts rest on the
  // "Ordered by" sentence, the one naming the actor. The order is the order
  // entity named earlier in the same entry (paragraph).
  void docket_orders() {
    const auto& sentences = ctx_.segments.sentences;
    for (std::size_t si = 0; si < sentences.size(); ++si) {
      const Sentence& s = sentences[si];
      const std::string line = lower_ascii(ctx_.text.substr(s.start, std::min<std::size_t>(s.end - s.start, 40)));
      std::size_t cue = line.find("ordered by ");
      if (cue == std::string::npos || (cue != 0 && line.compare(0, cue, "so ") != 0)) continue;
      const Mention* judge = nullptr;
      for (const Mention& m : x_.mentions) {
        if ((m.type == "judge" || m.type == "person") && !m.entity.empty() && m.start >= s.start && m.end <= s.end) {
          judge = &m;
          break;
        }
      }
      if (!judge) continue;
      // The entry's order: the last order entity mentioned before, in this paragraph.
      const Entity* order = nullptr;
      std::size_t order_sentence = 0;
      for (const Entity& e : x_.entities) {
        if (e.type != "order") continue;
        for (std::size_t i : e.mentions) {
          const std::size_t at = sentence_at(ctx_.segments, x_.mentions[i].start);
          if (at <= si && at < sentences.size() && sentences[at].paragraph == s.paragraph &&
              (!order || at > order_sentence)) {
            order = &e;
            order_sentence = at;
          }
        }
      }
      if (!order) continue;
      Relation issued = at(*judge, order->id, "issued_by", judge->entity, 0.85);
      issued.qualifiers["source"] = std::string("docket entry");
      if (!has(issued)) out_.push_back(std::move(issued));
      const Sentence& os = sentences[order_sentence];
      const std::string opening = lower_ascii(ctx_.text.substr(os.start, os.end - os.start));
      for (const auto& [words, predicate] : {std::pair{"order granting ", "grants"}, std::pair{"order denying ", "denies"}}) {
        const std::size_t w = opening.find(words);
        if (w == std::string::npos) continue;
        // "granting 7 Motion to Appear" -> "Motion to Appear"; "granting in part" stays.
        std::size_t from = os.start + w + std::string_view(words).size();
        while (from < os.end && (std::isdigit(static_cast<unsigned char>(ctx_.text[from])) || ctx_.text[from] == ' ')) ++from;
        std::size_t to = os.end;
        while (to > from && (ctx_.text[to - 1] == '.' || std::isspace(static_cast<unsigned char>(ctx_.text[to - 1])))) --to;
        if (to <= from) break;
        // The stated rules may already have read the opening sentence.
        const bool stated = std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
          return r.predicate == predicate && r.sentence == order_sentence;
        });
        if (stated) break;
        Relation act = at(*judge, judge->entity, predicate, "", 0.8);
        act.object_text = std::string(ctx_.text.substr(from, std::min<std::size_t>(to - from, 120)));
        act.qualifiers["order"] = order->id;
        act.qualifiers["source"] = std::string("docket entry");
        out_.push_back(std::move(act));
        break;
      }
    }
  }

  bool has(const Relation& r) const {
    return std::any_of(out_.begin(), out_.end(), [&](const Relation& o) {
      return o.predicate == r.predicate && o.subject == r.subject && o.object == r.object;
    });
  }

  // The caption block at the top of the text: "UNITED STATES OF AMERICA,
  // Appellee, v. JOHN DOE, Defendant, Appellant." It may sit on many lines,
  // in capitals, when the title is only a short name. The parties are the
  // entities named just before and just after the first "v." of the opening
  // text; the second side ends where counsel, the panel or the opinion start.
  void text_caption_parties() {
    const std::size_t head = std::min<std::size_t>(ctx_.text.size(), 6000);
    const std::string top = lower_ascii(std::string_view(ctx_.text).substr(0, head));
    std::size_t v = std::string::npos;
    for (std::string_view sep : {" v. ", "\nv.\n", "\nv.", " v.\n", " vs. ", "\nvs.\n", " v\n", "\nv\n"}) {
      for (std::size_t at = top.find(sep); at != std::string::npos && at < v; at = top.find(sep, at + 1)) {
        if (caption_separator(at, sep.size())) {
          v = at;
          break;
        }
      }
    }
    if (v == std::string::npos) return;
    const std::size_t sep_end = top.find('.', v) != std::string::npos && top.find('.', v) < v + 5 ? top.find('.', v) + 1 : v + 3;
    // First side: back to a blank line before a non-party header, at most 600 bytes.
    std::size_t from = v > 600 ? v - 600 : 0;
    for (std::string_view stop : {"circuit", "court", "no.", "docket", "district of"}) {
      std::size_t at = top.rfind(stop, v);
      if (at != std::string::npos && at >= from) {
        std::size_t eol = top.find('\n', at);
        if (eol != std::string::npos && eol < v) from = std::max(from, eol);
      }
    }
    std::size_t to = std::min(top.size(), sep_end + 600);
    for (std::string_view stop : {"\n\n\n", "before", "counsel", "attorney", "argued", "submitted", "appeal from",
                                  "appeals from", "on petition", "on writ", "opinion", "memorandum", "order",
                                  "for the ", "esq", "judge", "filed", "decided", "civil action", "case no",
                                  "represented", "assigned to", "date filed", "nature of suit", "cause:"}) {
      std::size_t at = top.find(stop, sep_end);
      if (at != std::string::npos && at < to) to = at;
    }
    const std::string_view text(top);
    const bool supreme = ctx_.doc.court.find("Supreme Court") != std::string::npos;
    for (const Entity& e : x_.entities) {
      if (e.type != "person" && e.type != "organization" && e.type != "agency") continue;
      if (std::any_of(out_.begin(), out_.end(), [&](const Relation& r) {
            return r.predicate == "party_to" && r.subject == e.id && r.object == doc_node_;
          })) {
        continue;
      }
      // Where the caption names it: a mention inside the block, else its
      // name written there (a name in capitals the name scan did not take).
      std::vector<std::pair<std::size_t, std::size_t>> spans;
      for (std::size_t i : e.mentions) spans.emplace_back(x_.mentions[i].start, x_.mentions[i].end);
      std::vector<std::string> names{lower_ascii(e.name)};
      for (const std::string& alias : e.aliases) names.push_back(lower_ascii(alias));
      for (const std::string& name : names) {
        if (name.size() < 4) continue;
        for (std::size_t at = top.find(name, from); at != std::string::npos && at < to; at = top.find(name, at + 1)) {
          const std::size_t end = at + name.size();
          const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(top[at - 1]));
          const bool right = end >= top.size() || !std::isalnum(static_cast<unsigned char>(top[end]));
          if (left && right) spans.emplace_back(at, end);
        }
      }
      for (const auto& [start, end] : spans) {
        const bool before = start >= from && end <= v;
        const bool after = start >= sep_end && end <= to;
        if (!before && !after) continue;
        if (counsel_or_title(start, end, e)) continue;
        // The side's own words name the role: "Appellant", "Petitioner".
        const std::size_t side_end = before ? v : to;
        const std::string_view side = text.substr(end, side_end - end);
        std::string role = before ? (supreme ? "petitioner" : "plaintiff") : (supreme ? "respondent" : "defendant");
        std::size_t best = std::string::npos;
        for (std::string_view word : {"appellant", "appellee", "petitioner", "respondent", "plaintiff", "defendant",
                                      "intervenor", "movant"}) {
          std::size_t at = side.find(word);
          if (at != std::string::npos && at < best) {
            best = at;
            role = std::string(word);
          }
        }
        Relation r;
        r.subject = e.id;
        r.predicate = "party_to";
        r.object = doc_node_;
        r.sentence = sentence_at(ctx_.segments, start);
        r.start = start;
        r.end = end;
        r.confidence = 0.75;
        r.qualifiers["role"] = role;
        r.qualifiers["source"] = std::string("caption block");
        out_.push_back(std::move(r));
        break;
      }
    }
  }

  // `needle` occurs in `hay` with word boundaries on both sides.
  static bool contains_words(const std::string& hay, const std::string& needle) {
    if (needle.empty()) return false;
    for (std::size_t pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) {
      const bool left = pos == 0 || !std::isalnum(static_cast<unsigned char>(hay[pos - 1]));
      const std::size_t end = pos + needle.size();
      const bool right = end >= hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end]));
      if (left && right) return true;
    }
    return false;
  }

 public:
  // Judges named only by the metadata: (id, name as listed).
  std::vector<std::pair<std::string, std::string>> metadata_judges_;

 private:

  const ExtractionContext& ctx_;
  const Extraction& x_;
  std::vector<Relation>& out_;
  std::string doc_node_;
};

}  // namespace

void extract_structural_relations(const ExtractionContext& ctx, Extraction& extraction, std::vector<Relation>& out) {
  StructuralRules rules(ctx, extraction, out);
  rules.run();
  for (const auto& [id, name] : rules.metadata_judges_) {
    if (std::any_of(extraction.entities.begin(), extraction.entities.end(),
                    [&](const Entity& e) { return e.id == id; })) {
      continue;
    }
    Entity judge;
    judge.id = id;
    judge.type = "judge";
    judge.name = name;
    judge.aliases.push_back(name);
    judge.attrs["source"] = std::string("metadata");
    extraction.entities.push_back(std::move(judge));
  }
}

}  // namespace lexgraph
