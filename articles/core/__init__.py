"""What every side of the archive shares: caps (``conf``), the content version and fragment cache
(``caching``), the monthly counts (``counts``, ``counts_sql``), revision history (``history``), keyset
paging (``pagination``), sanitising (``sanitize``), remembered links (``links``) and database helpers (``db``)."""
