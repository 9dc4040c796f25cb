"""Administrator screens: station readiness, results import and reports."""
