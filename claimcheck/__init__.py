"""claimcheck: find where sources disagree."""

__version__ = "0.1.0"
