"""Every uploaded file as one document model (service.importer.document): plain text (UTF-8, UTF-16 or
cp1258), .docx (read_docx: paragraphs with their list numbers, table rows) and .pdf (read_pdf: the text
layer's lines joined into paragraphs, page furniture removed). `read_document` is the entry.

Every file is untrusted (issue #15). A .docx is a zip: before python-docx opens it, the number of entries,
their names, and the declared *and* actual unzipped size of each entry and of all are checked
(docx_package), and no XML part may carry a DOCTYPE (where entities would be declared: billion laughs,
external entities). A PDF is read under pypdf limits, with a page and a text limit; pypdf's errors become
reasons in Vietnamese. Plain text with control characters (NUL...) is refused. Each extraction has a time
budget, checked between steps against a monotonic clock. Every refusal is an ExtractError whose message,
in Vietnamese, the caller shows against its field."""
import re
import time

from service.importer.document import Block, Document
from service.importer.read_docx import read_docx
from service.importer.read_pdf import read_pdf
from service.importer.upload_limits import MAX_BYTES, MAX_TEXT_CHARS, TIME_BUDGET, Budget, ExtractError, too_long

__all__ = ["MAX_BYTES", "ExtractError", "clean_filename", "control_characters", "read_document"]

# Control characters refused in a program's text: C0 but tab, newline, carriage return, and the vertical tab
# and form feed of Word's manual line and page breaks (the importer reads them as spaces); and DEL. The same
# set as schemas.ImportIn.text, so that a file and a pasted or posted text are held to one rule.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read_document(data: bytes, filename: str | None = None, *, budget: float | None = None,
                  clock=time.monotonic) -> Document:
    """An uploaded file as blocks (service.importer.document); ExtractError (a reason in Vietnamese) if it
    cannot or may not be read. `budget`: seconds allowed (default TIME_BUDGET)."""
    if len(data) > MAX_BYTES:
        raise ExtractError(f"tệp lớn quá {MAX_BYTES // (1024 * 1024)} MB")
    timer = Budget(TIME_BUDGET if budget is None else budget, clock)
    name = (filename or "").casefold()
    if name.endswith(".docx") or data[:4] == b"PK\x03\x04":
        document = Document([_cleaned(block) for block in read_docx(data, timer)])
    elif name.endswith(".pdf") or data[:5] == b"%PDF-":
        document = Document([_cleaned(block) for block in read_pdf(data, timer)])
    elif name.endswith(".doc") or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ExtractError("tệp .doc (Word 97-2003) chưa đọc được: hãy lưu lại thành .docx hoặc .pdf")
    else:
        text = _plain(data)
        problem = control_characters(text)
        if problem:
            hint = " (có thể là tệp UTF-16 thiếu BOM, hoặc không phải tệp văn bản)" if "NUL" in problem else ""
            raise ExtractError(f"tệp văn bản {problem}{hint}; hãy lưu lại tệp thành văn bản UTF-8, hoặc dán nội dung")
        _check_length(text)
        document = Document.from_text(text)
    timer.check()
    _check_length(document.text())
    return document


def _plain(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("cp1258", errors="replace")


def control_characters(text: str) -> str | None:
    """None when `text` holds no refused control character (_CONTROL); else, in words, the first one and
    where it is. Such text is refused rather than cleaned: a NUL or an escape in a program means the file
    is not the text it claims to be (UTF-16 without its BOM, a binary file renamed .txt, a damaged file),
    and dropping them would import whatever is left without a word; PostgreSQL refuses NUL in text."""
    found = _CONTROL.search(text)
    if found is None:
        return None
    code = ord(found.group())
    line = text.count("\n", 0, found.start()) + 1
    others = len(_CONTROL.findall(text)) - 1
    name = "NUL" if code == 0 else f"U+{code:04X}"
    where = f"ở dòng {line}" + (f" (và {others} chỗ khác)" if others else "")
    return f"có ký tự điều khiển {name} {where}, văn bản không được chứa ký tự này"


def clean_filename(filename: str | None) -> str | None:
    """A file's name as kept: control characters dropped (a name is only a label), at most 300 characters."""
    if filename is None:
        return None
    return _SURROGATE.sub("", re.sub(r"[\x00-\x1f\x7f]", "", filename))[:300] or None


def _extracted(text: str) -> str:
    """Text from Word or PDF with the control characters an extractor can leave (a PDF's odd font codes)
    dropped and lone surrogates replaced: artefacts of the extraction, not what the office wrote."""
    return _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))


def _cleaned(block: Block) -> Block:
    block.text = _extracted(block.text)
    if block.number:
        block.number = _extracted(block.number)
    if block.cells is not None:
        block.cells = [[_extracted(p) for p in cell] for cell in block.cells]
    return block


def _check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise too_long()
