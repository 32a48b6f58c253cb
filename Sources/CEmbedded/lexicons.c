// Extraction lexicons compiled in with C23 #embed (paths relative to this file). See Lexicons/README.md.
// Adding a lexicon file: add its lines below; ExtractionTests checks that every file of Lexicons/ is listed.
#pragma clang diagnostic ignored "-Wc23-extensions"
#include "CEmbedded.h"

static const unsigned char cues[] = {
#embed "../../Lexicons/cues.tsv"
, 0 };
static const unsigned char words[] = {
#embed "../../Lexicons/words.tsv"
, 0 };
static const unsigned char dates[] = {
#embed "../../Lexicons/dates.tsv"
, 0 };
static const unsigned char numbers[] = {
#embed "../../Lexicons/numbers.tsv"
, 0 };
static const unsigned char furniture[] = {
#embed "../../Lexicons/furniture.tsv"
, 0 };
static const unsigned char stopwords[] = {
#embed "../../Lexicons/stopwords.tsv"
, 0 };
static const unsigned char agencies[] = {
#embed "../../Lexicons/agencies.tsv"
, 0 };
static const unsigned char era[] = {
#embed "../../Lexicons/era.tsv"
, 0 };

static const embedded_file table[] = {
    { "cues.tsv", cues, sizeof cues - 1 },
    { "words.tsv", words, sizeof words - 1 },
    { "dates.tsv", dates, sizeof dates - 1 },
    { "numbers.tsv", numbers, sizeof numbers - 1 },
    { "furniture.tsv", furniture, sizeof furniture - 1 },
    { "stopwords.tsv", stopwords, sizeof stopwords - 1 },
    { "agencies.tsv", agencies, sizeof agencies - 1 },
    { "era.tsv", era, sizeof era - 1 },
};

const embedded_file *embedded_lexicons(void) { return table; }
unsigned long embedded_lexicons_count(void) { return sizeof table / sizeof table[0]; }
