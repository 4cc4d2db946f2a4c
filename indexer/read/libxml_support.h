#pragma once
// What the HTML and XML readers share about libxml2: one-time set-up that
// keeps the library quiet, and an iterative walk over a parsed tree.
// Internal to the read stage (callers outside it never see libxml2 types).

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace lexgraph {

// Initialises libxml2 once per process and silences its error printing for
// the calling thread (libxml2 keeps error handlers per thread). Call before
// every parse; it is cheap after the first time.
void prepare_libxml_for_this_thread();

// The element's name without namespace prefix, as libxml2 stores it.
inline std::string_view local_name(const xmlNode* node) {
  return node->name ? std::string_view(reinterpret_cast<const char*>(node->name)) : std::string_view();
}

// The attribute's value, or "" when absent. Namespaced attributes match by
// local name.
std::string attribute(const xmlNode* node, const char* name);

// All text below `node` with runs of whitespace collapsed to one space and
// a space wherever a non-inline element starts or ends; for short values
// such as titles and headings.
std::string flat_text(const xmlNode* node, bool (*is_inline)(std::string_view name));

// Visits every node below `root` (root included) in document order without
// recursion, so depth costs no stack. `enter(node)` returns false to skip
// the node's children; `leave(node)` runs after the children (or at once
// when they were skipped).
template <typename Enter, typename Leave>
void walk_tree(xmlNode* root, Enter&& enter, Leave&& leave) {
  xmlNode* node = root;
  while (node != nullptr) {
    if (enter(node) && node->children != nullptr && node->type != XML_ENTITY_REF_NODE) {
      node = node->children;
      continue;
    }
    // Climb until a node has a next sibling, leaving each node on the way.
    while (node != nullptr) {
      leave(node);
      if (node == root) return;
      if (node->next != nullptr) {
        node = node->next;
        break;
      }
      node = node->parent;
    }
  }
}

// The first element at or below `root`, in document order, for which
// `match(node)` holds; nullptr when none does. Iterative, like walk_tree.
template <typename Match>
xmlNode* find_first_element(xmlNode* root, Match&& match) {
  xmlNode* node = root;
  while (node != nullptr) {
    if (node->type == XML_ELEMENT_NODE && match(node)) return node;
    bool descend = node->type == XML_ELEMENT_NODE || node->type == XML_DOCUMENT_NODE ||
                   node->type == XML_HTML_DOCUMENT_NODE;
    if (descend && node->children != nullptr) {
      node = node->children;
      continue;
    }
    while (node != root && node->next == nullptr) node = node->parent;
    if (node == root) return nullptr;
    node = node->next;
  }
  return nullptr;
}

}  // namespace lexgraph
