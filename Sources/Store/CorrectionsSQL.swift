/// The SQL of `Corrections`. A correction's events are found through its targets: the reports
/// of the articles with the target's content hash, in the target's sentence, whose event has
/// the target's type (or the type a `set_type` correction of the same report gave it since).
enum CorrectionsSQL {
    static let eventKeys = """
        SELECT DISTINCT a.content_hash, rp.sentence_index, e.type, coalesce(l.ref, '')
        FROM reports rp JOIN articles a ON a.id = rp.article_id JOIN events e ON e.id = rp.event_id
        LEFT JOIN locations l ON l.id = e.location_id
        WHERE rp.event_id = ? ORDER BY rp.id
        """

    /// The event before a correction (?1 its id); with its reports when ?2 (a delete).
    static let snapshot = """
        SELECT json_object(
            'event', json_object('id', e.id, 'type', e.type, 'date', e.date, 'date_precision', e.date_precision,
                                 'date_start', e.date_start, 'date_end', e.date_end, 'location_ref', l.ref,
                                 'fatalities', e.fatalities),
            'factions', json((SELECT json_group_array(json_object('role', ef.role, 'faction', f.key))
                              FROM event_factions ef JOIN factions f ON f.id = ef.faction_id WHERE ef.event_id = e.id)),
            'reports', CASE WHEN ?2 THEN json((SELECT json_group_array(json_object(
                              'article_id', rp.article_id, 'sentence_index', rp.sentence_index, 'evidence', rp.evidence,
                              'cue', rp.cue, 'agency_id', rp.agency_id, 'explanation', rp.explanation))
                              FROM reports rp WHERE rp.event_id = e.id)) END)
        FROM events e LEFT JOIN locations l ON l.id = e.location_id
        WHERE e.id = ?1
        """

    static let insert = """
        INSERT INTO corrections (content_hash, sentence_index, event_type, action, field, value, note, previous)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertTarget = """
        INSERT OR IGNORE INTO correction_targets (correction_id, content_hash, sentence_index, event_type, location_ref)
        VALUES (?, ?, ?, ?, ?)
        """
    static let delete = "DELETE FROM corrections WHERE id = ?"
    static let one = "SELECT action, field, value, previous, event_type FROM corrections WHERE id = ?"

    /// What a merge changes (?1 the faction merged away, ?2 the one kept): each event role of ?1
    /// with whether the event had ?2 in that role already, and the stated holdings of ?1.
    static let mergeSnapshot = """
        SELECT json_object(
            'roles', json((SELECT json_group_array(json_array(ef.event_id, ef.role,
                              EXISTS (SELECT 1 FROM event_factions x WHERE x.event_id = ef.event_id AND x.role = ef.role AND x.faction_id = ?2)))
                           FROM event_factions ef WHERE ef.faction_id = ?1)),
            'observations', json((SELECT json_group_array(o.id) FROM control_observations o WHERE o.faction_id = ?1)))
        """
    static let mergeRolesInsert = """
        INSERT OR IGNORE INTO event_factions (event_id, role, faction_id) SELECT event_id, role, ?1 FROM event_factions WHERE faction_id = ?2
        """
    static let mergeRolesDelete = "DELETE FROM event_factions WHERE faction_id = ?"
    static let mergeObservations = "UPDATE control_observations SET faction_id = ?1 WHERE faction_id = ?2"

    static let unmergeRoles = """
        INSERT OR IGNORE INTO event_factions (event_id, role, faction_id)
        SELECT r.value ->> 0, r.value ->> 1, ?1 FROM json_each(?2, '$.roles') r
        WHERE EXISTS (SELECT 1 FROM events WHERE id = r.value ->> 0)
        """
    static let unmergeRolesDelete = """
        DELETE FROM event_factions WHERE faction_id = ?2 AND EXISTS (
            SELECT 1 FROM json_each(?1, '$.roles') r
            WHERE r.value ->> 0 = event_factions.event_id AND r.value ->> 1 = event_factions.role AND r.value ->> 2 = 0)
        """
    static let unmergeObservations = """
        UPDATE control_observations SET faction_id = ?1
        WHERE faction_id = ?3 AND id IN (SELECT value FROM json_each(?2, '$.observations'))
        """

    static let restoreEvent = """
        INSERT INTO events (id, type, date, date_precision, date_start, date_end, location_id, fatalities)
        SELECT ?1, p ->> '$.event.type', p ->> '$.event.date', p ->> '$.event.date_precision', p ->> '$.event.date_start',
               p ->> '$.event.date_end', (SELECT id FROM locations WHERE ref = p ->> '$.event.location_ref'),
               p ->> '$.event.fatalities'
        FROM (SELECT ?2 AS p)
        """
    static let restoreFactions = """
        INSERT OR IGNORE INTO event_factions (event_id, role, faction_id)
        SELECT ?1, f.value ->> 'role', x.id FROM json_each(?2, '$.factions') f JOIN factions x ON x.key = f.value ->> 'faction'
        """
    static let restoreReports = """
        INSERT OR IGNORE INTO reports (event_id, article_id, sentence_index, evidence, cue, agency_id, explanation)
        SELECT ?1, r.value ->> 'article_id', r.value ->> 'sentence_index', r.value ->> 'evidence', r.value ->> 'cue',
               r.value ->> 'agency_id', r.value ->> 'explanation'
        FROM json_each(?2, '$.reports') r
        WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = r.value ->> 'article_id')
        """
    static let restoreType = "UPDATE events SET type = ?1 ->> '$.event.type' WHERE id = ?2"
    static let restoreDate = """
        UPDATE events SET date = ?1 ->> '$.event.date', date_precision = ?1 ->> '$.event.date_precision',
            date_start = ?1 ->> '$.event.date_start', date_end = ?1 ->> '$.event.date_end'
        WHERE id = ?2
        """
    static let restoreLocation = "UPDATE events SET location_id = (SELECT id FROM locations WHERE ref = ?1 ->> '$.event.location_ref') WHERE id = ?2"
    static let restoreFatalities = "UPDATE events SET fatalities = ?1 ->> '$.event.fatalities' WHERE id = ?2"
    static let setFactionDelete = "DELETE FROM event_factions WHERE event_id = ? AND role = ?"
    static let restoreRole = """
        INSERT OR IGNORE INTO event_factions (event_id, role, faction_id)
        SELECT ?1, ?2, x.id FROM json_each(?3, '$.factions') f JOIN factions x ON x.key = f.value ->> 'faction'
        WHERE f.value ->> 'role' = ?2
        """

    /// Corrections made after ?1 on an event that ?1 also names.
    static let laterOnSameEvent = """
        SELECT min(c2.id) FROM correction_targets t
        JOIN correction_targets t2 ON t2.content_hash = t.content_hash AND t2.sentence_index = t.sentence_index
        JOIN corrections c2 ON c2.id = t2.correction_id
        WHERE t.correction_id = ?1 AND c2.id > ?1
        """
    static let laterMerge = "SELECT min(id) FROM corrections WHERE action = 'merge_factions' AND id > ?1"

    /// The events correction ?1 names, with the type and place it left them with (it is the
    /// latest correction of its events when it is undone).
    static let targetEvents = """
        SELECT DISTINCT rp.event_id FROM correction_targets t
        JOIN corrections c ON c.id = t.correction_id
        JOIN articles a ON a.content_hash = t.content_hash
        JOIN reports rp ON rp.article_id = a.id AND rp.sentence_index = t.sentence_index
        JOIN events e ON e.id = rp.event_id
        WHERE t.correction_id = ?1
          AND e.type = CASE WHEN c.action = 'set_type' THEN c.value ELSE t.event_type END
          AND coalesce((SELECT ref FROM locations WHERE id = e.location_id), '')
              = CASE WHEN c.action = 'set_location' THEN c.value ELSE t.location_ref END
        """

    /// The event of a target `t` of correction `c` has the target's type and place, or those
    /// that a set_type or set_location correction of the same report (`c` or a later one) gave it.
    private static let typeMatches = """
        (e.type = t.event_type OR e.type IN (SELECT c2.value FROM corrections c2 JOIN correction_targets t2 ON t2.correction_id = c2.id
                                              WHERE c2.action = 'set_type' AND t2.content_hash = t.content_hash
                                                AND t2.sentence_index = t.sentence_index AND c2.id >= c.id))
        AND (coalesce((SELECT ref FROM locations WHERE id = e.location_id), '') = t.location_ref
             OR (SELECT ref FROM locations WHERE id = e.location_id) IN (
                 SELECT c2.value FROM corrections c2 JOIN correction_targets t2 ON t2.correction_id = c2.id
                 WHERE c2.action = 'set_location' AND t2.content_hash = t.content_hash
                   AND t2.sentence_index = t.sentence_index AND c2.id >= c.id))
        """

    static let list = """
        SELECT c.id, c.action, c.field, c.value, c.note, c.created_at, c.content_hash, c.sentence_index, c.event_type,
               (SELECT count(*) FROM correction_targets t WHERE t.correction_id = c.id),
               (SELECT group_concat(id, ',') FROM (
                   SELECT DISTINCT rp.event_id AS id FROM correction_targets t
                   JOIN articles a ON a.content_hash = t.content_hash
                   JOIN reports rp ON rp.article_id = a.id AND rp.sentence_index = t.sentence_index
                   JOIN events e ON e.id = rp.event_id
                   WHERE t.correction_id = c.id AND \(typeMatches) ORDER BY 1))
        FROM corrections c ORDER BY c.id
        """

    /// Corrections naming a report of event ?1, and merges into one of its factions.
    static let ofEvent = """
        SELECT c.id FROM corrections c
        JOIN correction_targets t ON t.correction_id = c.id
        JOIN articles a ON a.content_hash = t.content_hash
        JOIN reports rp ON rp.article_id = a.id AND rp.sentence_index = t.sentence_index AND rp.event_id = ?1
        JOIN events e ON e.id = rp.event_id
        WHERE \(typeMatches)
        UNION
        SELECT c.id FROM corrections c WHERE c.action = 'merge_factions'
          AND c.value IN (SELECT f.key FROM event_factions ef JOIN factions f ON f.id = ef.faction_id WHERE ef.event_id = ?1)
        """

    /// The corrections to apply to a new extraction of the article with content hash ?1, in order:
    /// those naming its reports, and every merge.
    static let forArticle = """
        SELECT c.action, c.field, c.value, t.sentence_index, t.event_type, t.location_ref, c.id
        FROM correction_targets t JOIN corrections c ON c.id = t.correction_id
        WHERE t.content_hash = ?1
        UNION ALL
        SELECT action, field, value, NULL, NULL, NULL, id FROM corrections WHERE action = 'merge_factions'
        ORDER BY 7
        """
}
