// Command-line driver of the time-expression annotator, for evaluation and
// debugging.
//
//   timex_driver ANCHOR LANG < text
//       prints one TSV line per expression: start, end (UTF-8 byte offsets),
//       type, value, text (tabs and newlines of the text shown as spaces).
//   timex_driver --list LIST
//       LIST has one "path<TAB>anchor<TAB>lang" line per document; for each
//       document prints "#FILE path" followed by its TSV lines. One process
//       serves a whole corpus.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "nlp/timex.h"

namespace {

void Print(const std::string& text, const std::string& anchor, const std::string& lang,
           std::ostream& out) {
  for (const auto& e : dossier::nlp::AnnotateTimes(text, anchor, lang)) {
    std::string shown = e.text;
    for (char& c : shown)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    out << e.start << '\t' << e.end << '\t' << dossier::nlp::TimexTypeName(e.type) << '\t'
        << e.value << '\t' << shown << '\n';
  }
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  if (argc == 3 && std::string(argv[1]) == "--list") {
    std::ifstream list(argv[2]);
    if (!list) {
      std::cerr << "timex_driver: cannot read " << argv[2] << "\n";
      return 1;
    }
    std::string line;
    while (std::getline(list, line)) {
      if (line.empty()) continue;
      size_t t1 = line.find('\t');
      size_t t2 = t1 == std::string::npos ? std::string::npos : line.find('\t', t1 + 1);
      std::string path = line.substr(0, t1);
      std::string anchor = t1 == std::string::npos ? "" : line.substr(t1 + 1, t2 - t1 - 1);
      std::string lang = t2 == std::string::npos ? "en" : line.substr(t2 + 1);
      std::string text;
      if (!ReadFile(path, &text)) {
        std::cerr << "timex_driver: cannot read " << path << "\n";
        return 1;
      }
      std::cout << "#FILE " << path << '\n';
      Print(text, anchor, lang, std::cout);
    }
    return 0;
  }
  if (argc != 3) {
    std::cerr << "usage: timex_driver ANCHOR LANG < text\n"
                 "       timex_driver --list LIST   (lines: path<TAB>anchor<TAB>lang)\n";
    return 2;
  }
  std::ostringstream ss;
  ss << std::cin.rdbuf();
  Print(ss.str(), argv[1], argv[2], std::cout);
  return 0;
}
