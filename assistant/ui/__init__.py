"""Gradio chat for officials: ask with cited passages, choose plans, upload plans, view outlines and facts."""
