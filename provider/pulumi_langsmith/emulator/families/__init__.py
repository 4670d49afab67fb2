"""The emulator's API families, one package each, discovered by `emulator.registry` (see there)."""
