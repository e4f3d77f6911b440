/* A whole scenario on one scrolling page, for the facilitator choosing it: every card in
 * order with its step, text, question, options, prompts by outcome and where it goes next
 * (the branches in plain words), plus its theme, intensity, content note and length. */
#ifndef GA_SCREENS_PREVIEW_H
#define GA_SCREENS_PREVIEW_H

#include "core/deck.h"

#include <stdbool.h>

typedef struct App App;

/* Draws the scenario from (x, y) in width w (or only measures it when draw is false) and
 * returns its height. Names in the text are the ones typed at setup, or "Player 1/2". */
float preview_scenario(App *app, const Deck *deck, const Scenario *sc, float x, float y, float w, bool draw);

/* "Exes · Gentle · about 6 minutes" (and " · content note" when it has one). */
void preview_meta(const Deck *deck, const Scenario *sc, bool note, char *out, size_t size);

#endif
