#include "ingest/near_dup.h"

#include <limits>
#include <string>

#include "base/hash.h"
#include "base/text.h"

namespace dossier::ingest {

std::vector<uint64_t> MinHashSignature(std::string_view text) {
  // Word hashes of lower-cased letter/digit runs.
  std::vector<uint64_t> words;
  size_t word_start = 0, word_end = 0;
  bool ascii = true;
  auto flush = [&] {
    if (word_end == word_start) return;
    std::string_view word = text.substr(word_start, word_end - word_start);
    if (ascii) {
      // Fnv1a64(AsciiLower(word)) without the copy.
      uint64_t h = 14695981039346656037ULL;
      for (unsigned char c : word) {
        h ^= c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        h *= 1099511628211ULL;
      }
      words.push_back(h);
    } else {
      words.push_back(Fnv1a64(ToLower(word)));
    }
  };
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = NextCodePoint(text, &i);
    if (IsLetter(c) || IsDigit(c)) {
      // Letters and digits are contiguous: the word is a span of the text.
      if (word_end != start) {
        flush();
        word_start = start;
        ascii = true;
      }
      word_end = i;
      ascii = ascii && c < 0x80;
    }
  }
  flush();
  if (words.size() < 8) return {};
  // One-permutation hashing: each shingle hash falls into one of the
  // kMinHashSize bins (its low bits) and only the bin's minimum is kept,
  // one hash per shingle instead of one per bin. Empty bins borrow from the
  // next non-empty bin (rotation densification), so that equal texts keep
  // equal signatures and the estimate stays unbiased.
  constexpr uint64_t kEmpty = std::numeric_limits<uint64_t>::max();
  std::vector<uint64_t> sig(kMinHashSize, kEmpty);
  constexpr size_t kShingle = 5;
  for (size_t i = 0; i + kShingle <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < kShingle; ++k) h = Mix64(h ^ words[i + k]) + k;
    h = Mix64(h);
    size_t bin = h % kMinHashSize;
    uint64_t v = h / kMinHashSize;
    if (v < sig[bin]) sig[bin] = v;
  }
  std::vector<uint64_t> dense = sig;
  for (int j = 0; j < kMinHashSize; ++j) {
    if (sig[j] != kEmpty) continue;
    for (int d = 1; d < kMinHashSize; ++d) {
      int src = (j + d) % kMinHashSize;
      if (sig[src] != kEmpty) {
        dense[j] = Mix64(sig[src] + 0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(d));
        break;
      }
    }
  }
  return dense;
}

std::vector<uint64_t> LshBandKeys(const std::vector<uint64_t>& sig) {
  std::vector<uint64_t> keys;
  if (sig.size() != static_cast<size_t>(kMinHashSize)) return keys;
  constexpr int rows = kMinHashSize / kLshBands;
  for (int b = 0; b < kLshBands; ++b) {
    uint64_t h = Mix64(static_cast<uint64_t>(b) + 1);
    for (int r = 0; r < rows; ++r) h = Mix64(h ^ sig[b * rows + r]);
    // Keep keys positive so they fit SQLite's signed 64-bit integers.
    keys.push_back(h >> 1);
  }
  return keys;
}

double EstimateSimilarity(const std::vector<uint64_t>& a,
                          const std::vector<uint64_t>& b) {
  if (a.empty() || a.size() != b.size()) return 0;
  size_t same = 0;
  for (size_t i = 0; i < a.size(); ++i) same += a[i] == b[i];
  return static_cast<double>(same) / static_cast<double>(a.size());
}

}  // namespace dossier::ingest
