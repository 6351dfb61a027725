"""The document (service.publishing.document) as a PDF, with WeasyPrint from HTML and CSS.

Why WeasyPrint and not LibreOffice converting the .docx: it is a pip package (pango comes with Debian),
it renders the same input to the same bytes in well under a second, and CI does not need a 400 MB office
suite or a headless soffice process that must be started, waited for and killed. The price is a second
rendering of the layout (HTML beside render_docx), kept small by both printing the same neutral document.
Fonts: "Times New Roman", which fontconfig maps to Liberation Serif (fonts-liberation: the same metrics,
every Vietnamese glyph); WeasyPrint embeds the subset it uses, and the text stays a text layer (pypdf and
the importer read it back)."""
import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from service.publishing.document import WEEK_COLUMNS
from service.publishing.render_docx import BODY_PT, MARGINS_MM, TABLE_PT

TEMPLATES = Path(__file__).resolve().parent / "templates"


# "61-KL/TW", "KT-XH", "07:30": words with a slash or a hyphen are kept on one line, so the text layer never
# reads "KL/ TW" (a line broken after the slash comes back with a space where it broke)
_JOINED = re.compile(r"\S*[/-]\S*")


_TAIL = re.compile(r"\S+\s\S+\s\S+$")


def _keep(text, tail: bool = True) -> Markup:
    """The text, escaped, with words holding "/" or "-" unbreakable and (`tail`, for the body's paragraphs)
    the last three words too: a paragraph never ends on a lone "bị)." line."""
    text = str(text or "")
    found = _TAIL.search(text) if tail else None
    cut = found.start() if found and len(found.group(0)) < 40 else len(text)
    out, at = [], 0
    for match in _JOINED.finditer(text[:cut]):
        out += [escape(text[at:match.start()]), Markup('<span class="nb">'), escape(match.group(0)), Markup("</span>")]
        at = match.end()
    out.append(escape(text[at:cut]))
    if cut < len(text):
        out += [Markup('<span class="nb">'), escape(text[cut:]), Markup("</span>")]
    return Markup("").join(out)


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["keep"] = _keep
    env.filters["cell"] = lambda text: _keep(text, tail=False)
    return env


def html(d) -> str:
    return _env().get_template("export.html").render(d=d, columns=WEEK_COLUMNS, margins=MARGINS_MM, body_pt=BODY_PT,
                                                     table_pt=TABLE_PT, landscape=d.kind == "week")


def render(d) -> bytes:
    """The PDF bytes of an ExportDocument."""
    from weasyprint import HTML  # noqa: PLC0415 - loads pango: only when a PDF is asked for
    return HTML(string=html(d), base_url=str(TEMPLATES)).write_pdf(
        pdf_identifier=f"{d.filename}".encode(), uncompressed_pdf=False)
