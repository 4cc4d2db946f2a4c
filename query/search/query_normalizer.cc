#include "search/query_normalizer.h"

#include <string>

namespace lexgraph {

namespace {

using Node = QueryNode;
using Type = QueryNode::Type;

Node list_of(Type type, std::vector<Node> children, std::size_t column) {
  if (children.size() == 1) return std::move(children.front());
  Node node;
  node.type = type;
  node.column = column;
  // Flatten (a or (b or c)) to (a or b or c): same meaning, fewer levels.
  for (Node& child : children) {
    if (child.type == type) {
      for (Node& grandchild : child.children) node.children.push_back(std::move(grandchild));
    } else {
      node.children.push_back(std::move(child));
    }
  }
  return node;
}

class Normalizer {
 public:
  Node normalize(const Node& node) {
    switch (node.type) {
      case Type::any_of:
      case Type::all_of: {
        std::vector<Node> children;
        for (const Node& child : node.children) children.push_back(normalize(child));
        return list_of(node.type, std::move(children), node.column);
      }
      case Type::but_not: {
        Node out = node;
        out.children = {normalize(node.children[0]), normalize(node.children[1])};
        return out;
      }
      case Type::proximity:
        return combine(normalize(node.children[0]), normalize(node.children[1]), node);
      default:
        return node;
    }
  }

 private:
  // `left connector right` with both sides already normalized.
  Node combine(Node left, Node right, const Node& connector) {
    if (left.type == Type::all_of || right.type == Type::all_of) {
      bool on_left = left.type == Type::all_of;
      Node& list = on_left ? left : right;
      std::vector<Node> parts;
      for (Node& item : list.children) {
        parts.push_back(on_left ? combine(std::move(item), right, connector)
                                : combine(left, std::move(item), connector));
      }
      return list_of(Type::all_of, std::move(parts), connector.column);
    }
    if (left.type == Type::but_not || right.type == Type::but_not) {
      bool on_left = left.type == Type::but_not;
      Node& minus = on_left ? left : right;
      Node out = minus;
      out.column = connector.column;
      out.children[0] = on_left ? combine(std::move(left.children[0]), right, connector)
                                : combine(left, std::move(right.children[0]), connector);
      return out;
    }
    bool left_splits = left.type == Type::any_of && !left.is_term_set();
    bool right_splits = right.type == Type::any_of && !right.is_term_set();
    if (left_splits || right_splits) {
      Node& list = left_splits ? left : right;
      // Plain words stay together as one OR-operand; the rest distribute.
      std::vector<Node> words, parts;
      for (Node& item : list.children) {
        if (item.is_single_term()) {
          words.push_back(std::move(item));
        } else {
          parts.push_back(std::move(item));
        }
      }
      if (!words.empty()) parts.push_back(list_of(Type::any_of, std::move(words), list.column));
      std::vector<Node> combined;
      for (Node& part : parts) {
        combined.push_back(left_splits ? combine(std::move(part), right, connector)
                                       : combine(left, std::move(part), connector));
      }
      return list_of(Type::any_of, std::move(combined), connector.column);
    }
    if (++connectors_ > kMaxDistributedConnectors) {
      throw QuerySyntaxError("query too complex: its connectors expand to more than " +
                             std::to_string(kMaxDistributedConnectors) + " combinations");
    }
    Node out = connector;
    out.children = {std::move(left), std::move(right)};
    return out;
  }

  std::size_t connectors_ = 0;
};

}  // namespace

QueryNode normalize_query(const QueryNode& root) { return Normalizer().normalize(root); }

}  // namespace lexgraph
