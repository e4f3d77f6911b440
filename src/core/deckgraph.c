/* Proves a scenario sound: which cards the start reaches and which can end, by rules that
 * can fire, in each guess mode (compare_rule_reach tries every combination of answers). */
#include "deckgraph.h"

#include "compare.h"

#include <stdlib.h>
#include <string.h>

/* Which cards can be reached from the start following only rules that can fire (in one
 * guess mode), and from which the scenario can end. */
static void walk_graph(const Scenario *s, const RuleReach *reach, int mode, bool *reached, bool *can_end, int *queue) {
    int n = s->n_cards, head = 0, tail = 0;
    memset(reached, 0, (size_t)n * sizeof *reached);
    reached[s->start] = true;
    queue[tail++] = s->start;
    while (head < tail) {
        int i = queue[head++];
        const Card *c = &s->cards[i];
        for (int r = 0; r < c->n_rules; r++) {
            int t = c->rules[r].target;
            if (reach[i].fires[mode][r] && t >= 0 && !reached[t]) {
                reached[t] = true;
                queue[tail++] = t;
            }
        }
    }
    for (int i = 0; i < n; i++) can_end[i] = reach[i].ends[mode];
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < n; i++) {
            const Card *c = &s->cards[i];
            for (int r = 0; !can_end[i] && r < c->n_rules; r++) {
                int t = c->rules[r].target;
                if (reach[i].fires[mode][r] && t >= 0 && can_end[t]) can_end[i] = changed = true;
            }
        }
    }
}

/* Proves what the docs promise ("What the checker proves"): every rule is tried against
 * every possible combination of answers, so a rule that can never fire is found, and a
 * card from which no answers ever lead to an end is an error, in either guess mode. */
void check_graph(Loader *L, Scenario *s) {
    int n = s->n_cards;
    if (n == 0) return;
    RuleReach *reach = calloc((size_t)n, sizeof *reach);
    bool *reached[2] = {calloc((size_t)n, sizeof(bool)), calloc((size_t)n, sizeof(bool))};
    bool *can_end[2] = {calloc((size_t)n, sizeof(bool)), calloc((size_t)n, sizeof(bool))};
    int *queue = calloc((size_t)n, sizeof *queue);
    if (reach && reached[0] && reached[1] && can_end[0] && can_end[1] && queue) {
        for (int i = 0; i < n; i++) compare_rule_reach(&s->cards[i], &reach[i]);
        for (int mode = 0; mode < 2; mode++) walk_graph(s, reach, mode, reached[mode], can_end[mode], queue);
        static const char *const IN_MODE[2] = {" when guess mode is off", " in guess mode"};
        for (int i = 0; i < n; i++) {
            const Card *c = &s->cards[i];
            YNode at = {.line = c->line, .column = c->column};
            if (!reached[0][i] && !reached[1][i]) {
                bool named = false;
                for (int j = 0; j < n && !named; j++)
                    for (int r = 0; r < s->cards[j].n_rules; r++) named |= s->cards[j].rules[r].target == i;
                load_err(L, &at, "card '%s' can never be reached from the start card '%s' of scenario '%s'%s", c->id,
                         s->cards[s->start].id, s->id, named ? ": no rule that leads to it can ever fire" : "");
                continue;
            }
            bool stuck[2] = {reached[0][i] && !can_end[0][i], reached[1][i] && !can_end[1][i]};
            if (stuck[0] || stuck[1])
                load_err(L, &at,
                         "from card '%s' the scenario '%s' can never end%s: whatever the answers, its rules only loop "
                         "back; add an 'end: true' rule or a way out that some answers take",
                         c->id, s->id, stuck[0] && stuck[1] ? "" : IN_MODE[stuck[1]]);
            for (int r = 0; r < c->n_rules; r++) {
                if (reach[i].fires[0][r] || reach[i].fires[1][r]) continue;
                const Rule *rule = &c->rules[r];
                YNode rat = {.line = rule->line, .column = rule->column};
                if (cond_uses_mirror(rule->cond) && !(c->ask == ASK_RATE && c->from == FROM_BOTH)) continue;
                if (!reach[i].matches[r])
                    load_warn(L, &rat,
                              "rule %d of card '%s' never fires: no answers make its condition true on this card",
                              r + 1, c->id);
                else
                    load_warn(
                        L, &rat,
                        "rule %d of card '%s' never fires: whenever its condition is true, a rule before it matches "
                        "first",
                        r + 1, c->id);
            }
        }
    }
    free(reach);
    free(reached[0]);
    free(reached[1]);
    free(can_end[0]);
    free(can_end[1]);
    free(queue);
}
