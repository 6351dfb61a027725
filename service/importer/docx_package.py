"""The package checks made on every .docx before python-docx opens it (issue #15).

A .docx is a zip: the number of entries, their names, and the declared *and* actual unzipped size of each
entry and of all are checked (the actual size by reading every entry through a bounded reader), and no XML
part may carry a DOCTYPE (where entities would be declared: billion laughs, external entities)."""
import io
import logging
import re
import stat
import zipfile

from service.importer.upload_limits import (CHUNK, MAX_PART_BYTES, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, Budget,
                                      ExtractError)

log = logging.getLogger(__name__)
_DRIVE = re.compile(r"^[A-Za-z]:")


def check_zip(data: bytes, timer: Budget) -> None:
    """Refuses, before anything is unzipped for python-docx: too many entries, entries whose names climb out
    (absolute, '..', backslashes, drive letters, control characters), links, duplicates, encrypted entries,
    an entry or all entries unzipping to more than the limits (declared in the headers, then actually read
    through a bounded reader), and any XML part with a DOCTYPE."""
    if data.count(b"PK\x01\x02") > MAX_ZIP_ENTRIES:  # every central directory record starts so: a bound
        raise ExtractError(f"tệp Word có quá nhiều thành phần (hơn {MAX_ZIP_ENTRIES}): không phải tài liệu Word thật")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        log.info("not a zip: %r", exc)
        raise ExtractError("tệp Word bị hỏng (không mở được như tệp .docx): hãy mở bằng Word, lưu lại thành .docx") \
            from None
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_ZIP_ENTRIES:
            raise ExtractError(f"tệp Word có quá nhiều thành phần ({len(entries)}, tối đa {MAX_ZIP_ENTRIES})")
        names, declared = set(), 0
        for info in entries:
            _check_entry_name(info, names)
            if info.flag_bits & 0x1:
                raise ExtractError("tệp Word bị mã hóa (có mật khẩu): hãy lưu lại bản không mật khẩu")
            if info.file_size > MAX_PART_BYTES:
                raise ExtractError(f"tệp Word giải nén ra quá lớn: phần {info.filename} khai báo "
                                   f"{_mb(info.file_size)} (tối đa {_mb(MAX_PART_BYTES)} mỗi phần)")
            declared += info.file_size
        if declared > MAX_UNZIPPED_BYTES:
            raise ExtractError(f"tệp Word giải nén ra quá lớn: {_mb(declared)} (tối đa {_mb(MAX_UNZIPPED_BYTES)})")
        unzipped = 0
        for info in entries:
            if not info.is_dir():
                unzipped += _read_entry(archive, info, min(info.file_size, MAX_UNZIPPED_BYTES - unzipped), timer)


def _check_entry_name(info: zipfile.ZipInfo, names: set) -> None:
    name = info.orig_filename  # zipfile cuts info.filename at a NUL
    parts = name.rstrip("/").split("/")
    if (not name or name.startswith("/") or "\\" in name or _DRIVE.match(name) or re.search(r"[\x00-\x1f]", name)
            or any(part in ("", ".", "..") for part in parts) or stat.S_ISLNK(info.external_attr >> 16)):
        raise ExtractError(f"tệp Word có thành phần với đường dẫn không hợp lệ ({name[:80]!r}): "
                           "không phải tài liệu Word thật")
    key = name.casefold()
    if key in names:
        raise ExtractError(f"tệp Word có hai thành phần trùng tên ({name[:80]!r}): không phải tài liệu Word thật")
    names.add(key)


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, timer: Budget) -> int:
    """The entry's actual unzipped size, read in chunks and never past `limit` (its declared size, or less
    when the whole is near its limit); its prolog through a hardened XML parser on the way."""
    prolog, size = _Prolog(info.filename), 0
    try:
        with archive.open(info) as entry:
            while chunk := entry.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ExtractError(f"tệp Word giải nén ra quá lớn: phần {info.filename} giải nén ra nhiều hơn "
                                       f"kích thước khai báo hoặc giới hạn ({_mb(limit)})")
                prolog.feed(chunk)
                timer.check()
    except ExtractError:
        raise
    except Exception as exc:  # noqa: BLE001 - bad CRC, truncated data, unknown compression, zlib errors...
        log.info("zip entry %s unreadable: %r", info.filename, exc)
        raise ExtractError(f"tệp Word bị hỏng: phần {info.filename} không giải nén được (sai kích thước, sai mã "
                           "kiểm tra hoặc kiểu nén lạ)") from None
    return size


class _Found(Exception):
    pass


class _PrologTarget:
    """lxml parser target that stops at the DOCTYPE or at the root element, whichever comes first."""

    def doctype(self, *args):
        raise _Found("doctype")

    def start(self, *args):
        raise _Found("root")

    def end(self, *args):
        pass

    def data(self, *args):
        pass

    def close(self):
        return None


class _Prolog:
    """The first bytes of a zip entry through a hardened lxml parser (no entities resolved, no DTD loaded,
    no network, no huge trees), until the root element starts. A DOCTYPE before it (the only place where
    entities can be declared) is refused, whatever the encoding; an entry that is not XML stops the parser
    at once and is left to python-docx."""

    def __init__(self, name: str):
        from lxml import etree  # noqa: PLC0415 - python-docx's XML library

        self.name, self.done = name, False
        self.parser = etree.XMLParser(target=_PrologTarget(), resolve_entities=False, no_network=True,
                                      load_dtd=False, huge_tree=False, dtd_validation=False)
        self.syntax_error = etree.XMLSyntaxError

    def feed(self, chunk: bytes) -> None:
        if self.done:
            return
        try:
            self.parser.feed(chunk)
        except _Found as found:
            self.done = True
            if str(found) == "doctype":
                raise ExtractError(f"tệp Word có khai báo DOCTYPE/ENTITY trong phần {self.name}: Word không tạo ra "
                                   "khai báo này (có thể là tệp độc hại); hãy mở bằng Word, lưu lại thành .docx") \
                    from None
        except self.syntax_error:
            self.done = True  # not XML (an image...) or damaged: python-docx decides


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
