#include "read/html_text.h"

#include <libxml/HTMLparser.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>

#include "read/block_text.h"
#include "read/html_page.h"
#include "read/libxml_support.h"

namespace lexgraph {
namespace {

constexpr int kParseOptions = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                              HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT;
// Beyond this many elements of one class the values are noise, not metadata.
constexpr std::size_t kMaxTextsPerClass = 8;

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements a browser lays out inside the line. Everything else, including
// names HTML does not know (<opinion>, <author> in Harvard case HTML), is
// treated as a block, so that words in neighbouring elements never fuse.
bool is_inline_element(std::string_view name) {
  return one_of(name, {"a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data",
                       "del", "dfn", "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "q",
                       "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time",
                       "tt", "u", "var", "wbr"});
}

// Elements whose content is not text a reader sees.
bool is_dropped_element(std::string_view name) {
  return one_of(name, {"script", "style", "noscript", "template", "svg", "iframe",
                       "object", "embed", "select", "textarea", "canvas", "map", "audio",
                       "video"});
}

bool is_hidden(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  std::string style = attribute(node, "style");
  if (style.empty()) return false;
  std::string compact;
  for (char c : style)
    if (!std::isspace(static_cast<unsigned char>(c)))
      compact += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return compact.find("display:none") != std::string::npos;
}

enum class Role { skip, head, title, meta, line_break, rule, cell, preformatted, inline_run, block };

Role role_of(const xmlNode* node) {
  std::string_view name = local_name(node);
  if (name == "title") return Role::title;
  if (name == "head") return Role::head;
  if (name == "meta") return Role::meta;
  if (is_dropped_element(name) || is_hidden(node)) return Role::skip;
  if (name == "br") return Role::line_break;
  if (name == "hr") return Role::rule;
  if (name == "img" || name == "input" || name == "button" || name == "link") return Role::skip;
  if (name == "td" || name == "th") return Role::cell;
  if (one_of(name, {"pre", "listing", "xmp", "plaintext"})) return Role::preformatted;
  if (is_inline_element(name)) return Role::inline_run;
  return Role::block;
}

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t extra = 0;
    if (c < 0x80) extra = 0;
    else if (c >= 0xC2 && c <= 0xDF) extra = 1;
    else if (c >= 0xE0 && c <= 0xEF) extra = 2;
    else if (c >= 0xF0 && c <= 0xF4) extra = 3;
    else return false;
    if (s.size() - i <= extra) return false;
    for (std::size_t k = 1; k <= extra; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += extra + 1;
  }
  return true;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// libxml2 stops at 256 levels of nesting unless told HUGE, which we never
// say: a hostile page must not cost unbounded memory or stack. Real pages
// with unclosed tags usually stay far below that because the parser closes
// <p>, <li>, <td> implicitly.
std::string stop_reason(htmlParserCtxtPtr ctxt) {
  xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
  if (e == nullptr || e->level != XML_ERR_FATAL) return {};
  if (e->code == XML_ERR_NO_MEMORY) return "HTML too large to parse (out of memory)";
  if (e->code != XML_ERR_INTERNAL_ERROR) return {};
  std::string message = e->message ? e->message : "";
  if (message.find("depth") != std::string::npos)
    return "HTML nested more than 256 elements deep; the parser stopped there";
  while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back()))) message.pop_back();
  return "HTML parser stopped: " + message;
}

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
struct ContextFree {
  void operator()(htmlParserCtxt* c) const { htmlFreeParserCtxt(c); }
};

}  // namespace

HtmlPage parse_html_page(std::string_view html, const std::vector<std::string>& classes_wanted) {
  HtmlPage page;
  if (html.size() > static_cast<std::size_t>(INT_MAX)) {
    page.content.error = "HTML too large (over 2 GB)";
    return page;
  }
  prepare_libxml_for_this_thread();
  std::unique_ptr<htmlParserCtxt, ContextFree> ctxt(htmlNewParserCtxt());
  if (!ctxt) {
    page.content.error = "cannot create an HTML parser (out of memory)";
    return page;
  }
  // Without a declared charset, libxml2 guesses; bytes that are valid UTF-8
  // are UTF-8 (the JSON readers pass such fragments), anything else is left
  // to the page's <meta charset> and libxml2's Latin-1 fallback.
  const char* encoding = is_valid_utf8(html) ? "UTF-8" : nullptr;
  std::unique_ptr<xmlDoc, DocFree> doc(htmlCtxtReadMemory(
      ctxt.get(), html.data(), static_cast<int>(html.size()), nullptr, encoding, kParseOptions));
  page.content.error = stop_reason(ctxt.get());
  if (!doc) {
    if (page.content.error.empty()) page.content.error = "not readable as HTML";
    return page;
  }

  BlockTextBuilder text;
  std::string first_h1;
  int preformatted_depth = 0;
  int head_depth = 0;  // inside <head> only <title> and <meta> count
  bool at_preformatted_start = false;

  auto enter = [&](xmlNode* node) -> bool {
    switch (node->type) {
      case XML_DOCUMENT_NODE:
      case XML_HTML_DOCUMENT_NODE:
        return true;
      case XML_TEXT_NODE:
      case XML_CDATA_SECTION_NODE: {
        if (node->content == nullptr || head_depth > 0) return false;
        std::string_view s(reinterpret_cast<const char*>(node->content));
        if (preformatted_depth > 0) {
          // A newline right after <pre> is markup, not text (HTML spec).
          if (at_preformatted_start && !s.empty() && s.front() == '\n') s.remove_prefix(1);
          at_preformatted_start = false;
          text.add_preformatted(s);
        } else {
          text.add_text(s);
        }
        return false;
      }
      case XML_ELEMENT_NODE:
        break;
      default:
        return false;  // comments, processing instructions, DTD
    }
    Role role = role_of(node);
    if (role != Role::skip && !classes_wanted.empty()) {
      std::string classes = attribute(node, "class");
      for (const std::string& wanted : classes_wanted) {
        if (classes.empty()) break;
        // Whole-word match inside the class list.
        std::size_t at = classes.find(wanted);
        while (at != std::string::npos) {
          bool starts = at == 0 || std::isspace(static_cast<unsigned char>(classes[at - 1]));
          std::size_t end = at + wanted.size();
          bool ends = end == classes.size() || std::isspace(static_cast<unsigned char>(classes[end]));
          if (starts && ends) {
            auto& texts = page.text_by_class[wanted];
            if (texts.size() < kMaxTextsPerClass) texts.push_back(flat_text(node, is_inline_element));
            break;
          }
          at = classes.find(wanted, at + 1);
        }
      }
    }
    switch (role) {
      case Role::skip:
        return false;
      case Role::head:
        ++head_depth;
        return true;
      case Role::title:
        if (page.content.title.empty()) page.content.title = flat_text(node, is_inline_element);
        return false;
      case Role::meta: {
        std::string name = attribute(node, "name");
        if (name.empty()) name = attribute(node, "property");
        std::string content = attribute(node, "content");
        if (!name.empty() && !content.empty()) page.meta.emplace_back(lower(name), content);
        return false;
      }
      case Role::line_break:
        text.line_break();
        return false;
      case Role::rule:
        text.paragraph_break();
        return false;
      case Role::cell:
        text.cell_break();
        return true;
      case Role::preformatted:
        text.paragraph_break();
        ++preformatted_depth;
        at_preformatted_start = true;
        return true;
      case Role::inline_run:
        return true;
      case Role::block:
        if (first_h1.empty() && local_name(node) == "h1") first_h1 = flat_text(node, is_inline_element);
        text.paragraph_break();
        return true;
    }
    return true;
  };
  auto leave = [&](xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE) return;
    switch (role_of(node)) {
      case Role::preformatted:
        --preformatted_depth;
        at_preformatted_start = false;
        text.paragraph_break();
        break;
      case Role::block:
        text.paragraph_break();
        break;
      case Role::head:
        --head_depth;
        break;
      default:
        break;
    }
  };
  walk_tree(reinterpret_cast<xmlNode*>(doc.get()), enter, leave);

  page.content.text = text.finish();
  if (page.content.title.empty()) page.content.title = first_h1;
  return page;
}

HtmlText html_to_text(std::string_view html) { return parse_html_page(html, {}).content; }

}  // namespace lexgraph
