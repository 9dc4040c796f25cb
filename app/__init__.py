"""ExamStation: offline delivery of encrypted, signed exams."""

__version__ = "0.1.0"
