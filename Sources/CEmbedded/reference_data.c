// Reference data compiled in with C23 #embed (paths relative to this file). See Data/README.md.
// A file that is absent is left out (__has_embed), and StoreTests checks that all of them are in.
#pragma clang diagnostic ignored "-Wc23-extensions"
#include "CEmbedded.h"

#if __has_embed("../../Data/gazetteer/countries.tsv")
static const unsigned char countries[] = {
#embed "../../Data/gazetteer/countries.tsv"
, 0 };
#define ENTRY_countries { "gazetteer/countries.tsv", countries, sizeof countries - 1 },
#else
#define ENTRY_countries
#endif

#if __has_embed("../../Data/gazetteer/admin1.tsv")
static const unsigned char admin1[] = {
#embed "../../Data/gazetteer/admin1.tsv"
, 0 };
#define ENTRY_admin1 { "gazetteer/admin1.tsv", admin1, sizeof admin1 - 1 },
#else
#define ENTRY_admin1
#endif

#if __has_embed("../../Data/gazetteer/places.tsv.gz")
static const unsigned char places[] = {
#embed "../../Data/gazetteer/places.tsv.gz"
, 0 };
#define ENTRY_places { "gazetteer/places.tsv.gz", places, sizeof places - 1 },
#else
#define ENTRY_places
#endif

#if __has_embed("../../Data/gazetteer/supplement.tsv")
static const unsigned char supplement[] = {
#embed "../../Data/gazetteer/supplement.tsv"
, 0 };
#define ENTRY_supplement { "gazetteer/supplement.tsv", supplement, sizeof supplement - 1 },
#else
#define ENTRY_supplement
#endif

#if __has_embed("../../Data/gazetteer/alias_supplement.tsv")
static const unsigned char alias_supplement[] = {
#embed "../../Data/gazetteer/alias_supplement.tsv"
, 0 };
#define ENTRY_alias_supplement { "gazetteer/alias_supplement.tsv", alias_supplement, sizeof alias_supplement - 1 },
#else
#define ENTRY_alias_supplement
#endif

#if __has_embed("../../Data/factions.tsv")
static const unsigned char factions[] = {
#embed "../../Data/factions.tsv"
, 0 };
#define ENTRY_factions { "factions.tsv", factions, sizeof factions - 1 },
#else
#define ENTRY_factions
#endif

#if __has_embed("../../Data/faction_aliases.tsv")
static const unsigned char faction_aliases[] = {
#embed "../../Data/faction_aliases.tsv"
, 0 };
#define ENTRY_faction_aliases { "faction_aliases.tsv", faction_aliases, sizeof faction_aliases - 1 },
#else
#define ENTRY_faction_aliases
#endif

static const embedded_file table[] = {
    ENTRY_countries
    ENTRY_admin1
    ENTRY_places
    ENTRY_supplement
    ENTRY_alias_supplement
    ENTRY_factions
    ENTRY_faction_aliases
    { 0, 0, 0 }
};

const embedded_file *embedded_reference(void) { return table; }
unsigned long embedded_reference_count(void) { return sizeof table / sizeof table[0] - 1; }
