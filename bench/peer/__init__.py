"""The peer: a straightforward Django archive over the same tables, for the first-visit benchmark.

What a Django developer would write without this project's work: a ListView
with Django's Paginator (an exact COUNT), django-filter, SearchRank over all
matches, and GROUP BY facets over all matches. Served under ``/peer/`` by
``bench/first_visit_stream.py`` beside the product, by the same gunicorn.
PostgreSQL only (SearchRank).
"""
