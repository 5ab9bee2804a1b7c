// Content hashes.
#ifndef DOSSIER_BASE_HASH_H_
#define DOSSIER_BASE_HASH_H_

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace dossier {

// Lower-case hex SHA-256 of `data` (OpenSSL).
std::string Sha256Hex(std::string_view data);

// 64-bit FNV-1a, for in-memory hashing (shingles, keys). Not cryptographic.
inline uint64_t Fnv1a64(std::string_view data, uint64_t seed = 0) {
  uint64_t h = 14695981039346656037ULL ^ seed;
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// A strong 64-bit mixer (splitmix64 finaliser).
inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// A fast hash of short strings for in-memory tables: eight bytes at a
// time through the splitmix64 finaliser. Not stable across releases.
inline uint64_t ShortStringHash(std::string_view s) {
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = Mix64(h ^ v);
  }
  if (i < s.size()) {
    uint64_t v = 0;
    std::memcpy(&v, s.data() + i, s.size() - i);
    h = Mix64(h ^ v);
  }
  return h;
}

// Hashes std::string keys of unordered containers so that a
// std::string_view finds them without a temporary string. Use with
// std::equal_to<>.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return ShortStringHash(s); }
};

// A per-thread memo of a function of words: Get(key, compute) returns the
// remembered value or computes and remembers it. Emptied when it holds
// `limit` entries, so that memory stays bounded over a long run.
//   thread_local BoundedMemo<bool> known(100000);
//   return known.Get(word, [&] { return Lookup(word); });
template <typename V>
class BoundedMemo {
 public:
  explicit BoundedMemo(size_t limit) : limit_(limit) {}

  template <typename F>
  V Get(std::string_view key, F&& compute) {
    if (auto it = map_.find(key); it != map_.end()) return it->second;
    V v = compute();
    if (map_.size() >= limit_) map_.clear();
    map_.emplace(std::string(key), v);
    return v;
  }

 private:
  std::unordered_map<std::string, V, StringHash, std::equal_to<>> map_;
  size_t limit_;
};

}  // namespace dossier

#endif  // DOSSIER_BASE_HASH_H_
