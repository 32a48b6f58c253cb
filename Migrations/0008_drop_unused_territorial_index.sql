-- 0008_drop_unused_territorial_index.sql — one index fewer for every event ingest writes.
--
-- events_territorial_by_location (0003) let `control` find a place's territorial events
-- without reading the others. Since 0005 `control` reads control_days, and no view or report
-- of this schema uses the index: the control_days refresh looks up one place and one day, which
-- events_by_location (the same two columns) serves as well. It only cost writes: a third of the
-- events went into it, and at 10^5 articles it held 5.5 % of the pages a batch of 500 articles
-- changed (629 of 11,353). Databases older than 0005, read as they are, keep it.
DROP INDEX IF EXISTS events_territorial_by_location;
