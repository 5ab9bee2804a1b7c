// Content hashes.
#ifndef DOSSIER_BASE_HASH_H_
#define DOSSIER_BASE_HASH_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

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

// Hashes std::string keys of unordered containers so that a
// std::string_view finds them without a temporary string (the same values
// as std::hash<std::string>). Use with std::equal_to<>.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

}  // namespace dossier

#endif  // DOSSIER_BASE_HASH_H_
