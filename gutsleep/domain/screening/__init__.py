"""Gut screening: the questions (data), the rules that weigh the answers, and journal hints."""
