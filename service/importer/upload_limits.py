"""The limits an uploaded file is read under, the time budget of one reading, and the error every reader
raises (service.importer.extract, read_docx, read_pdf, docx_package): in Vietnamese, for the clerk."""
import time

MAX_BYTES = 10 * 1024 * 1024  # the file as given (over HTTP the body limit, 1 MB by default, comes first)
MAX_TEXT_CHARS = 1_000_000  # the text kept, as schemas.ImportIn.text: about 300 pages
TIME_BUDGET = 10.0  # seconds for one extraction
MAX_ZIP_ENTRIES = 1000  # a .docx has 10-30 entries, more with images
MAX_PART_BYTES = 10 * 1024 * 1024  # one unzipped entry; also libxml2's largest text node without huge_tree
MAX_UNZIPPED_BYTES = 25 * 1024 * 1024  # all entries together
MAX_TABLE_COLUMNS = 64  # per table row, merged cells counted as the columns they span (Word allows 63)
MAX_PDF_PAGES = 300
MAX_PARAGRAPHS = 100_000  # a month's program has a few hundred; bounds the work no time check can split
MAX_RUNS = 400_000
PDF_LIMITS = {  # pypdf's own limits, tighter than its defaults (75 MB streams); no external jbig2dec
    "maximum_declared_stream_length": 16 * 1024 * 1024,
    "array_based_stream_maximum_output_length": 16 * 1024 * 1024,
    "zlib_maximum_output_length": 16 * 1024 * 1024,
    "lzw_maximum_output_length": 16 * 1024 * 1024,
    "run_length_maximum_output_length": 16 * 1024 * 1024,
    "brotli_maximum_output_length": 16 * 1024 * 1024,
    "jbig2_maximum_output_length": 16 * 1024 * 1024,
    "stream_decoding_work_maximum_length": 64 * 1024 * 1024,
    "stream_parsing_work_maximum_count": 1_000_000,
    "jbig2dec_binary": None,
}
CHUNK = 64 * 1024  # bytes read at a time from a zip entry
class ExtractError(ValueError):
    pass


class Budget:
    """The time one extraction may take, checked between steps (a zip chunk, a paragraph, a table row,
    a PDF page) against `clock`, a monotonic clock."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.seconds, self.clock = seconds, clock
        self.deadline = clock() + seconds

    def check(self) -> None:
        if self.clock() > self.deadline:
            raise ExtractError(f"đọc tệp quá lâu (quá {self.seconds:g} giây): tệp quá lớn hoặc quá phức tạp; "
                               "hãy tách thành tệp nhỏ hơn, hoặc dán nội dung")


def too_long() -> ExtractError:
    return ExtractError(f"nội dung dài quá {MAX_TEXT_CHARS:,} ký tự".replace(",", ".") +
                        ": hãy tách thành tệp nhỏ hơn")
