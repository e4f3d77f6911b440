/* The set of loaded decks the session deals from. */
#ifndef GA_LIBRARY_H
#define GA_LIBRARY_H

#include "deck.h"

typedef struct Library {
    Deck **decks;
    int n_decks, cap;
} Library;

void library_init(Library *lib);
void library_free(Library *lib); /* destroys every deck */
/* Takes ownership of deck. Returns false (and destroys nothing) when a deck with the
 * same id is already there or memory ran out; the caller still owns deck then. */
bool library_add(Library *lib, Deck *deck);
int library_find_deck(const Library *lib, const char *id);    /* index or -1 */
int library_scenario_count(const Library *lib, Category cat); /* all intensities */

#endif
