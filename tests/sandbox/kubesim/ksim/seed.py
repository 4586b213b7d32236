"""Seed state (filled in below)."""


def seed(sim):
    pass
