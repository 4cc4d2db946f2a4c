#include "relate/structural_relations.h"

#include <algorithm>
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
    presiding_judges();
    caption_parties();
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
