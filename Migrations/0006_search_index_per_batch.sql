-- 0006_search_index_per_batch.sql — the search index is written once per batch of articles.
--
-- With a trigger per row, FTS5 wrote every article's terms out as a segment of its own: each
-- statement that opens a statement journal (any insert that fires a trigger, which ingest's
-- inserts of events and reports do) makes FTS5 flush its pending terms, and the small segments
-- were then merged again and again. That was most of the cost of storing an article. Ingest
-- (Store's ArticleWriter.writeBatch) now holds the row trigger off for its own transaction with
-- the `meta` key 'articles_fts.deferred', and indexes the batch's new articles with one
-- INSERT … SELECT before it commits; the key is deleted in the same transaction, so no other
-- connection ever sees it. An article inserted any other way (by hand in sqlite3, say) is
-- indexed by the trigger as before.
DROP TRIGGER articles_fts_insert;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'articles_fts.deferred')
BEGIN
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;

-- Extracting stored articles again rewrites every row with the text it already had: the index
-- changes only when the title or the text does.
DROP TRIGGER articles_fts_update;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles
WHEN old.title IS NOT new.title OR old.clean_text IS NOT new.clean_text
BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.id, old.title, old.clean_text);
    INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
END;
