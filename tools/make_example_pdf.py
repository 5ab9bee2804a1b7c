#!/usr/bin/env python3
"""Generate examples/04_report.pdf: a small 3-page fictional NGO report.

Uses only the Python standard library. The PDF objects are written by hand:
  - standard Type1 fonts Helvetica / Helvetica-Bold with WinAnsiEncoding
  - one uncompressed content stream per page (BT/ET, Tf, Td, Tj)
  - an Info dictionary (/Title, /Author, /CreationDate ...)
  - a classic xref table with exact byte offsets

The text deliberately mimics a typeset report: hard line breaks (~80 chars),
end-of-line hyphenation, a running header and footer, page numbers and extra
vertical space between paragraphs. All people, places and organisations are
fictional.

Usage: python3 tools/make_example_pdf.py [output.pdf]
"""

import os
import sys

HEADER = "Caravan Rights Monitor \u2014 Annual Report on Karvania 2023"
FOOTER = "Published 12 February 2024 \u2014 www.caravan-monitor.example.org"

# Each page is a list of blocks: ("title", text), ("subtitle", text),
# ("h", heading) or ("p", [pre-broken lines]).
PAGES = [
    [
        ("title", "KARVANIA: JUSTICE ON TRIAL"),
        ("subtitle", "Annual Report on the Human Rights Situation in the Republic of Karvania, 2023"),
        ("h", "1. Overview"),
        ("p", [
            "In 2023 the authorities of the Republic of Karvania continued to use the crimi-",
            "nal justice system to silence their critics. Opposition politicians, journalists",
            "and human rights defenders faced arrest, lengthy pre-trial detention and trials",
            "held behind closed doors. Courts rarely examined allegations of torture, and not",
            "a single official was held to account for abuses committed during the dispersal",
            "of protests in Tashabad in November 2022.",
        ]),
        ("h", "2. The aftermath of the November 2022 protests"),
        ("p", [
            "During the protests of 25-27 November 2022 against the transfer of the Ozen-Sai",
            "reservoir, more than 1,200 people were detained in the capital. Most were freed",
            "within 48 hours, but at least 63 were charged with taking part in mass unrest.",
            "Tilek Orozbekov, a 24-year-old student, died in custody at the Chyrak district",
            "police station on 29 November 2022. In May 2023 the Prosecutor General's investi-",
            "gation concluded that he had died of \u201cacute heart failure\u201d; his family says",
            "that his body bore clear marks of beating.",
        ]),
        ("h", "3. Human rights defenders: the case of Aigul Saparova"),
        ("p", [
            "Aigul Saparova, director of the Kuduk Legal Initiative, was arrested on 28 Novem-",
            "ber 2022 while documenting detentions at police stations. She was held in SIZO-1",
            "of Tashabad, where in January 2023 she spent ten days in solitary confinement. On",
            "5 March 2023 the Bulak District Court sentenced her to seven years in prison for",
            "\u201ccalls for mass unrest\u201d after a closed trial.",
        ]),
    ],
    [
        ("p", [
            "On 14 June 2023 the Tashabad City Court annulled the verdict and ordered a retri-",
            "al. On 2 October 2023 Ms Saparova was given a three-year suspended sentence and",
            "released in the courtroom; in total she had spent more than ten months in deten-",
            "tion. She remains under a travel ban and her organisation has been closed.",
        ]),
        ("h", "4. Freedom of the media: Nurlan Asanbek uulu"),
        ("p", [
            "Nurlan Asanbek uulu, an investigative journalist with Ayna Media (named in court",
            "documents as Nurlan Asanbekov), was detained on 16 January 2023 after publishing",
            "the terms of the reservoir agreement, and two days later a court placed him in pre-",
            "trial detention in SIZO-1 of Tashabad. On 10 October 2023 Judge Erkin Dzhusupov",
            "of the Chyrak District Court sentenced him to six years in a general-regime colo-",
            "ny. The Tashabad City Court upheld the sentence on 22 December 2023.",
        ]),
        ("h", "5. Political prisoners: Bakyt Temirbayev"),
        ("p", [
            "Opposition leader Bakyt Temirbayev, arrested on 14 March 2021 and sentenced on",
            "25 January 2022 to 11 years and 6 months in a strict-regime colony, is serving",
            "his sentence in Penal Colony No. 7 near Sarybel. On 2 August 2023 guards beat him",
            "after he refused to sign a disciplinary report; he was then placed in a punish-",
            "ment cell for 15 days. On 3 September 2023 he was hospitalised in the central",
            "prison hospital with a hypertensive crisis and was returned to the colony on 21",
            "September. The prosecutor's office has refused to open a criminal investi-",
            "gation into the beating. On 19 December 2023 the Supreme Court rejected his",
            "cassation appeal.",
        ]),
    ],
    [
        ("h", "6. Conditions of detention"),
        ("p", [
            "Overcrowding in SIZO-1 of Tashabad reached 160 per cent of capacity in the weeks",
            "after the November protests. Former detainees described cells without ventila-",
            "tion, denial of medicines and months without family visits. Lawyers were regu-",
            "larly prevented from meeting clients in private.",
        ]),
        ("h", "7. Recommendations"),
        ("p", [
            "Caravan Rights Monitor urges the Government of Karvania to release Bakyt Temir-",
            "bayev and Nurlan Asanbek uulu immediately and unconditionally; to quash the con-",
            "viction of Aigul Saparova; to open an effective investigation into the death of",
            "Tilek Orozbekov and into the ill-treatment of prisoners in Penal Colony No. 7;",
            "and to end the use of closed hearings in cases of public interest.",
        ]),
        ("h", "About this report"),
        ("p", [
            "This report covers events from 1 January to 31 December 2023. It is based on",
            "interviews with former detainees, relatives and lawyers, and on court documents",
            "obtained by our researchers. Some names have been withheld for security reasons.",
        ]),
    ],
]

PAGE_W, PAGE_H = 595, 842  # A4 in points
LEFT = 64
LEADING = 13
PARA_GAP = 9


def pdf_escape(text):
    """Encode text as WinAnsi (cp1252) and escape it for a PDF literal string."""
    raw = text.encode("cp1252")
    out = bytearray()
    for b in raw:
        if b in (0x28, 0x29, 0x5C):  # ( ) \
            out += b"\\" + bytes([b])
        elif b < 0x20 or b > 0x7E:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return b"(" + bytes(out) + b")"


def info_string(text):
    """PDF text string for the Info dictionary (UTF-16BE with BOM if needed)."""
    try:
        text.encode("ascii")
        return pdf_escape(text)
    except UnicodeEncodeError:
        return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def text_at(font, size, x, y, text):
    return b"BT /%s %d Tf %d %d Td %s Tj ET\n" % (
        font.encode(), size, x, y, pdf_escape(text))


def page_content(blocks, page_no, page_count):
    c = bytearray()
    # running header with a rule under it
    c += b"0.35 g\n" + text_at("F1", 8, LEFT, 808, HEADER) + b"0 g\n"
    c += b"0.5 w %d 800 m %d 800 l S\n" % (LEFT, PAGE_W - LEFT)

    # body: one BT block, relative moves with Td
    c += b"BT\n%d 770 Td\n" % LEFT
    first = True
    for kind, payload in blocks:
        if kind == "title":
            c += b"/F2 18 Tf\n%s Tj\n0 -22 Td\n" % pdf_escape(payload)
            first = True
            continue
        if kind == "subtitle":
            c += b"/F1 11 Tf\n%s Tj\n0 -30 Td\n" % pdf_escape(payload)
            first = True
            continue
        if not first:
            c += b"0 -%d Td\n" % PARA_GAP
        if kind == "h":
            c += b"/F2 11 Tf\n%s Tj\n0 -%d Td\n" % (pdf_escape(payload), LEADING + 3)
        elif kind == "p":
            c += b"/F1 10 Tf\n"
            for line in payload:
                c += b"%s Tj\n0 -%d Td\n" % (pdf_escape(line), LEADING)
        first = kind == "h"
    c += b"ET\n"

    # running footer and page number
    c += b"0.5 w %d 58 m %d 58 l S\n" % (LEFT, PAGE_W - LEFT)
    c += b"0.35 g\n" + text_at("F1", 8, LEFT, 46, FOOTER)
    c += text_at("F1", 8, PAGE_W - LEFT - 40, 46, "Page %d of %d" % (page_no, page_count))
    c += b"0 g\n"
    return bytes(c)


def build_pdf():
    n_pages = len(PAGES)
    # object numbers: 1 catalog, 2 pages, 3 F1, 4 F2, 5 info,
    # then per page: page object, content stream
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    page_ids = [6 + 2 * i for i in range(n_pages)]
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % p for p in page_ids), n_pages)
    objs[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
               b" /Encoding /WinAnsiEncoding >>")
    objs[4] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold"
               b" /Encoding /WinAnsiEncoding >>")
    objs[5] = (b"<< /Title " + info_string("Karvania: Justice on Trial \u2014 Annual Report 2023")
               + b" /Author " + info_string("Caravan Rights Monitor")
               + b" /Subject " + info_string("Human rights situation in the Republic of Karvania, 2023")
               + b" /Creator " + info_string("make_example_pdf.py")
               + b" /Producer " + info_string("Dossier example generator (Python stdlib)")
               + b" /CreationDate (D:20240212093000+06'00')"
               + b" /ModDate (D:20240212093000+06'00') >>")
    for i, blocks in enumerate(PAGES):
        pid, cid = page_ids[i], page_ids[i] + 1
        stream = page_content(blocks, i + 1, n_pages)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d]"
                     b" /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >>"
                     b" /Contents %d 0 R >>" % (PAGE_W, PAGE_H, cid))
        objs[cid] = (b"<< /Length %d >>\nstream\n" % len(stream)
                     + stream + b"endstream")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    max_id = max(objs)
    offsets = [0] * (max_id + 1)
    for oid in range(1, max_id + 1):
        offsets[oid] = len(out)
        out += b"%d 0 obj\n" % oid + objs[oid] + b"\nendobj\n"
    xref_pos = len(out)
    out += b"xref\n0 %d\n" % (max_id + 1)
    out += b"0000000000 65535 f \n"
    for oid in range(1, max_id + 1):
        out += b"%010d 00000 n \n" % offsets[oid]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (max_id + 1, xref_pos))
    return bytes(out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, "..", "examples", "04_report.pdf")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    data = build_pdf()
    with open(path, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (os.path.normpath(path), len(data)))


if __name__ == "__main__":
    main()
