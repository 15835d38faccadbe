"""Pure-Python domain: plain data, enums and rules, with no storage or Qt."""
