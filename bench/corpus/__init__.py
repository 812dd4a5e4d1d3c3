"""A synthetic news archive for benchmarks: ``bench/generate_corpus.py``.

``command``  the command: options, batches, progress;
``text``     word lists and the Zipf sampler that writes headlines and bodies;
``plan``     the people, organizations and authors, and who appears how often;
``articles`` one block of generated articles, rows ready for the database;
``encode``   PostgreSQL: blocks encoded for binary ``COPY`` by worker processes;
``tsvector`` PostgreSQL: search vectors computed a block at a time;
``loaders``  the bulk paths: COPY on PostgreSQL, executemany on SQLite.
"""
