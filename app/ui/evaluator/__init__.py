"""Evaluator mode: performance checklists, sign-off by PIN, reconciliation."""
