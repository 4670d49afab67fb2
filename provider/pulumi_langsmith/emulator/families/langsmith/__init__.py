"""The LangSmith core family: organisations, workspaces, datasets and tracer sessions (projects, experiments).

It also owns the tables the shared tenancy (`emulator/tenancy.py`) seeds and `emulator/auth.py` reads:
organisations, workspaces and the organisation's API keys.
"""
