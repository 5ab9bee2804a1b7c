// Near-duplicate detection: MinHash over word shingles with LSH banding.
// The same statement republished with other boilerplate, a changed title
// or a corrected sentence keeps most of its shingles.
#ifndef DOSSIER_INGEST_NEAR_DUP_H_
#define DOSSIER_INGEST_NEAR_DUP_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier::ingest {

inline constexpr int kMinHashSize = 64;
inline constexpr int kLshBands = 16;  // 16 bands of 4 rows
inline constexpr double kNearDuplicateThreshold = 0.8;

// Signature of kMinHashSize values over lower-cased 5-word shingles.
// Empty for texts too short to compare (fewer than 8 words).
std::vector<uint64_t> MinHashSignature(std::string_view text);

// One key per band (band index mixed in), for candidate look-up.
std::vector<uint64_t> LshBandKeys(const std::vector<uint64_t>& signature);

// Estimated Jaccard similarity of two signatures (0 when either is empty).
double EstimateSimilarity(const std::vector<uint64_t>& a,
                          const std::vector<uint64_t>& b);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_NEAR_DUP_H_
