"""The one shape every file becomes before it is parsed: a list of blocks.

A block is a paragraph (its text with wrapped lines joined, and the list number Word draws from its
numbering definitions, which is not in the text) or a table row (its cells, each a list of paragraphs).
Readers (`service.importer.extract`) make blocks from .txt, .docx and .pdf, with page headers, footers and
page numbers already removed; the parser (`service.importer.parse`) reads blocks, whatever the file was.

A document is stored with its import as JSON (`ProgramImport.document`), so a commit parses exactly what
the preview parsed, table cells and list numbers included. `text()` is the same document as plain text for
people (the preview's "văn bản", search): numbers typed in front, table cells separated by tabs — which is
also what a clerk gets when copying a Word table into a text box, and `from_text` reads such lines back as
rows."""
from dataclasses import asdict, dataclass, field


@dataclass
class Block:
    text: str = ""  # a paragraph's text (without its automatic number); a row: "" (see cells)
    line: int = 0  # where it starts, 1-based: the line of a text file, the paragraph of a .docx, the line of a PDF's text
    number: str | None = None  # an automatic list number as Word shows it: "1.", "II.", "a)", "-", "•"
    level: int | None = None  # the list level of that number, 0 = outermost
    cells: list[list[str]] | None = None  # a table row: per cell, its paragraphs (each with its own number typed in)

    @property
    def is_row(self) -> bool:
        return self.cells is not None

    def typed(self) -> str:
        """The paragraph as a person would have typed it: the number in front."""
        return f"{self.number} {self.text}" if self.number else self.text


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)

    def text(self) -> str:
        lines = []
        for block in self.blocks:
            if block.is_row:
                lines.append("\t".join(" ".join(p for p in cell) for cell in block.cells))
            else:
                lines.append(block.typed())
        return "\n".join(lines)

    def to_json(self) -> list[dict]:
        return [{k: v for k, v in asdict(b).items() if v is not None and v != ""} for b in self.blocks]

    @classmethod
    def from_json(cls, data: list[dict]) -> "Document":
        return cls([Block(**item) for item in data])

    @classmethod
    def from_text(cls, text: str) -> "Document":
        """One block per line, blank lines dropped (the parser joins wrapped lines). A line with a tab is a
        table row (pasted from Word or a spreadsheet)."""
        blocks = []
        for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
            if not raw.strip():
                continue
            if "\t" in raw.strip():
                blocks.append(Block(line=number, cells=[[c.strip()] if c.strip() else [] for c in raw.split("\t")]))
            else:
                blocks.append(Block(raw.strip(), number))
        return cls(blocks)
