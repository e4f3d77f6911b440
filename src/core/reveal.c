/* Puts a card's comparisons into words for the reveal, and the wording helpers the summary
 * shares with it. */
#include "reveal.h"

#include "i18n.h"
#include "summary.h"

#include <string.h>

/* Copies a StrBuf's text into the arena ("" when it failed) and resets the buffer. */
static const char *keep(Arena *a, StrBuf *b) {
    const char *s = arena_strdup(a, b->data && !b->failed ? b->data : "");
    b->len = 0;
    if (b->data) b->data[0] = '\0';
    return s ? s : "";
}

void reveal_answer_words(const Session *s, const Card *c, RoundKind k, int pick, StrBuf *out) {
    if (pick <= 0) return;
    if (c->ask == ASK_CHOICE && (k == ROUND_CHOICE || k == ROUND_GUESS)) {
        if (pick <= c->n_options) session_fill_text(s, c->options[pick - 1], out);
        return;
    }
    strbuf_puts(out, step_label(pick));
}

void reveal_step_words(const Session *s, const Scenario *sc, const Card *c, StrBuf *out) {
    if (!c->step) return;
    int total = 0;
    for (int i = 0; i < sc->n_cards; i++)
        if (sc->cards[i].step > total) total = sc->cards[i].step;
    /* TRANSLATORS: where a card sits on a ladder of steps: "Step 2 of 4". */
    strbuf_printf(out, _("Step %d of %d"), c->step, total);
    if (c->step_label && *c->step_label) {
        strbuf_puts(out, " \xC2\xB7 ");
        session_fill_text(s, c->step_label, out);
    }
}

void reveal_row_label(const Session *s, const Card *c, const Comparison *cmp, StrBuf *out) {
    if (c->ask == ASK_CHOICE) return;
    if (cmp->about >= 0) /* TRANSLATORS: the label of one row of answers at the reveal; %s is a player's name. */
        strbuf_printf(out, _("If %s did it"), session_name(s, cmp->about));
    else
        strbuf_puts(out, c->from == FROM_YOU ? _("If you did it") : _("If your partner did it"));
}

void reveal_guess_question(const Session *s, const Card *c, int guesser, StrBuf *out) {
    /* The other player is named (taking turns) or "your partner" (both guess at once). */
    const char *name = guesser >= 0 ? session_name(s, 1 - guesser) : NULL;
    if (c->ask == ASK_CHOICE) {
        if (name) /* TRANSLATORS: a guessing card; %s is the other player's name. */
            strbuf_printf(out, _("What did %s choose?"), name);
        else
            strbuf_puts(out, _("What did your partner choose?"));
        return;
    }
    /* The very question they answered, in their own words. */
    bool you = compare_guess_round(c) == ROUND_YOU;
    if (name)
        /* TRANSLATORS: a guessing card; %s is the other player's name; the quoted question is
           the one they answered on the card before. */
        strbuf_printf(out,
                      you ? _("What did %s answer to \xE2\x80\x9CIf you did this\xE2\x80\x9D?")
                          : _("What did %s answer to \xE2\x80\x9CIf your partner did this\xE2\x80\x9D?"),
                      name);
    else
        strbuf_puts(out, you ? _("What did your partner answer to \xE2\x80\x9CIf you did this\xE2\x80\x9D?")
                             : _("What did your partner answer to \xE2\x80\x9CIf your partner did this\xE2\x80\x9D?"));
}

void reveal_mirror_words(const Session *s, const CardResult *r, int player, StrBuf *out) {
    int m = r->mirror[player];
    if (m > 0) /* TRANSLATORS: a gentle note at the reveal, never an accusation; %s is a player's name. */
        strbuf_printf(out, _("%s finds this more okay to do than to have it done to them."), session_name(s, player));
    else if (m < 0)
        /* TRANSLATORS: the first %s is a player's name, the second their partner's. */
        strbuf_printf(out, _("%s holds themselves to a stricter line here than %s."), session_name(s, player),
                      session_name(s, 1 - player));
}

/* "Alex read Sam right: “Fine”." or what the guess and the real answer were (the rows
 * above show which question it was about: the guess question named it). */
static void guess_words(const Session *s, const Card *c, const CardRecord *rec, int p, StrBuf *out) {
    int q = 1 - p;
    const CardResult *r = &rec->result;
    StrBuf real, guess;
    strbuf_init(&real);
    strbuf_init(&guess);
    reveal_answer_words(s, c, r->guess_of, rec->picks[q][r->guess_of], &real);
    reveal_answer_words(s, c, ROUND_GUESS, rec->picks[p][ROUND_GUESS], &guess);
    if (r->guessed[p]) /* TRANSLATORS: "Alex read Sam right: “Fine”."; the names, then the answer. */
        strbuf_printf(out, _("%s read %s right: \xE2\x80\x9C%s\xE2\x80\x9D."), session_name(s, p), session_name(s, q),
                      real.data ? real.data : "");
    else
        /* TRANSLATORS: "Alex guessed “Fine”; Sam said “Uneasy, let's talk”." */
        strbuf_printf(out, _("%s guessed \xE2\x80\x9C%s\xE2\x80\x9D; %s said \xE2\x80\x9C%s\xE2\x80\x9D."),
                      session_name(s, p), guess.data ? guess.data : "", session_name(s, q), real.data ? real.data : "");
    strbuf_free(&real);
    strbuf_free(&guess);
}

static void headline(const Session *s, const CardResult *r, StrBuf *out) {
    if (s->hide_verdicts) {
        strbuf_puts(out, _("Here is where you each landed"));
        return;
    }
    if (r->n_acts == 1 || r->acts[0].outcome == r->acts[1].outcome) {
        strbuf_puts(out, outcome_label(r->outcome));
        return;
    }
    /* Two acts, two verdicts: say both, so the headline never contradicts a row. */
    /* TRANSLATORS: a reveal's headline when the two questions of a card got different
       verdicts: "Same page if Alex did it · different views if Sam did it". The verdicts are
       the first and third %s (the second one in its mid-sentence form), the names the others. */
    strbuf_printf(out, _("%s if %s did it \xC2\xB7 %s if %s did it"), outcome_label(r->acts[0].outcome),
                  session_name(s, r->acts[0].about), outcome_label_mid(r->acts[1].outcome),
                  session_name(s, r->acts[1].about));
}

void reveal_view(const Session *s, const CardRecord *rec, RevealView *v) {
    memset(v, 0, sizeof *v);
    arena_init(&v->arena);
    const DealItem *d = &s->deal[rec->deal];
    const Scenario *sc = &s->lib->decks[d->deck]->scenarios[d->scenario];
    const Card *c = &sc->cards[rec->card];
    const CardResult *r = &rec->result;
    StrBuf b;
    strbuf_init(&b);
    v->choice = c->ask == ASK_CHOICE;
    reveal_step_words(s, sc, c, &b);
    v->step = b.len ? keep(&v->arena, &b) : NULL;
    headline(s, r, &b);
    v->headline = keep(&v->arena, &b);
    if (r->n_acts == 1 && c->ask == ASK_RATE) v->subline = _("How you each see it for yourselves");
    v->n_rows = r->n_acts;
    for (int a = 0; a < r->n_acts; a++) {
        RevealRow *row = &v->rows[a];
        reveal_row_label(s, c, &r->acts[a], &b);
        row->label = b.len ? keep(&v->arena, &b) : NULL;
        row->answer[0] = r->acts[a].answer[0];
        row->answer[1] = r->acts[a].answer[1];
        row->outcome = r->acts[a].outcome;
        row->verdict = s->hide_verdicts ? NULL : outcome_label(r->acts[a].outcome);
    }
    if (!s->hide_verdicts)
        for (int p = 0; p < 2; p++) {
            reveal_mirror_words(s, r, p, &b);
            if (b.len) v->notes[v->n_notes++] = keep(&v->arena, &b);
        }
    if (r->guess)
        for (int p = 0; p < 2; p++) {
            guess_words(s, c, rec, p, &b);
            v->notes[v->n_notes++] = keep(&v->arena, &b);
        }
    /* A ladder that will not go on to its next step says so, so stopping early is no puzzle. */
    if (c->step && v->n_notes < REVEAL_MAX_NOTES) {
        int total = 0;
        for (int i = 0; i < sc->n_cards; i++)
            if (sc->cards[i].step > total) total = sc->cards[i].step;
        CondInput in;
        compare_cond_input(c, rec->picks, r, &in);
        int rule = compare_first_rule(c, &in);
        int next = rule >= 0 ? c->rules[rule].target : RULE_END;
        bool climbs = next >= 0 && sc->cards[next].step > c->step;
        if (!climbs && c->step < total) {
            strbuf_printf(&b, _("The ladder stops here, at step %d of %d, so you can talk about this one."), c->step,
                          total);
            v->notes[v->n_notes++] = keep(&v->arena, &b);
        }
    }
    PromptKind kinds[3] = {r->outcome == OUTCOME_SAME    ? PROMPT_SAME
                           : r->outcome == OUTCOME_CLOSE ? PROMPT_CLOSE
                                                         : PROMPT_APART,
                           r->mirror[0] || r->mirror[1] ? PROMPT_MIRROR : PROMPT_KIND_COUNT, PROMPT_ALWAYS};
    for (int k = 0; k < 3; k++) {
        if (kinds[k] == PROMPT_KIND_COUNT) continue;
        for (int i = 0; i < c->n_prompts[kinds[k]] && v->n_prompts < REVEAL_MAX_PROMPTS; i++) {
            session_fill_text(s, c->prompts[kinds[k]][i], &b);
            v->prompts[v->n_prompts++] = keep(&v->arena, &b);
        }
    }
    strbuf_free(&b);
}

void reveal_view_free(RevealView *v) { arena_destroy(&v->arena); }
