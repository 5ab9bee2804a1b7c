#include "ingest/html_cleaner.h"

#include <gumbo.h>

#include <array>
#include <cstring>
#include <vector>

#include "base/text.h"

namespace dossier::ingest {
namespace {

// Elements never part of the content.
bool IsDroppedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_HEAD: case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER:
      return true;
    default:
      return false;
  }
}

// Line-level blocks (a new line, not a new paragraph).
bool IsLineTag(GumboTag t) {
  return t == GUMBO_TAG_LI || t == GUMBO_TAG_TR || t == GUMBO_TAG_DT ||
         t == GUMBO_TAG_DD;
}

const GumboAttribute* Attr(const GumboElement& e, const char* name) {
  return gumbo_get_attribute(&e.attributes, name);
}

std::string AttrValue(const GumboElement& e, const char* name) {
  const GumboAttribute* a = Attr(e, name);
  return a ? std::string(a->value) : std::string();
}

// Words in class/id/role values that mark boilerplate blocks.
constexpr std::array<std::string_view, 34> kBoilerplateWords = {
    "cookie", "consent", "gdpr", "banner", "share", "sharing", "social",
    "comment", "related", "newsletter", "subscribe", "breadcrumb", "menu",
    "navbar", "navigation", "sidebar", "footer", "advert", "ads", "promo",
    "popup", "modal", "login", "signup", "widget", "tags", "byline-share",
    "skip", "masthead", "toolbar", "recommend", "most-read", "paywall", "print"};

// A class or id token is boilerplate when one of its parts (split on '-'
// and '_', plural 's' dropped) is a boilerplate word: "cookie-banner",
// "share_buttons", "breadcrumbs", "site-footer".
bool IsBoilerplateToken(std::string_view token) {
  auto matches = [](std::string_view part) {
    for (auto w : kBoilerplateWords) {
      if (part == w || (part.size() == w.size() + 1 && part.back() == 's' &&
                        part.substr(0, w.size()) == w)) {
        return true;
      }
    }
    return false;
  };
  if (matches(token)) return true;
  size_t start = 0;
  for (size_t i = 0; i <= token.size(); ++i) {
    if (i == token.size() || token[i] == '-' || token[i] == '_') {
      if (i > start && matches(token.substr(start, i - start))) return true;
      start = i + 1;
    }
  }
  return false;
}

bool LooksBoilerplate(const GumboElement& e) {
  if (e.tag == GUMBO_TAG_BODY || e.tag == GUMBO_TAG_HTML ||
      e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN) {
    return false;
  }
  std::string role = AsciiLower(AttrValue(e, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search" || role == "dialog" ||
      role == "alertdialog" || role == "menu") {
    return true;
  }
  if (Attr(e, "hidden") || AsciiLower(AttrValue(e, "aria-hidden")) == "true") return true;
  std::string style = AsciiLower(AttrValue(e, "style"));
  if (style.find("display:none") != std::string::npos ||
      style.find("display: none") != std::string::npos) {
    return true;
  }
  for (const char* name : {"class", "id"}) {
    std::string v = AsciiLower(AttrValue(e, name));
    size_t start = 0;
    for (size_t i = 0; i <= v.size(); ++i) {
      if (i == v.size() || v[i] == ' ') {
        if (i > start && IsBoilerplateToken(std::string_view(v).substr(start, i - start))) {
          return true;
        }
        start = i + 1;
      }
    }
  }
  return false;
}

void CollectText(const GumboNode* n, std::string* out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
      n->type == GUMBO_NODE_CDATA) {
    out->append(n->v.text.text);
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const auto& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    CollectText(static_cast<const GumboNode*>(ch.data[i]), out);
  }
}

std::string NodeText(const GumboNode* n) {
  std::string s;
  CollectText(n, &s);
  return CollapseSpaces(s);
}

// Text length of a subtree outside links vs inside links, skipping
// boilerplate; used to score content candidates.
struct Density {
  size_t text = 0;
  size_t link_text = 0;
  size_t paragraphs = 0;
  size_t commas = 0;
};

void Measure(const GumboNode* n, bool in_link, Density* d) {
  if (n->type == GUMBO_NODE_TEXT) {
    std::string_view t(n->v.text.text);
    size_t len = TrimView(t).size();
    (in_link ? d->link_text : d->text) += len;
    for (char c : t) d->commas += c == ',';
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const auto& e = n->v.element;
  if (IsDroppedTag(e.tag) || LooksBoilerplate(e)) return;
  if (e.tag == GUMBO_TAG_P) ++d->paragraphs;
  bool link = in_link || e.tag == GUMBO_TAG_A;
  for (unsigned i = 0; i < e.children.length; ++i) {
    Measure(static_cast<const GumboNode*>(e.children.data[i]), link, d);
  }
}

double Score(const GumboNode* n) {
  Density d;
  Measure(n, false, &d);
  double total = static_cast<double>(d.text + d.link_text);
  if (total == 0) return 0;
  double link_density = static_cast<double>(d.link_text) / total;
  return (static_cast<double>(d.text) + 25.0 * d.paragraphs + 10.0 * d.commas) *
         (1.0 - link_density);
}

// The element holding the main content: a lone <article>, else <main> or
// role=main, else the best-scoring block, else <body>.
const GumboNode* FindContentRoot(const GumboNode* body) {
  std::vector<const GumboNode*> articles, mains, blocks;
  std::vector<const GumboNode*> stack = {body};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const auto& e = n->v.element;
    if (IsDroppedTag(e.tag) || LooksBoilerplate(e)) continue;
    if (e.tag == GUMBO_TAG_ARTICLE) articles.push_back(n);
    if (e.tag == GUMBO_TAG_MAIN || AsciiLower(AttrValue(e, "role")) == "main") {
      mains.push_back(n);
    }
    if (e.tag == GUMBO_TAG_DIV || e.tag == GUMBO_TAG_SECTION ||
        e.tag == GUMBO_TAG_TD) {
      blocks.push_back(n);
    }
    for (unsigned i = 0; i < e.children.length; ++i) {
      stack.push_back(static_cast<const GumboNode*>(e.children.data[i]));
    }
  }
  double body_score = Score(body);
  auto best_of = [&](const std::vector<const GumboNode*>& v) -> const GumboNode* {
    const GumboNode* best = nullptr;
    double best_score = 0;
    for (auto* n : v) {
      double s = Score(n);
      if (s > best_score) {
        best_score = s;
        best = n;
      }
    }
    // Only trust a candidate that holds a fair share of the page's text.
    return best && best_score >= 0.3 * body_score ? best : nullptr;
  };
  if (auto* a = best_of(articles)) return a;
  if (auto* m = best_of(mains)) return m;
  // The innermost block that still holds most of the page's text: this
  // drops unmarked headers and footers around it.
  const GumboNode* best = body;
  size_t best_depth = 0;
  for (auto* n : blocks) {
    if (Score(n) < 0.75 * body_score) continue;
    size_t depth = 0;
    for (auto* p = n; p && p != body; p = p->parent) ++depth;
    if (depth > best_depth) {
      best = n;
      best_depth = depth;
    }
  }
  return best;
}

class Emitter {
 public:
  explicit Emitter(CleanTextBuilder* b) : b_(b) {}

  void Walk(const GumboNode* n) {
    switch (n->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        EmitText(n->v.text);
        return;
      case GUMBO_NODE_WHITESPACE:
        b_->Space();
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;
    }
    const auto& e = n->v.element;
    if (IsDroppedTag(e.tag) || LooksBoilerplate(e)) return;
    if (e.tag == GUMBO_TAG_BR) {
      b_->LineBreak();
      return;
    }
    bool block = IsBlockTag(e.tag);
    bool line = IsLineTag(e.tag);
    if (line) {
      b_->LineBreak();
    } else if (block) {
      b_->ParagraphBreak();
    } else if (e.tag == GUMBO_TAG_TD || e.tag == GUMBO_TAG_TH) {
      b_->Space();
    }
    for (unsigned i = 0; i < e.children.length; ++i) {
      Walk(static_cast<const GumboNode*>(e.children.data[i]));
    }
    if (line) {
      b_->LineBreak();
    } else if (block) {
      b_->ParagraphBreak();
    }
  }

 private:
  void EmitText(const GumboText& t) {
    std::string_view decoded(t.text);
    std::string_view original(t.original_text.data, t.original_text.length);
    // Exact source offsets when no entity changed the text.
    uint32_t src = decoded == original ? static_cast<uint32_t>(t.start_pos.offset)
                                       : CleanTextBuilder::kNoSource;
    b_->Append(decoded, src);
  }

  CleanTextBuilder* b_;
};

const GumboNode* FindFirst(const GumboNode* n, GumboTag tag) {
  if (n->type != GUMBO_NODE_ELEMENT) return nullptr;
  if (n->v.element.tag == tag) return n;
  const auto& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) {
    if (auto* f = FindFirst(static_cast<const GumboNode*>(ch.data[i]), tag)) return f;
  }
  return nullptr;
}

void ReadHead(const GumboNode* n, HtmlMeta* m) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const auto& e = n->v.element;
  if (e.tag == GUMBO_TAG_TITLE && m->title.empty()) m->title = NodeText(n);
  if (e.tag == GUMBO_TAG_HTML) m->lang = AsciiLower(AttrValue(e, "lang"));
  if (e.tag == GUMBO_TAG_META) {
    std::string key = AsciiLower(AttrValue(e, "property"));
    if (key.empty()) key = AsciiLower(AttrValue(e, "name"));
    if (key.empty()) key = AsciiLower(AttrValue(e, "itemprop"));
    std::string content = CollapseSpaces(AttrValue(e, "content"));
    if (!content.empty()) {
      if ((key == "og:title" || key == "twitter:title") && m->og_title.empty()) {
        m->og_title = content;
      } else if ((key == "article:published_time" || key == "datepublished" ||
                  key == "date" || key == "pubdate" || key == "publishdate" ||
                  key == "dc.date" || key == "dc.date.issued" ||
                  key == "dcterms.date" || key == "dcterms.issued" ||
                  key == "sailthru.date" || key == "parsely-pub-date" ||
                  key == "citation_publication_date" ||
                  key == "og:published_time") &&
                 m->published.empty()) {
        m->published = content;
      } else if ((key == "og:site_name" || key == "publisher" ||
                  key == "dc.publisher" || key == "application-name" ||
                  key == "citation_publisher") &&
                 m->site_name.empty()) {
        m->site_name = content;
      } else if (key == "og:url" && m->url.empty()) {
        m->url = content;
      }
    }
  }
  if (e.tag == GUMBO_TAG_LINK && AsciiLower(AttrValue(e, "rel")) == "canonical") {
    m->url = AttrValue(e, "href");
  }
  if (e.tag == GUMBO_TAG_TIME && m->published.empty()) {
    std::string dt = AttrValue(e, "datetime");
    std::string pub = AsciiLower(AttrValue(e, "pubdate") + AttrValue(e, "itemprop") +
                                 AttrValue(e, "class"));
    if (!dt.empty() && (Attr(e, "pubdate") || pub.find("publish") != std::string::npos ||
                        pub.find("date") != std::string::npos)) {
      m->published = dt;
    }
  }
  if (e.tag == GUMBO_TAG_SCRIPT &&
      AsciiLower(AttrValue(e, "type")) == "application/ld+json" &&
      m->published.empty()) {
    std::string json;
    CollectText(n, &json);
    size_t p = json.find("\"datePublished\"");
    if (p != std::string::npos) {
      size_t q = json.find('"', json.find(':', p) + 1);
      size_t r = q == std::string::npos ? q : json.find('"', q + 1);
      if (r != std::string::npos) m->published = json.substr(q + 1, r - q - 1);
    }
  }
  for (unsigned i = 0; i < e.children.length; ++i) {
    ReadHead(static_cast<const GumboNode*>(e.children.data[i]), m);
  }
}

}  // namespace

HtmlResult CleanHtml(std::string_view html) {
  HtmlResult result;
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(),
                                              html.size());
  ReadHead(out->root, &result.meta);
  const GumboNode* body = FindFirst(out->root, GUMBO_TAG_BODY);
  if (!body) body = out->root;
  const GumboNode* root = FindContentRoot(body);
  if (const GumboNode* h1 = FindFirst(root, GUMBO_TAG_H1)) {
    result.meta.h1 = NodeText(h1);
  } else if (const GumboNode* h1b = FindFirst(body, GUMBO_TAG_H1)) {
    result.meta.h1 = NodeText(h1b);
  }
  CleanTextBuilder b;
  Emitter(&b).Walk(root);
  result.clean = b.Finish();
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return result;
}

}  // namespace dossier::ingest
