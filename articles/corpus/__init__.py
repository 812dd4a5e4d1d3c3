"""A synthetic news archive for benchmarks: ``manage.py generate_corpus``.

``text``   word lists and the Zipf sampler that writes headlines and bodies;
``plan``   the people, organizations and authors, and who appears how often;
``articles`` one block of generated articles, rows ready for the database;
``loaders`` the bulk paths: COPY on PostgreSQL, executemany on SQLite.
"""
