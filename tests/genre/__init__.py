"""A held-out judging corpus for the importer: documents in the forms offices write, rendered as .txt,
.docx (plain, Word automatic numbering, table) and justified PDF, with the facts a reader expects."""
