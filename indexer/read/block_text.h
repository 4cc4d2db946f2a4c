#pragma once
// Builds readable text from a stream of markup events (text runs, block
// starts and ends, line breaks, table cells), the way a browser lays out
// HTML: whitespace inside running text collapses to one space, blocks
// become paragraphs separated by a blank line, and preformatted text keeps
// its own line breaks. Shared by the HTML and XML readers.

#include <string>
#include <string_view>

namespace lexgraph {

class BlockTextBuilder {
 public:
  // Running text: each run of whitespace (including no-break and other
  // Unicode spaces) becomes one space, dropped at the start of a line.
  void add_text(std::string_view text);
  // Text kept as written (HTML <pre>); only CR LF becomes LF.
  void add_preformatted(std::string_view text);

  void space();            // a word boundary (no text is glued across it)
  void line_break();       // "\n"
  void paragraph_break();  // "\n\n"
  void cell_break();       // a tab between table cells on one line
  // The next line or paragraph break is ignored, until text arrives. USLM
  // puts "SEC. 2." in <num> and the heading in a following block; they
  // read as one line.
  void join_next_block();

  bool empty() const { return out_.empty(); }
  std::size_t size() const { return out_.size(); }
  // The text so far, without trailing whitespace. The builder is left empty.
  std::string finish();

 private:
  void flush_pending();

  std::string out_;
  int pending_newlines_ = 0;
  char pending_separator_ = 0;  // ' ' or '\t' before the next text
  bool joining_ = false;
};

}  // namespace lexgraph
