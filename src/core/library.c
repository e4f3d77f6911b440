/* The loaded decks, owned together. */
#include "library.h"

#include <stdlib.h>
#include <string.h>

void library_init(Library *lib) { memset(lib, 0, sizeof *lib); }

void library_free(Library *lib) {
    for (int i = 0; i < lib->n_decks; i++) deck_destroy(lib->decks[i]);
    free(lib->decks);
    library_init(lib);
}

bool library_add(Library *lib, Deck *deck) {
    if (library_find_deck(lib, deck->id) >= 0) return false;
    if (lib->n_decks == lib->cap) {
        int cap = lib->cap ? lib->cap * 2 : 16;
        Deck **p = realloc(lib->decks, (size_t)cap * sizeof *p);
        if (!p) return false;
        lib->decks = p;
        lib->cap = cap;
    }
    lib->decks[lib->n_decks++] = deck;
    return true;
}

int library_find_deck(const Library *lib, const char *id) {
    for (int i = 0; i < lib->n_decks; i++)
        if (!strcmp(lib->decks[i]->id, id)) return i;
    return -1;
}

int library_scenario_count(const Library *lib, Category cat) {
    int n = 0;
    for (int i = 0; i < lib->n_decks; i++)
        if (lib->decks[i]->category == cat) n += lib->decks[i]->n_scenarios;
    return n;
}
