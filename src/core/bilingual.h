/* Two languages on one screen: each player reads the game in their own language
 * (SessionSetup.langs). Says which decks show in two languages and which fall back, gives
 * the session as it reads in a player's language, and builds the reveal and the summary
 * with both players' words. Same language for both: everything is as it was, once. */
#ifndef GA_BILINGUAL_H
#define GA_BILINGUAL_H

#include "reveal.h"
#include "summary.h"

/* The game's own words (the scale, verdicts, questions) in lang. Today every language
 * gets the English msgid back; this is the one place to wire to the UI catalogues
 * (gettext's tr_in(lang, msgid)). Never NULL. */
const char *lang_text(const char *lang, const char *msgid);

/* A language's own name as its speakers write it ("English", "Español", "हिन्दी"); "" is
 * English; a code we do not name comes back as language_name gives it. */
const char *language_autonym(const char *code);

/* Whether two language codes read the same ("" and "en" are both English). */
bool lang_same(const char *a, const char *b);
/* Whether the session's two players read in different languages. */
bool bilingual_on(const Session *s);

/* How one deck reads for the two players. */
typedef struct DeckLangs {
    int n;               /* different texts to show: 1 (one language, or one player falls back) or 2 */
    const Deck *deck[2]; /* by player: the deck as it reads in their language */
    bool fallback[2];    /* by player: no translation into their language, so they read it as written */
} DeckLangs;
/* lang0, lang1: the players' languages (SessionSetup.langs). */
void bilingual_deck(const Library *lib, int deck, const char *lang0, const char *lang1, DeckLangs *out);

/* A read-only copy of a session whose cards read in one player's language. It shares the
 * session's records: valid until the session next changes, never given to session_apply.
 * Zero it before the first use; session_in_free frees it. */
typedef struct SessionIn {
    Library lib; /* a copy of the session's library with its own deck list */
    Session s;
    Deck **decks;
    int cap;
} SessionIn;
/* s as player reads it (s itself when out of memory). */
const Session *session_in(const Session *s, int player, SessionIn *in);
void session_in_free(SessionIn *in);

/* A reveal in each player's language (whatever the library's language). With one
 * language both views say the same. */
typedef struct BiReveal {
    bool two;           /* the players read in different languages */
    RevealView view[2]; /* by player; verdict words through lang_text */
} BiReveal;
void bireveal_view(const Session *s, const CardRecord *r, BiReveal *out);
void bireveal_free(BiReveal *b);
/* The second of two texts, or NULL when it says the same as the first (one language, a
 * fallback, or words not translated yet): what a screen shows under the first. */
const char *bilingual_second(const char *first, const char *second);

/* The summary document in player 1's language; when player 2 reads another, built in
 * theirs too and every text that differs carries both ("first / second"). */
SummaryDoc *summary_doc_create_langs(const Session *s, const SummaryOptions *opt, const char *date);

#endif
