#include "read/uslm_reader.h"

#include <libxml/parser.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <string>
#include <vector>

#include "read/libxml_support.h"
#include "read/text_date.h"
#include "read/xml_text.h"

namespace lexgraph {
namespace {

// No XML_PARSE_NOENT (entities stay unexpanded, so no XXE and no billion
// laughs), no DTD loading, no network, and no HUGE: libxml2 keeps its
// depth and text-size limits.
constexpr int kParseOptions =
    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_COMPACT | XML_PARSE_RECOVER;

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ContextFree {
  void operator()(xmlParserCtxt* c) const { xmlFreeParserCtxt(c); }
};

const std::string kSection = "\xC2\xA7";  // §

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_uslm(const xmlNode* root) {
  return root->ns != nullptr && root->ns->href != nullptr &&
         std::string_view(reinterpret_cast<const char*>(root->ns->href)).find("uslm") != std::string_view::npos;
}

bool is_inline_uslm(std::string_view name) { return is_inline_xml_element(name, XmlVocabulary::uslm); }

std::string text_of(const xmlNode* node) { return node ? flat_text(node, is_inline_uslm) : std::string(); }

// Splits "/us/usc/t26/s6103" into its steps.
std::vector<std::string_view> path_steps(std::string_view identifier) {
  std::vector<std::string_view> steps;
  std::size_t start = 0;
  while (start <= identifier.size()) {
    std::size_t end = identifier.find('/', start);
    if (end == std::string_view::npos) end = identifier.size();
    if (end > start) steps.push_back(identifier.substr(start, end - start));
    start = end + 1;
  }
  return steps;
}

// "/us/usc/t26/s6103" -> {"26", "6103"}; empty when not a Code section.
std::pair<std::string, std::string> code_section(std::string_view identifier) {
  auto steps = path_steps(identifier);
  if (steps.size() != 4 || steps[0] != "us" || steps[1] != "usc" || steps[2].size() < 2 ||
      steps[2][0] != 't' || steps[3].size() < 2 || steps[3][0] != 's')
    return {};
  return {std::string(steps[2].substr(1)), std::string(steps[3].substr(1))};
}

// "/us/fr/82/frdoc2017-11475" -> "82"; empty when not a whole FR document.
std::string register_volume(std::string_view identifier) {
  auto steps = path_steps(identifier);
  if (steps.size() != 4 || steps[0] != "us" || steps[1] != "fr" || !starts_with(steps[3], "frdoc")) return {};
  return std::string(steps[2]);
}

bool is_document_root(const xmlNode* node) {
  std::string identifier = attribute(node, "identifier");
  if (identifier.empty()) return false;
  if (!register_volume(identifier).empty()) return true;
  return local_name(node) == "section" && !code_section(identifier).first.empty();
}

// Containers of several documents (a Federal Register issue, a Code title)
// are split; a law or bill is one document even when it quotes sections.
std::vector<xmlNode*> document_roots(xmlNode* root) {
  if (is_document_root(root)) return {root};
  std::string_view kind = local_name(root);
  if (kind == "pLaw" || kind == "bill" || kind == "resolution" || kind == "statute" ||
      kind == "statuteCompilation" || kind == "amendment" || kind == "engrossedAmendment")
    return {root};
  std::vector<xmlNode*> roots;
  walk_tree(
      root,
      [&](xmlNode* node) {
        if (node->type != XML_ELEMENT_NODE) return false;
        std::string_view name = local_name(node);
        if (name == "quotedContent" || name == "meta") return false;
        if (node != root && is_document_root(node)) {
          roots.push_back(node);
          return false;
        }
        return true;
      },
      [](xmlNode*) {});
  if (roots.empty()) roots.push_back(root);
  return roots;
}

xmlNode* child_named(xmlNode* parent, std::string_view name) {
  for (xmlNode* c = parent->children; c != nullptr; c = c->next)
    if (c->type == XML_ELEMENT_NODE && local_name(c) == name) return c;
  return nullptr;
}

xmlNode* first_named(xmlNode* root, std::string_view name) {
  return find_first_element(root, [&](xmlNode* n) { return local_name(n) == name; });
}

// The Dublin Core or USLM metadata value `name` that applies to `node`:
// its own <meta>, else the nearest ancestor's (an FR issue dates its documents).
std::string meta_value(xmlNode* node, std::string_view name) {
  for (xmlNode* n = node; n != nullptr && n->type == XML_ELEMENT_NODE; n = n->parent) {
    if (xmlNode* meta = child_named(n, "meta"))
      if (xmlNode* value = child_named(meta, name)) return text_of(value);
  }
  return {};
}

std::string digits_dash_digits(std::string_view s) {
  // "Public Law 115–11" -> "115-11" (en dash or hyphen between).
  std::size_t i = 0;
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  std::size_t a = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  std::string first(s.substr(a, i - a));
  if (first.empty()) return {};
  if (starts_with(s.substr(i), "\xE2\x80\x93")) i += 3;
  else if (i < s.size() && s[i] == '-') i += 1;
  else return {};
  std::size_t b = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i == b) return {};
  return first + "-" + std::string(s.substr(b, i - b));
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string iso_date(const std::string& written) {
  auto date = normalize_date(written);
  return date ? *date : std::string();
}

void describe_code_section(xmlNode* node, Document& doc) {
  auto [title, section] = code_section(attribute(node, "identifier"));
  doc.kind = "statute";
  doc.citation = title + " U.S.C. " + kSection + " " + section;
  doc.title = text_of(child_named(node, "heading"));
}

void describe_register_document(xmlNode* node, Document& doc) {
  doc.kind = "regulation";
  std::string volume = register_volume(attribute(node, "identifier"));
  std::string page = meta_value(node, "startingPage");
  if (!volume.empty() && all_digits(page)) doc.citation = volume + " Fed. Reg. " + page;
  doc.title = text_of(first_named(node, "subject"));
  if (doc.title.empty()) doc.title = meta_value(node, "title");
  doc.date = iso_date(meta_value(node, "date"));
}

// The law's own short title ("This Act may be cited as the <shortTitle
// role="act">“X”</shortTitle>"), not one of its parts' (role "title",
// "division") nor of a law it amends (inside <quotedContent>); quotes removed.
std::string own_short_title(xmlNode* node) {
  xmlNode* found = find_first_element(node, [](xmlNode* n) {
    if (local_name(n) != "shortTitle") return false;
    const std::string role = attribute(n, "role");
    if (role != "act" && role != "jointResolution" && role != "resolution") return false;
    for (xmlNode* p = n->parent; p != nullptr && p->type == XML_ELEMENT_NODE; p = p->parent)
      if (local_name(p) == "quotedContent") return false;
    return true;
  });
  std::string title = text_of(found);
  for (std::string_view quote : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\""}) {
    if (starts_with(title, quote)) title.erase(0, quote.size());
    if (title.size() >= quote.size() && title.compare(title.size() - quote.size(), quote.size(), quote) == 0)
      title.resize(title.size() - quote.size());
  }
  return title;
}

// The day the law was approved: the date in its long title's margin
// ("Feb. 28, 2017"), else its closing action ("Approved February 28, 2017.").
std::string approval_date(xmlNode* node) {
  if (xmlNode* long_title = first_named(node, "longTitle"))
    if (xmlNode* margin = child_named(long_title, "sidenote"))
      for (xmlNode* p = margin->children; p != nullptr; p = p->next) {
        if (p->type != XML_ELEMENT_NODE) continue;
        std::string iso = iso_date(text_of(p));
        if (iso.size() == 10) return iso;
      }
  std::string action = text_of(first_named(node, "actionDescription"));
  if (!starts_with(action, "Approved ")) return {};
  action.erase(0, 9);
  while (!action.empty() && (action.back() == '.' || action.back() == ' ')) action.pop_back();
  std::string iso = iso_date(action);
  return iso.size() == 10 ? iso : std::string();
}

void describe_law(xmlNode* node, Document& doc) {
  doc.kind = "statute";
  bool is_private = meta_value(node, "publicPrivate") == "private";
  std::string congress = meta_value(node, "congress");
  std::string number = meta_value(node, "docNumber");
  std::string law_number = all_digits(congress) && all_digits(number) ? congress + "-" + number : "";
  if (law_number.empty())
    if (xmlNode* meta = child_named(node, "meta"))
      for (xmlNode* c = meta->children; c != nullptr && law_number.empty(); c = c->next)
        if (c->type == XML_ELEMENT_NODE && local_name(c) == "citableAs") {
          std::string cite = text_of(c);
          if (starts_with(cite, "Public Law") || starts_with(cite, "Private Law")) law_number = digits_dash_digits(cite);
        }
  if (!law_number.empty()) doc.citation = (is_private ? "Priv. L. " : "Pub. L. ") + law_number;
  // dc:title reads "Public Law 115-11: Disapproving the rule ..." (the long
  // title); the law's short title, when it gives itself one, names it
  // better: "Public Law 115–7: INSPIRE Women Act" (as the text reader titles it).
  std::string title = meta_value(node, "title");
  std::size_t colon = title.find(": ");
  const bool numbered = (starts_with(title, "Public Law") || starts_with(title, "Private Law")) && colon != std::string::npos;
  std::string name = numbered ? title.substr(colon + 2) : title;
  if (std::string short_title = own_short_title(node); !short_title.empty()) name = short_title;
  while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
  doc.title = numbered ? title.substr(0, colon) + ": " + name : name;
  if (doc.date.empty()) doc.date = approval_date(node);
}

void describe_other_uslm(xmlNode* node, Document& doc) {
  doc.kind = "other";
  doc.title = meta_value(node, "title");
  if (doc.title.empty()) doc.title = text_of(first_named(node, "officialTitle"));
  doc.date = iso_date(meta_value(node, "date"));
}

// Any other XML: the first element of a telling name gives each field.
void describe_generic(xmlNode* node, Document& doc) {
  auto first_of = [&](std::initializer_list<std::string_view> names) {
    for (std::string_view name : names)
      if (xmlNode* found = first_named(node, name)) {
        std::string text = flat_text(found, [](std::string_view n) { return is_inline_xml_element(n, XmlVocabulary::other); });
        if (!text.empty()) return text;
      }
    return std::string();
  };
  doc.kind = "other";
  doc.title = first_of({"title"});
  doc.date = iso_date(first_of({"dateIssued", "date"}));
  doc.docket = first_of({"caseNumber", "docketNumber"});
  doc.court = first_of({"courtName", "court"});
}

std::string parse_problem(xmlParserCtxtPtr ctxt) {
  xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
  if (e == nullptr) return "not well-formed XML";
  std::string message = e->message ? e->message : "";
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back()))) message.pop_back();
  if (message.find("Excessive depth") != std::string::npos)
    message = "nested more than 256 elements deep";
  return "XML error at line " + std::to_string(e->line) + ": " + message;
}

}  // namespace

ReadResult read_uslm(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return ReadResult::failure("XML too large (over 2 GB)");
  prepare_libxml_for_this_thread();
  std::unique_ptr<xmlParserCtxt, ContextFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return ReadResult::failure("cannot create an XML parser (out of memory)");
  std::unique_ptr<xmlDoc, DocFree> xml(
      xmlCtxtReadMemory(ctxt.get(), bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr, kParseOptions));
  xmlNode* root = xml ? xmlDocGetRootElement(xml.get()) : nullptr;
  if (root == nullptr) return ReadResult::failure(parse_problem(ctxt.get()));

  ReadResult result;
  if (!ctxt->wellFormed) {
    std::string problem = parse_problem(ctxt.get());
    // Stopping at the depth limit loses the rest of the file: not a document.
    if (problem.find("256 elements deep") != std::string::npos) return ReadResult::failure(problem);
    result.warnings.push_back(problem + "; read what the parser could recover");
  }

  const bool uslm = is_uslm(root);
  for (xmlNode* node : document_roots(root)) {
    Document doc;
    doc.format = uslm ? "uslm" : "xml";
    if (!uslm) {
      describe_generic(node, doc);
    } else if (!code_section(attribute(node, "identifier")).first.empty()) {
      describe_code_section(node, doc);
    } else if (!register_volume(attribute(node, "identifier")).empty()) {
      describe_register_document(node, doc);
    } else if (local_name(node) == "pLaw") {
      describe_law(node, doc);
    } else {
      describe_other_uslm(node, doc);
    }
    doc.text = xml_element_text(node, uslm ? XmlVocabulary::uslm : XmlVocabulary::other);
    if (doc.text.empty()) {
      result.warnings.push_back("an XML document with no text was skipped");
      continue;
    }
    result.documents.push_back(std::move(doc));
  }
  if (result.documents.empty()) return ReadResult::failure("XML file has no text");
  return result;
}

}  // namespace lexgraph
