"""Files that travel between machines and people: lesson bundles and CSV rosters.

Everything here turns outside bytes into plain data (or plain data into
bytes), refusing a bad file as a whole with every problem listed, so that
services can store the result in one transaction or not at all.
"""
