-- The database's own time for the main search queries (PostgreSQL), the
-- "floor" to set beside each search page in the benchmark. These are the
-- shapes articles/search.py generates. Run with e.g.
--   psql -h 127.0.0.1 -U postgres -d newsarchive -v q='"common"' -f bench/search_floor.sql
-- where q is the websearch string search.py builds (every term quoted).
\timing on

-- Newest matches first (sort=newest): the planner should walk
-- article_published_idx for a common word and use the GIN index for a rare one.
EXPLAIN (ANALYZE, BUFFERS)
SELECT id FROM articles_article
WHERE status = 'published' AND published_at <= now()
  AND search_vector @@ websearch_to_tsquery('articles_english', :'q')
ORDER BY published_at DESC, id DESC LIMIT 20;

-- Relevance among the newest 1,000 matches (search.RANK_WINDOW).
EXPLAIN (ANALYZE, BUFFERS)
SELECT a.id FROM articles_article a
WHERE a.status = 'published' AND a.published_at <= now()
  AND a.search_vector @@ websearch_to_tsquery('articles_english', :'q')
  AND a.id IN (
    SELECT id FROM articles_article
    WHERE status = 'published' AND published_at <= now()
      AND search_vector @@ websearch_to_tsquery('articles_english', :'q')
    ORDER BY published_at DESC, id DESC LIMIT 1000)
ORDER BY ts_rank(a.search_vector, websearch_to_tsquery('articles_english', :'q')) DESC,
         a.published_at DESC, a.id DESC
LIMIT 20;

-- Relevance over every match: what the window avoids.
EXPLAIN (ANALYZE, BUFFERS)
SELECT id FROM articles_article
WHERE status = 'published' AND published_at <= now()
  AND search_vector @@ websearch_to_tsquery('articles_english', :'q')
ORDER BY ts_rank(search_vector, websearch_to_tsquery('articles_english', :'q')) DESC, published_at DESC, id DESC
LIMIT 20;
