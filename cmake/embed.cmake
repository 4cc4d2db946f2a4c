# Writes OUT: a C++ file defining `lexgraph::embedded::SYMBOL`, a
# std::string_view over the bytes of IN (every byte hex-escaped, so any
# content is safe inside the literal).
file(READ "${IN}" content HEX)
string(LENGTH "${content}" hexlen)
math(EXPR size "${hexlen} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" body "${content}")
file(WRITE "${OUT}.tmp" "#include <string_view>\nnamespace lexgraph::embedded {\nextern const std::string_view ${SYMBOL};\nconst std::string_view ${SYMBOL}{\"${body}\", ${size}};\n}\n")
file(RENAME "${OUT}.tmp" "${OUT}")
