"""entente: news in, auditable CAMEO events and relations between actors out."""

__version__ = "0.1.0"
