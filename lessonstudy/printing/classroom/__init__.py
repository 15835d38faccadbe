"""The classroom on paper: the map page of the forms and the report's classroom sections."""
