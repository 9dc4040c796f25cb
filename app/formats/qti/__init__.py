"""Building ExamStation exams from QTI 2.0, 2.1, 2.2 and 3.0 content packages (see docs/qti-import.md)."""
