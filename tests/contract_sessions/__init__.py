"""Scripted contract sessions, one module per emulator API family (`<family name>.py` with
`session(call, emulator)`), which `test_contract.py` finds by the registered families' names."""
