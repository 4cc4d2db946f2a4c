#include "relate/order_attributes.h"

#include <unordered_map>

#include "extract/extraction_json.h"
#include "extract/names/institution_gazetteer.h"
#include "resolve/resolver.h"

namespace lexgraph {

namespace {

bool flag(const Attrs& attrs, const char* key) {
  auto it = attrs.find(key);
  if (it == attrs.end()) return false;
  const bool* b = std::get_if<bool>(&it->second);
  return b && *b;
}

// The word before position `pos`, lower case.
std::string word_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && text[start - 1] != ' ' && text[start - 1] != '\n') --start;
  std::string w(text.substr(start, end - start));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool generic_kind(const std::string* kind) { return !kind || *kind == "order" || *kind == "ruling"; }

// The judge entity of the document's metadata ("Kollar-Kotelly" names
// "Colleen Kollar-Kotelly"), else an id from the listed name.
std::string document_judge(const ExtractionContext& ctx, const Extraction& x) {
  for (const std::string& listed : ctx.doc.judges) {
    const std::string key = slug(listed);
    if (key.empty()) continue;
    for (const Entity& e : x.entities) {
      if (e.type != "judge") continue;
      const std::string name = slug(e.name);
      if (name == key || (name.size() > key.size() && name.ends_with("-" + key)) ||
          (key.size() > name.size() && key.ends_with("-" + name))) {
        return e.id;
      }
    }
    if (key.find('-') != std::string::npos) return "judge:" + key;
  }
  return {};
}

// "Motion to Intervene ... is GRANTED. ... this matter is administratively
// STAYED": the dispositions of one ruling are one order of that ruling (one
// judgment for an appellate opinion), which grants one thing and stays
// another. The later ones become the first one's.
void merge_dispositions(Extraction& x, std::vector<Relation>& stated) {
  std::unordered_map<std::string, std::string> first_of_kind;
  std::unordered_map<std::string, std::string> same_as;
  for (Entity& e : x.entities) {
    if (e.type != "order" || !flag(e.attrs, "decretal") || !e.attrs.count("disposition")) continue;
    const std::string* kind = text_attr(e.attrs, "kind");
    if (!kind) continue;
    auto [it, fresh] = first_of_kind.emplace(*kind, e.id);
    if (fresh) continue;
    e.attrs["same_as"] = it->second;
    same_as[e.id] = it->second;
  }
  if (same_as.empty()) return;
  auto canonical = [&](std::string& id) {
    auto it = same_as.find(id);
    if (it != same_as.end()) id = it->second;
  };
  for (Relation& r : stated) {
    canonical(r.subject);
    canonical(r.object);
    if (auto q = r.qualifiers.find("order"); q != r.qualifiers.end()) {
      if (auto* id = std::get_if<std::string>(&q->second)) canonical(*id);
    }
  }
}

}  // namespace

void complete_order_attributes(const ExtractionContext& ctx, Extraction& x, std::vector<Relation>& stated) {
  std::unordered_map<std::string, std::size_t> entity_index;
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    if (x.entities[i].type == "order") entity_index[x.entities[i].id] = i;
  }
  if (entity_index.empty()) return;
  auto entity_of = [&](const Mention& m) -> Entity* {
    auto it = entity_index.find(m.entity);
    return it == entity_index.end() ? nullptr : &x.entities[it->second];
  };

  // What each mention says goes to its entity.
  for (const Mention& m : x.mentions) {
    if (m.type != "order") continue;
    Entity* e = entity_of(m);
    if (!e) continue;
    for (const char* key : {"kind", "status", "negated", "count", "decretal", "disposition"}) {
      auto it = m.attrs.find(key);
      if (it != m.attrs.end() && !e->attrs.count(key)) e->attrs[key] = it->second;
    }
  }

  // "Those preliminary injunctions are still in place": the orders of the sentences before.
  const Mention* previous = nullptr;
  std::unordered_map<std::string, std::string> same_as;
  for (const Mention& m : x.mentions) {
    if (m.type != "order") continue;
    const std::string before = word_before(ctx.text, m.start);
    const bool anaphor = before == "those" || before == "these" || before == "such" || before == "both";
    if (anaphor && previous && !flag(previous->attrs, "negated") &&
        sentence_at(ctx.segments, m.start) <= sentence_at(ctx.segments, previous->start) + 2) {
      Entity* antecedent = entity_of(*previous);
      Entity* self = entity_of(m);
      if (antecedent && self && antecedent != self) {
        for (const char* key : {"status", "date", "court", "judge"}) {
          auto it = self->attrs.find(key);
          if (it != self->attrs.end() && !antecedent->attrs.count(key)) antecedent->attrs[key] = it->second;
        }
        const std::string* kind = text_attr(self->attrs, "kind");
        if (generic_kind(text_attr(antecedent->attrs, "kind")) && !generic_kind(kind)) {
          antecedent->attrs["kind"] = *kind;
          antecedent->name = self->name;
        }
        self->attrs["same_as"] = antecedent->id;
        same_as[self->id] = antecedent->id;
      }
    }
    if (!flag(m.attrs, "requested")) previous = &m;
  }
  // What the anaphor does, its antecedent does.
  const std::size_t n = stated.size();
  for (std::size_t i = 0; i < n; ++i) {
    auto it = same_as.find(stated[i].subject);
    if (it == same_as.end()) continue;
    Relation copy = stated[i];
    copy.subject = it->second;
    copy.confidence = std::min(copy.confidence, 0.7);
    stated.push_back(std::move(copy));
  }

  merge_dispositions(x, stated);

  // A ruling's own decretal order: its court, judge, date and docket.
  const std::string court = names::document_court_id(ctx.doc.court);
  const std::string judge = document_judge(ctx, x);
  for (auto& [id, index] : entity_index) {
    Entity& e = x.entities[index];
    if (!flag(e.attrs, "decretal") || e.attrs.count("same_as")) continue;
    if (!court.empty() && !e.attrs.count("court")) e.attrs["court"] = "court:" + court;
    if (!judge.empty() && !e.attrs.count("judge")) e.attrs["judge"] = judge;
    if (!ctx.doc.date.empty() && !e.attrs.count("date")) e.attrs["date"] = ctx.doc.date;
    if (!ctx.doc.docket.empty() && !e.attrs.count("case")) e.attrs["case"] = ctx.doc.docket;
    if (!e.attrs.count("status")) e.attrs["status"] = std::string("issued");
  }

  // "Judge X issued a preliminary injunction": the order's court or judge.
  for (const Relation& r : stated) {
    if (r.predicate != "grants" || r.object.empty() || flag(r.qualifiers, "negated") || flag(r.qualifiers, "alleged")) continue;
    // Only a court that issues or enters the order is its author: granting
    // "summary judgment" on a party's motion says whose the motion was.
    const std::string_view said = std::string_view(ctx.text).substr(r.start, r.end - r.start);
    if (said.find("issu") == std::string_view::npos && said.find("enter") == std::string_view::npos &&
        said.find("Issu") == std::string_view::npos && said.find("Enter") == std::string_view::npos) {
      continue;
    }
    auto it = entity_index.find(r.object);
    if (it == entity_index.end()) continue;
    Entity& e = x.entities[it->second];
    const char* key = r.subject.starts_with("court:") ? "court" : r.subject.starts_with("judge:") ? "judge" : nullptr;
    if (key && !e.attrs.count(key)) e.attrs[key] = r.subject;
  }
}

}  // namespace lexgraph
