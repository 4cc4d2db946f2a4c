#include "read/xml_text.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "read/block_text.h"
#include "read/libxml_support.h"

namespace lexgraph {
namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Inline in every vocabulary we meet (XHTML tables inside USLM included).
bool is_common_inline(std::string_view name) {
  return one_of(name, {"i", "b", "u", "em", "strong", "sup", "sub", "span", "a", "small", "big",
                       "emphasis", "italic", "bold", "underline", "superscript", "subscript"});
}

bool is_uslm_inline(std::string_view name) {
  return one_of(name, {"inline", "ref", "date", "term", "shortTitle", "quotedText", "headingText",
                       "marker", "footnoteRef", "ins", "del", "foreign", "amendingAction",
                       "target", "entity", "abbr", "page", "signatureDate", "num"});
}

}  // namespace

bool is_inline_xml_element(std::string_view name, XmlVocabulary vocabulary) {
  return is_common_inline(name) || (vocabulary == XmlVocabulary::uslm && is_uslm_inline(name));
}

std::string xml_element_text(xmlNode* root, XmlVocabulary vocabulary) {
  BlockTextBuilder text;
  const bool uslm = vocabulary == XmlVocabulary::uslm;
  // USLM margin notes ("Deadline.", "42 USC 1861 note.") sit between a
  // section's number and its heading; they are read after the next block
  // beside them (or the end of their parent), so they split neither
  // heading nor sentence.
  std::vector<std::pair<const xmlNode*, std::string>> margin_notes;
  auto enter = [&](xmlNode* node) -> bool {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      if (node->content != nullptr) text.add_text(reinterpret_cast<const char*>(node->content));
      return false;
    }
    if (node->type != XML_ELEMENT_NODE) return false;  // comments, PIs, entity references
    std::string_view name = local_name(node);
    if (uslm && name == "meta") return false;
    if (uslm && name == "sidenote") {
      std::string note = flat_text(node, [](std::string_view n) { return is_inline_xml_element(n, XmlVocabulary::uslm); });
      if (!note.empty()) margin_notes.emplace_back(node->parent, std::move(note));
      return false;
    }
    if (name == "br") {
      text.line_break();
      return false;
    }
    if (name == "col" || name == "colgroup") return false;
    if (name == "td" || name == "th" || name == "entry") {
      text.cell_break();
      return true;
    }
    // A page marker ("131 STAT. 14") may fall mid-sentence; like the star
    // pages of case law it stays inline, set off by spaces.
    if (uslm && name == "page") {
      text.space();
      return true;
    }
    if (!is_inline_xml_element(name, vocabulary)) text.paragraph_break();
    return true;
  };
  auto leave = [&](xmlNode* node) {
    if (node->type != XML_ELEMENT_NODE) return;
    std::string_view name = local_name(node);
    if (uslm && (name == "meta" || name == "sidenote")) return;
    bool block = !is_inline_xml_element(name, vocabulary);
    if (!margin_notes.empty() &&
        (margin_notes.back().first == node || (block && margin_notes.back().first == node->parent))) {
      const xmlNode* holder = margin_notes.back().first;
      std::size_t first = margin_notes.size();
      while (first > 0 && margin_notes[first - 1].first == holder) --first;
      for (std::size_t k = first; k < margin_notes.size(); ++k) {
        text.paragraph_break();
        text.add_text(margin_notes[k].second);
      }
      margin_notes.resize(first);
      text.paragraph_break();
    }
    if (name == "br" || name == "col" || name == "colgroup" || name == "td" || name == "th" ||
        name == "entry")
      return;
    if (uslm && name == "num") {
      text.join_next_block();
      return;
    }
    if (uslm && name == "page") {
      text.space();
      return;
    }
    if (!is_inline_xml_element(name, vocabulary)) text.paragraph_break();
  };
  walk_tree(root, enter, leave);
  return text.finish();
}

}  // namespace lexgraph
