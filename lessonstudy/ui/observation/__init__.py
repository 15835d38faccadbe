"""Open observation: serve the phone page for a teaching from this window, with its QR code."""
