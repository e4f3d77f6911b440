/* A scenario's soundness, proved when its deck is read (docs: "What the checker
 * proves"): every card can be reached, every card can lead to an end, and every rule can
 * fire, in either guess mode. */
#ifndef GA_DECKGRAPH_H
#define GA_DECKGRAPH_H

#include "loader.h"

/* Reports, through L, the cards no answers reach, the cards from which the scenario can
 * never end, and the rules that never fire. s's rules are resolved (targets and
 * conditions) and its card ids checked. */
void check_graph(Loader *L, Scenario *s);

#endif
