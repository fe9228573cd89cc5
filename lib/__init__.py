"""Netra's non-UI code: loaders, gazetteer, validation, chart builders, export."""
