"""spaCy pipeline assembly and the package's ``eims_*`` components."""
