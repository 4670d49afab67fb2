"""The models family: model configurations (playground settings), model price maps and feature model settings."""
