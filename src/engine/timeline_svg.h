// An SVG picture of one person's case timeline, for printed reports
// (`dossier timeline QUERY --format svg`).
//
// The input is the person profile JSON the timeline command prints: the
// header fields (name, other spellings, status and its date, "as of"), the
// events sorted by date (partial dates "2021" and "2021-11" allowed, undated
// ones last) with their sources, corroboration and conflicts, and the calls
// for action. Any field may be null or absent.
//
// The picture is a standalone SVG 1.1 document about 1000 px wide whose
// height follows from the content: a header, a legend, a horizontal time axis
// with one marker per dated event (a bar for an event known only to the month
// or year) and labels in non-overlapping lanes, then a numbered list of every
// event with its first source, so that it reads on paper without the rest of
// the report. Categories differ in colour and in marker shape (it prints in
// greyscale); alleged events have dashed outlines. Text is XML-escaped and
// laid out by an estimate of each code point's width. The output depends on
// the input alone: the same profile gives the same bytes.
#ifndef DOSSIER_ENGINE_TIMELINE_SVG_H_
#define DOSSIER_ENGINE_TIMELINE_SVG_H_

#include <nlohmann/json.hpp>
#include <string>

namespace dossier::engine {

// Renders a person profile as a standalone SVG document (UTF-8, with an XML
// declaration). Each dated event's marker is a <g> carrying
// data-event-id, data-date, data-precision ("day", "month" or "year") and
// data-x (its centre on the axis); a bar also carries data-x1 and data-x2.
std::string RenderTimelineSvg(const nlohmann::ordered_json& profile);

}  // namespace dossier::engine

#endif  // DOSSIER_ENGINE_TIMELINE_SVG_H_
