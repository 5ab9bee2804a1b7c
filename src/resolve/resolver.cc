#include "resolve/resolver.h"

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/calendar.h"
#include "base/text.h"
#include "nlp/lexicon.h"
#include "nlp/names.h"

namespace dossier::resolve {
namespace {

// ---- Name forms -------------------------------------------------------------

// One written form of a name reduced to matching tokens.
struct Form {
  std::vector<std::string> tokens;  // NameKey tokens; one letter = an initial
  bool cyrillic = false;            // Russian case endings may vary
  int full = 0;                     // tokens that are not initials
  // The tokens as interned ids (see TokenTable): names are compared millions
  // of times, as integers.
  struct Tok {
    int id = 0;    // the token
    int stem = 0;  // its stem without Russian case endings
    char first = 0;
    bool initial = false;
    bool given = false;  // a given name of the lexicon
  };
  std::vector<Tok> ids;
};

bool HasCyrillic(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = NextCodePoint(s, &i);
    if (c >= 0x400 && c <= 0x52F) return true;
  }
  return false;
}

// Patronymic words of Turkic names ("Asanbek uulu", "Aida kyzy"), as keys.
const std::unordered_map<std::string, std::string>& PatronymicMarkers() {
  static const auto* m = [] {
    auto* r = new std::unordered_map<std::string, std::string>;
    // marker -> the Russified surname ending it corresponds to
    for (const char* w : {"uulu", "uly", "ugli", "ogly", "oglu", "уулу", "улы", "угли", "оглы"})
      (*r)[nlp::NameKey(w)] = "ov";
    for (const char* w : {"kyzy", "kizi", "qizi", "gyzy", "кызы", "кизи", "гызы"})
      (*r)[nlp::NameKey(w)] = "ova";
    return r;
  }();
  return *m;
}

bool IsDroppedWord(const std::string& token) {
  const auto& lex = nlp::Lexicon::Get();
  return lex.honorifics.count(token) > 0 || lex.person_titles.count(token) > 0;
}

// NameKey (ICU transliteration) memoised: a collection spells each name in
// few ways, many times over.
class NameKeys {
 public:
  const std::string& Of(const std::string& text) {
    auto it = keys_.find(text);
    if (it == keys_.end()) it = keys_.emplace(text, nlp::NameKey(text)).first;
    return it->second;
  }

 private:
  std::unordered_map<std::string, std::string> keys_;
};

std::vector<Form> FormsOf(const PersonRef& ref, NameKeys* keys) {
  std::vector<Form> out;
  auto add = [&](const std::string& text) {
    Form f;
    f.cyrillic = HasCyrillic(text);
    const std::string& key = keys->Of(text);
    for (std::string_view t : Split(key, ' ')) {
      if (t.empty()) continue;
      std::string tok(t);
      if (tok.size() > 1 && IsDroppedWord(tok)) continue;
      // French romanisation writes the Cyrillic "у" as "ou": Aïgoul = Aigul.
      for (size_t p = 0; (p = tok.find("ou", p)) != std::string::npos;) tok.erase(p, 1);
      f.tokens.push_back(std::move(tok));
    }
    if (f.tokens.empty()) return;
    for (const auto& t : f.tokens) f.full += t.size() > 1;
    // "Nurlan Asanbek uulu" is also written "Nurlan Asanbekov".
    const auto& markers = PatronymicMarkers();
    for (size_t i = 1; i < f.tokens.size(); ++i) {
      auto it = markers.find(f.tokens[i]);
      if (it == markers.end()) continue;
      Form alt = f;
      alt.tokens[i - 1] += it->second;
      alt.tokens.erase(alt.tokens.begin() + static_cast<long>(i));
      alt.full -= 1;
      out.push_back(std::move(alt));
      break;
    }
    out.push_back(std::move(f));
  };
  add(ref.name);
  for (const auto& v : ref.variants) add(v);
  return out;
}

// The stem of a romanised Russian word form: case endings removed.
std::string_view Stem(std::string_view t) {
  static const char* kEndings[] = {"ogo", "omu", "ymi", "ami", "om", "im", "oi", "oy",
                                   "a",   "u",   "e",   "o",   "y", "i"};
  for (const char* e : kEndings) {
    std::string_view ev(e);
    if (t.size() >= ev.size() + 4 && t.ends_with(ev)) return t.substr(0, t.size() - ev.size());
  }
  return t;
}

enum Match { kNoMatch = 0, kInitialMatch = 1, kInflectedMatch = 2, kExactMatch = 3 };

// Given names of the lexicon, as matching keys ("Bakhyt" -> "bahit").
bool IsGivenName(const std::string& token) {
  static const auto* keys = [] {
    auto* k = new std::unordered_set<std::string>;
    for (const auto& n : nlp::Lexicon::Get().given_names) k->insert(nlp::NameKey(n));
    return k;
  }();
  return keys->count(token) > 0;
}

// Interns tokens and their stems, so that matching compares integers.
class TokenTable {
 public:
  void Intern(Form* f) {
    f->ids.clear();
    for (const auto& t : f->tokens) {
      Form::Tok k;
      k.id = Id(t);
      k.stem = Id(std::string(Stem(t)));
      k.first = t.empty() ? 0 : t[0];
      k.initial = t.size() == 1;
      k.given = IsGivenName(t);
      f->ids.push_back(k);
    }
  }

 private:
  int Id(const std::string& s) {
    auto [it, inserted] = ids_.try_emplace(s, static_cast<int>(ids_.size()));
    return it->second;
  }
  std::unordered_map<std::string, int> ids_;
};

Match TokenMatch(const Form::Tok& a, const Form::Tok& b, bool inflect) {
  if (a.id == b.id) return kExactMatch;
  if (a.initial || b.initial) {
    return a.initial != b.initial && a.first == b.first ? kInitialMatch : kNoMatch;
  }
  if (inflect && (a.stem == b.stem || a.stem == b.id || b.stem == a.id)) return kInflectedMatch;
  return kNoMatch;
}

enum class NameRelation { kNone, kConflict, kSurname, kInitials, kSubset, kInflected, kExact };

double NameScore(NameRelation r) {
  switch (r) {
    case NameRelation::kExact: return 6;
    case NameRelation::kInflected: return 5;
    case NameRelation::kSubset: return 4;
    case NameRelation::kInitials: return 3;
    case NameRelation::kSurname: return 1;
    default: return 0;
  }
}

const char* NameRelationText(NameRelation r) {
  switch (r) {
    case NameRelation::kExact: return "the same name";
    case NameRelation::kInflected: return "the same name in another grammatical case";
    case NameRelation::kSubset: return "one name is contained in the other";
    case NameRelation::kInitials: return "initials agree with the full name";
    case NameRelation::kSurname: return "only the surname is shared";
    case NameRelation::kConflict: return "same surname, different given names";
    default: return "no name in common";
  }
}

NameRelation Relate(const Form& a, const Form& b) {
  const Form& small = a.ids.size() <= b.ids.size() ? a : b;
  const Form& large = &small == &a ? b : a;
  const bool inflect = a.cyrillic || b.cyrillic;
  // Tokens pair off best matches first, so that an initial never takes the
  // word a full token needed: the relation is the same in either order.
  constexpr size_t kMaxTokens = 16;
  if (large.ids.size() > kMaxTokens) return NameRelation::kNone;
  bool small_used[kMaxTokens] = {}, large_used[kMaxTokens] = {};
  int matched = 0, initials = 0, inflected = 0, full_matched = 0;
  for (Match want : {kExactMatch, kInflectedMatch, kInitialMatch}) {
    for (size_t i = 0; i < small.ids.size(); ++i) {
      if (small_used[i]) continue;
      for (size_t j = 0; j < large.ids.size(); ++j) {
        if (large_used[j] || TokenMatch(small.ids[i], large.ids[j], inflect) != want) continue;
        small_used[i] = large_used[j] = true;
        ++matched;
        initials += want == kInitialMatch;
        inflected += want == kInflectedMatch;
        full_matched += want != kInitialMatch;
        break;
      }
    }
  }
  if (full_matched == 0) return NameRelation::kNone;
  if (matched < static_cast<int>(small.ids.size())) {
    // A shared surname with another given name is another person.
    return small.full >= 2 && large.full >= 2 ? NameRelation::kConflict : NameRelation::kNone;
  }
  if (small.full == 1 && initials == 0) {
    // One word: a surname alone, unless it is a given name.
    return small.ids[0].given && small.ids.size() == 1 ? NameRelation::kNone
                                                       : NameRelation::kSurname;
  }
  if (initials > 0) return NameRelation::kInitials;
  if (small.ids.size() < large.ids.size()) return NameRelation::kSubset;
  return inflected > 0 ? NameRelation::kInflected : NameRelation::kExact;
}

// ---- Per-reference evidence ---------------------------------------------------

struct RefInfo {
  std::vector<Form> forms;
  std::string doc_country;
  std::set<std::string> countries;
  std::set<std::string> places;  // NameKey of facilities
  std::vector<std::pair<std::string, std::string>> events;  // type, date
};

bool DatesCompatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return false;
  return a.starts_with(b) || b.starts_with(a);
}

class Scorer {
 public:
  explicit Scorer(const ResolveInput& in) : in_(in), info_(in.refs.size()) {
    std::unordered_map<int64_t, std::string> doc_country;
    for (const auto& d : in.docs) doc_country[d.id] = d.country;
    for (size_t i = 0; i < in.refs.size(); ++i) {
      info_[i].doc_country = doc_country[in.refs[i].doc_id];
      info_[i].forms = FormsOf(in.refs[i], &keys_);
      for (auto& f : info_[i].forms) tokens_.Intern(&f);
      if (!in.refs[i].country.empty()) info_[i].countries.insert(in.refs[i].country);
    }
    for (const auto& e : in.events) {
      if (e.ref < 0 || static_cast<size_t>(e.ref) >= info_.size() || e.type == "call") continue;
      RefInfo& r = info_[static_cast<size_t>(e.ref)];
      if (!e.country.empty()) r.countries.insert(e.country);
      if (!e.place.empty()) r.places.insert(keys_.Of(e.place));
      r.events.emplace_back(e.type, e.date);
    }
    // How many different full names carry each surname-like token.
    std::unordered_map<std::string, std::set<std::string>> full_names;
    for (const auto& ri : info_) {
      for (const auto& f : ri.forms) {
        if (f.full < 2) continue;
        std::vector<std::string> sorted = f.tokens;
        std::sort(sorted.begin(), sorted.end());
        std::string key;
        for (const auto& t : sorted) key += t + " ";
        for (const auto& t : f.tokens)
          if (t.size() > 1) full_names[std::string(Stem(t))].insert(key);
      }
    }
    for (auto& [k, v] : full_names) full_name_count_[k] = static_cast<int>(v.size());
  }

  const RefInfo& info(int i) const { return info_[static_cast<size_t>(i)]; }

  NameRelation BestRelation(int a, int b) const {
    NameRelation best = NameRelation::kNone;
    bool conflict = false;
    for (const auto& fa : info(a).forms) {
      for (const auto& fb : info(b).forms) {
        NameRelation r = Relate(fa, fb);
        if (r == NameRelation::kConflict) conflict = true;
        else if (r > best) best = r;
      }
    }
    // A conflict only stands when no full form of the two agrees.
    if (conflict && best < NameRelation::kInitials) return NameRelation::kConflict;
    return best;
  }

  // The score of a pair and, with `with_reasons`, each piece of evidence in
  // words (clustering scores millions of pairs and needs the score only).
  Explanation Explain(int a, int b, bool with_reasons = true) const {
    Explanation x;
    auto add = [&](double points, auto&& reason) {
      x.score += points;
      if (with_reasons) x.reasons.push_back(reason());
    };
    const PersonRef& ra = in_.refs[static_cast<size_t>(a)];
    const PersonRef& rb = in_.refs[static_cast<size_t>(b)];
    NameRelation rel = BestRelation(a, b);
    double name_points = rel == NameRelation::kConflict ? -100 : NameScore(rel);
    add(name_points, [&] {
      return std::string("name: ") + NameRelationText(rel) + " (\"" + ra.name + "\" / \"" +
             rb.name + "\")";
    });
    if (rel == NameRelation::kConflict || rel == NameRelation::kNone) return x;
    if ((rel == NameRelation::kSurname || rel == NameRelation::kInitials) && UniqueSurname(a, b)) {
      add(2, [] { return std::string("+2 only one full name in the collection carries this surname"); });
    }
    const RefInfo& ia = info(a);
    const RefInfo& ib = info(b);
    if (!ia.countries.empty() && !ib.countries.empty()) {
      auto shared = std::find_first_of(ia.countries.begin(), ia.countries.end(),
                                       ib.countries.begin(), ib.countries.end());
      if (shared != ia.countries.end()) {
        add(1, [&] { return "+1 same country " + *shared; });
      } else {
        add(-3, [&] {
          return "-3 different countries " + *ia.countries.begin() + " / " + *ib.countries.begin();
        });
      }
    } else if (!ia.doc_country.empty() && ia.doc_country == ib.doc_country) {
      add(1, [&] { return "+1 both documents are mainly about " + ia.doc_country; });
    }
    int event_points = 0;
    std::set<std::string> counted;
    for (const auto& [ta, da] : ia.events) {
      for (const auto& [tb, db] : ib.events) {
        if (ta != tb || !DatesCompatible(da, db) || counted.count(ta) || event_points >= 2)
          continue;
        counted.insert(ta);
        ++event_points;
        add(1, [&] { return "+1 both report a " + ta + " on " + (da.size() >= db.size() ? da : db); });
      }
    }
    for (const auto& p : ia.places) {
      if (ib.places.count(p)) {
        add(1, [] { return std::string("+1 same place of detention or court"); });
        break;
      }
    }
    if ((ra.role == "official" && rb.role == "subject") ||
        (ra.role == "subject" && rb.role == "official")) {
      add(-1, [] { return std::string("-1 an official in one document, a subject in the other"); });
    }
    x.same = x.score >= kMergeThreshold;
    return x;
  }

 private:
  // True when the one-word name's surname is carried by exactly one full
  // name in the collection, and the other person has that full name.
  bool UniqueSurname(int a, int b) const {
    const RefInfo& ia = info(a);
    const RefInfo& ib = info(b);
    auto max_full = [](const RefInfo& r) {
      int m = 0;
      for (const auto& f : r.forms) m = std::max(m, f.full);
      return m;
    };
    const RefInfo& single = max_full(ia) >= 2 ? ib : ia;
    for (const auto& f : single.forms) {
      if (f.full != 1) continue;
      for (const auto& t : f.tokens) {
        if (t.size() < 2) continue;
        auto it = full_name_count_.find(std::string(Stem(t)));
        if (it != full_name_count_.end() && it->second == 1) return true;
      }
    }
    return false;
  }

  const ResolveInput& in_;
  NameKeys keys_;
  TokenTable tokens_;
  std::vector<RefInfo> info_;
  std::unordered_map<std::string, int> full_name_count_;
};

// ---- Clustering ---------------------------------------------------------------

class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }
  int Find(int x) {
    while (parent_[static_cast<size_t>(x)] != x) {
      parent_[static_cast<size_t>(x)] = parent_[static_cast<size_t>(parent_[static_cast<size_t>(x)])];
      x = parent_[static_cast<size_t>(x)];
    }
    return x;
  }
  // The smaller index becomes the root (deterministic).
  int Union(int a, int b) {
    a = Find(a), b = Find(b);
    if (a == b) return a;
    if (b < a) std::swap(a, b);
    parent_[static_cast<size_t>(b)] = a;
    return a;
  }

 private:
  std::vector<int> parent_;
};

// Largest block whose pairs are all compared (see Cluster).
constexpr size_t kMaxBlock = 60;
// A lone surname is compared with at most this many full names, and this
// many of the refs of each.
constexpr size_t kFewNames = 8;

std::vector<std::vector<int>> Cluster(const ResolveInput& in, const Scorer& scorer) {
  const size_t n = in.refs.size();
  UnionFind uf(n);
  std::map<RefKey, std::vector<int>> by_key;
  for (size_t i = 0; i < n; ++i)
    by_key[{in.refs[i].doc_id, PersonKey(in.refs[i])}].push_back(static_cast<int>(i));
  auto refs_of = [&](const RefKey& k) -> const std::vector<int>* {
    auto it = by_key.find(k);
    return it == by_key.end() ? nullptr : &it->second;
  };
  // Members of each cluster, by root, to check merges against.
  std::vector<std::vector<int>> members(n);
  for (size_t i = 0; i < n; ++i) members[i] = {static_cast<int>(i)};
  auto join = [&](int a, int b) {
    int ra = uf.Find(a), rb = uf.Find(b);
    if (ra == rb) return;
    int root = uf.Union(ra, rb);
    int other = root == ra ? rb : ra;
    auto& into = members[static_cast<size_t>(root)];
    auto& from = members[static_cast<size_t>(other)];
    into.insert(into.end(), from.begin(), from.end());
    from.clear();
    from.shrink_to_fit();
  };
  // Split overrides: pairs that must stay apart.
  std::vector<std::pair<int, int>> cannot;
  for (const auto& o : in.overrides) {
    const auto* a = refs_of(o.a);
    const auto* b = refs_of(o.b);
    if (!a || !b) continue;  // the document person is gone; nothing to apply
    if (o.kind == Override::Kind::kMerge) {
      join((*a)[0], (*b)[0]);
    } else {
      for (int x : *a)
        for (int y : *b) cannot.emplace_back(x, y);
    }
  }
  // Document persons with the same key in one document are one person.
  for (const auto& [k, v] : by_key)
    for (size_t i = 1; i < v.size(); ++i) join(v[0], v[i]);

  // Blocking: surname-like tokens (and their stems) of every form. A block
  // larger than kMaxBlock (a common surname) is split by the initial of the
  // other words of the name: "A. Surnamov", "Aibek Surnamov" and "Surnamov
  // Aibek" meet under "surnamov" + "a"; a part still too large is split
  // again by the other word itself, and an initial there meets only the same
  // initial. A surname written alone in a split block meets only other lone
  // surnames: hundreds of people carry it, and it is no evidence between
  // them. Every comparison stays within a block of bounded size, so the
  // work grows with the collection, not with its square.
  struct BlockEntry {
    int ref;
    char initial;       // of another word of the name; 0 for a surname alone
    std::string other;  // that word's stem; empty for an initial
  };
  std::unordered_map<std::string, std::vector<BlockEntry>> blocks;
  for (size_t i = 0; i < n; ++i) {
    std::set<std::tuple<std::string, char, std::string>> keys;
    for (const auto& f : scorer.info(static_cast<int>(i)).forms) {
      for (size_t t = 0; t < f.tokens.size(); ++t) {
        const std::string& tok = f.tokens[t];
        if (tok.size() < 3) continue;
        if (f.full >= 2 && f.ids[t].given) continue;
        if (PatronymicMarkers().count(tok)) continue;
        std::string key(Stem(tok));
        bool alone = true;
        for (size_t o = 0; o < f.tokens.size(); ++o) {
          const std::string& other = f.tokens[o];
          if (o == t || PatronymicMarkers().count(other)) continue;
          keys.emplace(key, other[0], other.size() > 1 ? std::string(Stem(other)) : "");
          alone = false;
        }
        if (alone) keys.emplace(key, 0, "");
      }
    }
    for (const auto& [k, initial, other] : keys)
      blocks[k].push_back({static_cast<int>(i), initial, other});
  }
  std::vector<std::string> block_keys;
  for (const auto& [k, v] : blocks) block_keys.push_back(k);
  std::sort(block_keys.begin(), block_keys.end());
  struct Candidate {
    double score;
    int a, b;
  };
  std::vector<Candidate> candidates;
  auto score_pair = [&](int a, int b) {
    if (in.refs[static_cast<size_t>(a)].doc_id == in.refs[static_cast<size_t>(b)].doc_id)
      return;  // the document already told its persons apart
    // A pair sharing several blocks is scored again and deduplicated below:
    // cheaper than remembering every pair seen.
    Explanation x = scorer.Explain(a, b, /*with_reasons=*/false);
    if (x.same) candidates.push_back({x.score, a, b});
  };
  auto score_all_pairs = [&](const std::vector<int>& v) {
    if (v.size() < 2 || v.size() > kMaxBlock) return;
    for (size_t i = 0; i < v.size(); ++i)
      for (size_t j = i + 1; j < v.size(); ++j) score_pair(v[i], v[j]);
  };
  // The same name carried by more refs than a block holds (one person in
  // many documents, or namesakes): each ref is compared with the next
  // kMaxBlock refs, enough for merges to chain through the group.
  auto score_neighbours = [&](const std::vector<int>& v) {
    if (v.size() <= kMaxBlock) return score_all_pairs(v);
    for (size_t i = 0; i < v.size(); ++i)
      for (size_t j = i + 1; j < v.size() && j <= i + kMaxBlock; ++j) score_pair(v[i], v[j]);
  };
  auto distinct = [](std::vector<int> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  for (const auto& k : block_keys) {
    const auto& entries = blocks[k];
    std::vector<int> all;
    for (const auto& e : entries) all.push_back(e.ref);
    all = distinct(std::move(all));
    if (all.size() <= kMaxBlock) {
      score_all_pairs(all);
      continue;
    }
    std::map<char, std::vector<const BlockEntry*>> by_initial;
    for (const auto& e : entries) by_initial[e.initial].push_back(&e);
    for (const auto& [initial, part] : by_initial) {
      std::vector<int> refs;
      for (const auto* e : part) refs.push_back(e->ref);
      refs = distinct(std::move(refs));
      if (refs.size() <= kMaxBlock) {
        score_all_pairs(refs);
        continue;
      }
      std::map<std::string, std::vector<int>> by_word;
      for (const auto* e : part) by_word[e->other].push_back(e->ref);
      for (auto& [word, v] : by_word) score_neighbours(distinct(std::move(v)));
    }
    // A common surname that belongs to a few full names only (one public
    // figure named in many documents): a lone mention of it may still be
    // one of them. It is compared with the first refs of each full name.
    std::map<std::string, std::vector<int>> by_name;
    for (const auto& e : entries)
      if (e.initial != 0 && !e.other.empty()) by_name[e.other].push_back(e.ref);
    auto lone = by_initial.find(0);
    if (lone == by_initial.end() || by_name.size() > kFewNames) continue;
    std::vector<int> firsts;
    for (auto& [word, v] : by_name) {
      std::vector<int> d = distinct(v);
      firsts.insert(firsts.end(), d.begin(), d.begin() + std::min(d.size(), kFewNames));
    }
    for (const auto* e : lone->second)
      for (int other : firsts) score_pair(e->ref, other);
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  candidates.erase(std::unique(candidates.begin(), candidates.end(),
                               [](const Candidate& x, const Candidate& y) {
                                 return x.a == y.a && x.b == y.b;
                               }),
                   candidates.end());
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
    if (x.score != y.score) return x.score > y.score;
    return std::tie(x.a, x.b) < std::tie(y.a, y.b);
  });
  // Clusters only grow, so two roots once found incompatible stay so.
  std::set<std::pair<int, int>> rejected;
  for (const auto& c : candidates) {
    int ra = uf.Find(c.a), rb = uf.Find(c.b);
    if (ra == rb) continue;
    if (ra > rb) std::swap(ra, rb);
    if (rejected.count({ra, rb})) continue;
    bool forbidden = false;
    for (const auto& [x, y] : cannot) {
      int fx = uf.Find(x), fy = uf.Find(y);
      if ((fx == ra && fy == rb) || (fx == rb && fy == ra)) forbidden = true;
    }
    // No two full names of the merged person may contradict each other, and
    // one document's distinct persons stay distinct.
    for (int x : members[static_cast<size_t>(ra)]) {
      if (forbidden) break;
      for (int y : members[static_cast<size_t>(rb)]) {
        if (in.refs[static_cast<size_t>(x)].doc_id == in.refs[static_cast<size_t>(y)].doc_id ||
            scorer.BestRelation(x, y) == NameRelation::kConflict) {
          forbidden = true;
          break;
        }
      }
    }
    if (forbidden) rejected.insert({ra, rb});
    else join(ra, rb);
  }
  std::vector<std::vector<int>> clusters;
  for (size_t i = 0; i < n; ++i) {
    if (uf.Find(static_cast<int>(i)) != static_cast<int>(i)) continue;
    auto m = members[i];
    std::sort(m.begin(), m.end());
    clusters.push_back(std::move(m));
  }
  return clusters;
}

// ---- Persons --------------------------------------------------------------------

template <typename T>
std::vector<T> ByFrequency(const std::map<T, int>& counts) {
  std::vector<std::pair<T, int>> v(counts.begin(), counts.end());
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::vector<T> out;
  for (auto& p : v) out.push_back(p.first);
  return out;
}

CasePerson MakePerson(const ResolveInput& in, const std::vector<int>& refs,
                      const std::vector<std::vector<std::string>>& countries_of_ref) {
  CasePerson p;
  p.refs = refs;
  std::map<std::string, int> names, roles, countries, titles;
  std::set<std::string> seen;
  for (int r : refs) {
    const PersonRef& ref = in.refs[static_cast<size_t>(r)];
    const auto& event_countries = countries_of_ref[static_cast<size_t>(r)];
    ++names[ref.name];
    if (seen.insert(ref.name).second) p.names.push_back(ref.name);
    for (const auto& v : ref.variants)
      if (seen.insert(v).second) p.names.push_back(v);
    if (!ref.role.empty()) ++roles[ref.role];
    if (!ref.country.empty()) ++countries[ref.country];
    for (const auto& c : event_countries) ++countries[c];
    if (!ref.title.empty()) ++titles[ref.title];
  }
  // Display name: a full name in Latin script, the most used, then longest.
  std::string best;
  auto rank = [&](const std::string& s) {
    int words = static_cast<int>(Split(s, ' ').size());
    return std::make_tuple(!HasCyrillic(s), words >= 2, names.count(s) ? names.at(s) : 0,
                           static_cast<int>(s.size()));
  };
  for (const auto& s : p.names)
    if (best.empty() || rank(s) > rank(best)) best = s;
  p.name = best;
  p.roles = ByFrequency(roles);
  p.countries = ByFrequency(countries);
  p.titles = ByFrequency(titles);
  return p;
}

// ---- Events ---------------------------------------------------------------------

// Days since 1970-01-01 of a full YYYY-MM-DD date; false for anything else.
bool DayNumber(const std::string& d, int64_t* days) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (size_t i = starts[k]; i < starts[k] + lengths[k]; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
      v[k] = v[k] * 10 + (d[i] - '0');
    }
  }
  *days = DaysFromCivil(v[0], v[1], v[2]);
  return true;
}

// Whether two dated reports can be the same happening: equal, one refining
// the other, or two days at most a week apart (Summarise flags those).
bool SameHappening(const std::string& a, const std::string& b) {
  if (a.starts_with(b) || b.starts_with(a)) return true;
  int64_t da = 0, db = 0;
  return DayNumber(a, &da) && DayNumber(b, &db) && std::abs(da - db) <= 7;
}

void AddClaim(Conflict* c, const std::string& value, int source) {
  for (auto& cl : c->claims) {
    if (cl.value == value) {
      cl.sources.push_back(source);
      return;
    }
  }
  c->claims.push_back({value, {source}});
}

// Fills date, detail and conflicts of a merged event from its sources.
void Summarise(const ResolveInput& in, CaseEvent* ev) {
  Conflict dates{"date", {}}, details{"detail", {}};
  std::map<std::string, int> places, countries;
  bool all_alleged = true;
  for (size_t k = 0; k < ev->sources.size(); ++k) {
    const SourceEvent& s = in.events[static_cast<size_t>(ev->sources[k])];
    int idx = static_cast<int>(k);
    if (!s.date.empty()) AddClaim(&dates, s.date, idx);
    std::string d = !s.duration.empty() ? s.duration : s.detail;
    if (!d.empty()) AddClaim(&details, d, idx);
    if (!s.place.empty()) ++places[s.place];
    if (!s.country.empty()) ++countries[s.country];
    all_alleged = all_alleged && s.alleged;
  }
  ev->alleged = all_alleged;
  if (!places.empty()) ev->place = ByFrequency(places)[0];
  if (!countries.empty()) ev->country = ByFrequency(countries)[0];
  // Dates: a vaguer date that a precise one refines is no disagreement.
  std::vector<Claim> precise;
  for (const auto& c : dates.claims) {
    bool refined = false;
    for (const auto& o : dates.claims)
      if (o.value.size() > c.value.size() && o.value.starts_with(c.value)) refined = true;
    if (!refined) precise.push_back(c);
  }
  auto most_supported = [](const std::vector<Claim>& v) {
    const Claim* best = &v[0];
    for (const auto& c : v)
      if (c.sources.size() > best->sources.size() ||
          (c.sources.size() == best->sources.size() && c.value < best->value))
        best = &c;
    return best->value;
  };
  if (!precise.empty()) {
    ev->date = most_supported(precise);
    if (precise.size() > 1) ev->conflicts.push_back({"date", precise});
  }
  if (!details.claims.empty()) {
    // Sentence terms (ISO durations) must agree; other details are words
    // ("annulled", "in absentia") that may all be true.
    std::vector<Claim> terms;
    for (const auto& c : details.claims)
      if (c.value.starts_with("P")) terms.push_back(c);
    ev->duration = terms.empty() ? "" : most_supported(terms);
    if (terms.size() > 1) ev->conflicts.push_back({"detail", terms});
    std::map<std::string, int> words;
    for (int src : ev->sources) {
      const SourceEvent& s = in.events[static_cast<size_t>(src)];
      if (!s.detail.empty()) ++words[s.detail];
    }
    if (!words.empty()) ev->detail = ByFrequency(words)[0];
  }
}

std::vector<CaseEvent> MergeEvents(const ResolveInput& in, int person,
                                   const std::vector<int>& sources) {
  std::vector<int> dated, undated;
  for (int s : sources) (in.events[static_cast<size_t>(s)].date.empty() ? undated : dated).push_back(s);
  // Most precise first, so vaguer reports join the event they refine.
  std::stable_sort(dated.begin(), dated.end(), [&](int a, int b) {
    const auto& x = in.events[static_cast<size_t>(a)];
    const auto& y = in.events[static_cast<size_t>(b)];
    if (x.date.size() != y.date.size()) return x.date.size() > y.date.size();
    return x.date < y.date;
  });
  std::vector<CaseEvent> out;
  auto source = [&](int s) -> const SourceEvent& { return in.events[static_cast<size_t>(s)]; };
  auto add = [&](CaseEvent* target, int s) {
    if (!target) {
      out.push_back({});
      target = &out.back();
      target->person = person;
      target->type = source(s).type;
    }
    target->sources.push_back(s);
  };
  for (int s : dated) {
    const SourceEvent& e = source(s);
    CaseEvent* target = nullptr;
    for (auto& ev : out) {
      if (ev.type == e.type && std::any_of(ev.sources.begin(), ev.sources.end(), [&](int o) {
            return SameHappening(source(o).date, e.date);
          })) {
        target = &ev;
        break;
      }
    }
    add(target, s);
  }
  for (int s : undated) {
    const SourceEvent& e = source(s);
    // The event of this type it can only mean: the one event of the type,
    // or else a sentence with the same term.
    std::vector<CaseEvent*> same_type;
    for (auto& ev : out)
      if (ev.type == e.type) same_type.push_back(&ev);
    CaseEvent* target = same_type.size() == 1 ? same_type[0] : nullptr;
    if (!target && !e.duration.empty()) {
      for (auto* ev : same_type)
        for (int o : ev->sources)
          if (source(o).duration == e.duration) target = ev;
    }
    add(target, s);
  }
  for (auto& ev : out) {
    std::sort(ev.sources.begin(), ev.sources.end());
    Summarise(in, &ev);
  }
  return out;
}

std::string Status(const std::vector<CaseEvent>& events,
                   const std::vector<int>& order, std::string* date) {
  std::string status = "unknown";
  for (int i : order) {
    const CaseEvent& e = events[static_cast<size_t>(i)];
    std::string next;
    if (e.type == "death") next = "deceased";
    else if (e.type == "disappearance") next = "disappeared";
    else if (e.type == "release") next = "released";
    else if (e.type == "sentence") next = "sentenced";
    else if (e.type == "arrest" || e.type == "transfer") next = "detained";
    else if ((e.type == "ill_treatment" || e.type == "health" || e.type == "trial" ||
              e.type == "charge") && status == "unknown")
      next = "detained";
    if (status == "deceased") break;
    if (next.empty()) continue;
    status = next;
    *date = e.date;
  }
  return status;
}

}  // namespace

std::string PersonKey(const PersonRef& ref) { return nlp::NameKey(ref.name); }

bool DateBefore(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return !a.empty();
  if (a.starts_with(b) || b.starts_with(a)) return a.size() < b.size();
  return a < b;
}

Explanation ExplainPair(const ResolveInput& input, int ref_a, int ref_b) {
  return ExplainPairs(input, {{ref_a, ref_b}})[0];
}

std::vector<Explanation> ExplainPairs(const ResolveInput& input,
                                      const std::vector<std::pair<int, int>>& pairs) {
  Scorer scorer(input);
  std::vector<Explanation> out;
  out.reserve(pairs.size());
  for (const auto& [a, b] : pairs) out.push_back(scorer.Explain(a, b));
  return out;
}

Resolution Resolve(const ResolveInput& in) {
  Scorer scorer(in);
  Resolution out;
  std::vector<std::vector<int>> clusters = Cluster(in, scorer);
  std::vector<int> person_of_ref(in.refs.size(), -1);
  // Where each document person's events happened.
  std::vector<std::vector<std::string>> countries_of_ref(in.refs.size());
  for (const auto& e : in.events) {
    if (e.ref < 0 || static_cast<size_t>(e.ref) >= in.refs.size() || e.country.empty()) continue;
    auto& v = countries_of_ref[static_cast<size_t>(e.ref)];
    if (std::find(v.begin(), v.end(), e.country) == v.end()) v.push_back(e.country);
  }
  for (const auto& c : clusters) out.persons.push_back(MakePerson(in, c, countries_of_ref));
  std::sort(out.persons.begin(), out.persons.end(), [](const CasePerson& a, const CasePerson& b) {
    return std::tie(a.name, a.refs) < std::tie(b.name, b.refs);
  });
  for (size_t p = 0; p < out.persons.size(); ++p)
    for (int r : out.persons[p].refs) person_of_ref[static_cast<size_t>(r)] = static_cast<int>(p);

  std::unordered_map<int64_t, const SourceDoc*> docs;
  for (const auto& d : in.docs) docs[d.id] = &d;
  std::vector<std::vector<int>> sources_of(out.persons.size());
  for (size_t i = 0; i < in.events.size(); ++i) {
    const SourceEvent& e = in.events[i];
    if (e.ref < 0 || static_cast<size_t>(e.ref) >= in.refs.size()) continue;
    int p = person_of_ref[static_cast<size_t>(e.ref)];
    if (e.type == "call") out.persons[static_cast<size_t>(p)].calls.push_back(static_cast<int>(i));
    else sources_of[static_cast<size_t>(p)].push_back(static_cast<int>(i));
  }
  for (size_t p = 0; p < out.persons.size(); ++p) {
    CasePerson& person = out.persons[p];
    std::vector<CaseEvent> merged = MergeEvents(in, static_cast<int>(p), sources_of[p]);
    std::stable_sort(merged.begin(), merged.end(), [](const CaseEvent& a, const CaseEvent& b) {
      return DateBefore(a.date, b.date);
    });
    std::vector<int> order;
    for (auto& ev : merged) {
      // Independent sources: one per publisher; copies of one text
      // (near-duplicates) and documents of one publisher count once.
      std::set<std::string> groups;
      std::set<int64_t> copies;
      for (int s : ev.sources) {
        int64_t doc = in.events[static_cast<size_t>(s)].doc_id;
        auto it = docs.find(doc);
        int64_t group = it == docs.end() || it->second->group == 0 ? doc : it->second->group;
        if (!copies.insert(group).second) continue;
        std::string publisher = it == docs.end() ? "" : ToLower(it->second->publisher);
        groups.insert(publisher.empty() ? "#" + std::to_string(group) : publisher);
      }
      ev.corroboration = static_cast<int>(groups.size());
      order.push_back(static_cast<int>(out.events.size()));
      person.events.push_back(static_cast<int>(out.events.size()));
      out.events.push_back(std::move(ev));
    }
    // Status: the latest dated event decides; undated ones count in the
    // order of their sources' publication.
    std::vector<int> by_time = order;
    auto when = [&](int i) {
      const CaseEvent& e = out.events[static_cast<size_t>(i)];
      if (!e.date.empty()) return e.date;
      std::string latest;
      for (int s : e.sources) {
        auto it = docs.find(in.events[static_cast<size_t>(s)].doc_id);
        if (it != docs.end()) latest = std::max(latest, it->second->published);
      }
      return latest;
    };
    std::stable_sort(by_time.begin(), by_time.end(), [&](int a, int b) {
      std::string wa = when(a), wb = when(b);
      return wa.empty() != wb.empty() ? !wa.empty() : DateBefore(wa, wb);
    });
    person.status = Status(out.events, by_time, &person.status_date);
    for (int r : person.refs) {
      auto it = docs.find(in.refs[static_cast<size_t>(r)].doc_id);
      if (it != docs.end()) person.as_of = std::max(person.as_of, it->second->published);
    }
  }
  return out;
}

void AssignIds(const ResolveInput& in, const PreviousIds& previous, int64_t* next_person_id,
               int64_t* next_event_id, Resolution* res) {
  // Persons: overlap of document persons with earlier persons.
  std::map<RefKey, int64_t> old_person;
  for (const auto& [k, id] : previous.person_refs) old_person[k] = id;
  struct Overlap {
    int count;
    size_t index;
    int64_t id;
  };
  std::vector<Overlap> overlaps;
  for (size_t p = 0; p < res->persons.size(); ++p) {
    std::map<int64_t, int> counts;
    for (int r : res->persons[p].refs) {
      const PersonRef& ref = in.refs[static_cast<size_t>(r)];
      auto it = old_person.find({ref.doc_id, PersonKey(ref)});
      if (it != old_person.end()) ++counts[it->second];
    }
    for (const auto& [id, c] : counts) overlaps.push_back({c, p, id});
  }
  auto assign = [](std::vector<Overlap>& ov, size_t n, int64_t* next,
                   const std::function<void(size_t, int64_t)>& set) {
    std::sort(ov.begin(), ov.end(), [](const Overlap& a, const Overlap& b) {
      if (a.count != b.count) return a.count > b.count;
      return std::tie(a.id, a.index) < std::tie(b.id, b.index);
    });
    std::vector<bool> done(n, false);
    std::set<int64_t> used;
    for (const auto& o : ov) {
      if (done[o.index] || used.count(o.id)) continue;
      done[o.index] = true;
      used.insert(o.id);
      set(o.index, o.id);
    }
    for (size_t i = 0; i < n; ++i)
      if (!done[i]) set(i, (*next)++);
  };
  assign(overlaps, res->persons.size(), next_person_id,
         [&](size_t i, int64_t id) { res->persons[i].id = id; });

  std::map<EventSourceKey, int64_t> old_event;
  for (const auto& [k, id] : previous.event_sources) old_event[k] = id;
  overlaps.clear();
  for (size_t e = 0; e < res->events.size(); ++e) {
    std::map<int64_t, int> counts;
    const int64_t person_id = res->persons[static_cast<size_t>(res->events[e].person)].id;
    for (int s : res->events[e].sources) {
      const SourceEvent& src = in.events[static_cast<size_t>(s)];
      auto it = old_event.find({src.doc_id, src.start, src.type, person_id});
      if (it != old_event.end()) ++counts[it->second];
    }
    for (const auto& [id, c] : counts) overlaps.push_back({c, e, id});
  }
  assign(overlaps, res->events.size(), next_event_id,
         [&](size_t i, int64_t id) { res->events[i].id = id; });
}

}  // namespace dossier::resolve
