/* Walks a deck's texts in order, giving each its key and its place in a translation. */
#include "trslots.h"

#include <stdio.h>
#include <string.h>

const char *const PROMPT_NAMES[PROMPT_KIND_COUNT] = {"same", "close", "apart", "mirror", "always"};

const TrScenario *find_tr_scenario(const Translation *tr, const char *id) {
    for (int i = 0; tr && i < tr->n_scenarios; i++)
        if (tr->scenarios[i].id && !strcmp(tr->scenarios[i].id, id)) return &tr->scenarios[i];
    return NULL;
}

const TrCard *find_tr_card(const TrScenario *ts, const char *id) {
    for (int i = 0; ts && i < ts->n_cards; i++)
        if (ts->cards[i].id && !strcmp(ts->cards[i].id, id)) return &ts->cards[i];
    return NULL;
}

static void emit(Slot *sl, const char *name, const char *source, const TrText *t, int line, int column, SlotFn fn,
                 void *ctx) {
    sl->name = name;
    sl->source = source;
    sl->tr = given(t) ? t : NULL;
    sl->at_line = sl->tr ? t->line : line;
    sl->at_column = sl->tr ? t->column : column;
    fn(sl, ctx);
}

static void each_card_slot(Slot *sl, const Scenario *s, const Card *c, const TrCard *tc, int line, int column,
                           SlotFn fn, void *ctx) {
    sl->c = c;
    sl->tc = tc;
    if (tc) {
        line = tc->line;
        column = tc->column;
    }
    sl->field = F_FIELD;
    if (c->step_label) {
        snprintf(sl->key, KEY_MAX, "%s/%s/step_label", s->id, c->id);
        emit(sl, "step_label", c->step_label, tc ? &tc->step_label : NULL, line, column, fn, ctx);
    }
    snprintf(sl->key, KEY_MAX, "%s/%s/text", s->id, c->id);
    emit(sl, "text", c->text, tc ? &tc->text : NULL, line, column, fn, ctx);
    if (c->question) {
        snprintf(sl->key, KEY_MAX, "%s/%s/question", s->id, c->id);
        emit(sl, "question", c->question, tc ? &tc->question : NULL, line, column, fn, ctx);
    }
    sl->field = F_OPTION;
    for (int i = 0; i < c->n_options; i++) {
        snprintf(sl->key, KEY_MAX, "%s/%s/options/%d", s->id, c->id, i + 1);
        bool has = tc && i < tc->n_options && i < DECK_MAX_OPTIONS;
        bool list = tc && tc->options_line;
        emit(sl, NULL, c->options[i], has ? &tc->options[i] : NULL, list ? tc->options_line : line,
             list ? tc->options_column : column, fn, ctx);
    }
    sl->field = F_PROMPT;
    for (int k = 0; k < PROMPT_KIND_COUNT; k++) {
        for (int i = 0; i < c->n_prompts[k]; i++) {
            snprintf(sl->key, KEY_MAX, "%s/%s/prompts/%s/%d", s->id, c->id, PROMPT_NAMES[k], i + 1);
            const TrText *t = tc && i < tc->n_prompts[k] ? &tc->prompts[k][i] : NULL;
            int l = line, col = column;
            if (tc && tc->prompt_line[k]) {
                l = tc->prompt_line[k];
                col = tc->prompt_column[k];
            } else if (tc && tc->prompts_line) {
                l = tc->prompts_line;
                col = tc->prompts_column;
            }
            /* A lone prompt may be written as text on its outcome's line rather than as a list. */
            bool lone = tc && tc->n_prompts[k] == 1;
            emit(sl, lone ? PROMPT_NAMES[k] : NULL, c->prompts[k][i], t, l, col, fn, ctx);
        }
    }
}

/* Calls fn for every text of src, in order: the deck's, then each scenario's and its
 * cards'. tr may be NULL (the template). */
void each_slot(const Deck *src, const Translation *tr, SlotFn fn, void *ctx) {
    Slot sl;
    memset(&sl, 0, sizeof sl);
    int line = tr ? tr->line : 0, column = tr ? tr->column : 0;
    snprintf(sl.key, KEY_MAX, "title");
    emit(&sl, "title", src->title, tr ? &tr->title : NULL, line, column, fn, ctx);
    if (src->description) {
        snprintf(sl.key, KEY_MAX, "description");
        emit(&sl, "description", src->description, tr ? &tr->description : NULL, line, column, fn, ctx);
    }
    if (tr && tr->scenarios_line) {
        line = tr->scenarios_line;
        column = tr->scenarios_column;
    }
    for (int i = 0; i < src->n_scenarios; i++) {
        const Scenario *s = &src->scenarios[i];
        const TrScenario *ts = find_tr_scenario(tr, s->id);
        sl.s = s;
        sl.ts = ts;
        sl.c = NULL;
        sl.tc = NULL;
        sl.field = F_FIELD;
        int sline = ts ? ts->line : line, scol = ts ? ts->column : column;
        snprintf(sl.key, KEY_MAX, "%s/title", s->id);
        emit(&sl, "title", s->title, ts ? &ts->title : NULL, sline, scol, fn, ctx);
        if (s->content_note) {
            snprintf(sl.key, KEY_MAX, "%s/content_note", s->id);
            emit(&sl, "content_note", s->content_note, ts ? &ts->content_note : NULL, sline, scol, fn, ctx);
        }
        if (ts && ts->cards_line) {
            sline = ts->cards_line;
            scol = ts->cards_column;
        }
        for (int j = 0; j < s->n_cards; j++)
            each_card_slot(&sl, s, &s->cards[j], find_tr_card(ts, s->cards[j].id), sline, scol, fn, ctx);
    }
}
