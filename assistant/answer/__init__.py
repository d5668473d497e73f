"""Grounded answering: intent, plan recognition, sentence selection, verbatim quotes, abstention, LLM mode."""
