"""What every side of the archive shares: caps (``conf``), the content version and fragment cache
(``caching``), the monthly counts (``counts``, ``counts_sql``), revision history and undoable merges
(``history``, ``merges``), keyset paging (``pagination``), sanitising (``sanitize``) and database helpers (``db``)."""
