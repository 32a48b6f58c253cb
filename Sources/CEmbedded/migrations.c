// The numbered SQL migrations, compiled in with C23 #embed (paths relative to this file).
// Adding a migration: add its line below; StoreTests checks that this list matches Migrations/.
#pragma clang diagnostic ignored "-Wc23-extensions"
#include "CEmbedded.h"


static const unsigned char m0001[] = {
#embed "../../Migrations/0001_schema.sql"
, 0 };

static const unsigned char m0002[] = {
#embed "../../Migrations/0002_reports.sql"
, 0 };

static const unsigned char m0003[] = {
#embed "../../Migrations/0003_control.sql"
, 0 };

static const unsigned char m0004[] = {
#embed "../../Migrations/0004_corrections.sql"
, 0 };

static const unsigned char m0005[] = {
#embed "../../Migrations/0005_control_days.sql"
, 0 };

static const unsigned char m0006[] = {
#embed "../../Migrations/0006_search_index_per_batch.sql"
, 0 };

static const unsigned char m0007[] = {
#embed "../../Migrations/0007_write_path_without_temp_tables.sql"
, 0 };

static const unsigned char m0008[] = {
#embed "../../Migrations/0008_drop_unused_territorial_index.sql"
, 0 };

static const unsigned char m0009[] = {
#embed "../../Migrations/0009_event_views_without_per_row_sorts.sql"
, 0 };

static const embedded_file table[] = {
    { "0001_schema.sql", m0001, sizeof m0001 - 1 },
    { "0002_reports.sql", m0002, sizeof m0002 - 1 },
    { "0003_control.sql", m0003, sizeof m0003 - 1 },
    { "0004_corrections.sql", m0004, sizeof m0004 - 1 },
    { "0005_control_days.sql", m0005, sizeof m0005 - 1 },
    { "0006_search_index_per_batch.sql", m0006, sizeof m0006 - 1 },
    { "0007_write_path_without_temp_tables.sql", m0007, sizeof m0007 - 1 },
    { "0008_drop_unused_territorial_index.sql", m0008, sizeof m0008 - 1 },
    { "0009_event_views_without_per_row_sorts.sql", m0009, sizeof m0009 - 1 },
};

const embedded_file *embedded_migrations(void) { return table; }
unsigned long embedded_migrations_count(void) { return sizeof table / sizeof table[0]; }
