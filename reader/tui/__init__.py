"""The terminal reader (Textual). A thin layer over :class:`reader.model.Analysis`."""
