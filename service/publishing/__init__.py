"""Publishing: the documents the office issues (the monthly program, the weekly schedule), their issued
versions, and the public weekly page."""
