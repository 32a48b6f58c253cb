#ifndef CEMBEDDED_H
#define CEMBEDDED_H

/// A file compiled into the binary: its name (relative to its folder) and its bytes.
typedef struct {
    const char *name;
    const unsigned char *bytes;
    unsigned long length;
} embedded_file;

/// `Migrations/*.sql`, in the order they apply (migrations.c).
const embedded_file *embedded_migrations(void);
unsigned long embedded_migrations_count(void);

/// `Data/**`: gazetteer, supplement, factions and aliases (reference_data.c).
const embedded_file *embedded_reference(void);
unsigned long embedded_reference_count(void);

/// `Lexicons/**`: cue words and patterns per language (lexicons.c).
const embedded_file *embedded_lexicons(void);
unsigned long embedded_lexicons_count(void);

#endif
