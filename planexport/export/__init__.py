"""Exporters: a schedule out to a file format or a service."""
