/* Builds the end-of-session comparison and the one summary document every view renders. */
#include "summary.h"

#include "i18n.h"
#include "reveal.h"

#include <stdlib.h>
#include <string.h>

const unsigned SUMMARY_VERDICT_RGB[3] = {0x8fbfa0, 0xe7c77e, 0xd9a27f};

const char *outcome_label(Outcome o) {
    switch (o) {
    /* TRANSLATORS: the three verdicts of a reveal, warm and never a grade. */
    case OUTCOME_SAME: return _("Same page");
    case OUTCOME_CLOSE: return C_("verdict", "Close");
    case OUTCOME_APART: return _("Different views");
    }
    return "";
}

const char *outcome_label_mid(Outcome o) {
    switch (o) {
    /* TRANSLATORS: the verdicts again, as they read in the middle of a sentence (after " · "):
       in English only the capital goes. */
    case OUTCOME_SAME: return C_("mid-sentence", "same page");
    case OUTCOME_CLOSE: return C_("mid-sentence verdict", "close");
    case OUTCOME_APART: return C_("mid-sentence", "different views");
    }
    return "";
}

static const Scenario *deal_scenario(const Session *s, int deal) {
    const DealItem *d = &s->deal[deal];
    return &s->lib->decks[d->deck]->scenarios[d->scenario];
}

static const Deck *deal_deck(const Session *s, int deal) { return s->lib->decks[s->deal[deal].deck]; }

static const Card *record_card(const Session *s, const CardRecord *r) {
    return &deal_scenario(s, r->deal)->cards[r->card];
}

/* Keeps the best `SUMMARY_TOP` indices by score (higher first; earlier wins ties). */
static void keep_top(int *list, int *n, int *scores, int index, int score) {
    int pos = *n;
    while (pos > 0 && scores[pos - 1] < score) pos--;
    if (pos >= SUMMARY_TOP) return;
    int last = *n < SUMMARY_TOP ? *n : SUMMARY_TOP - 1;
    for (int i = last; i > pos; i--) {
        list[i] = list[i - 1];
        scores[i] = scores[i - 1];
    }
    list[pos] = index;
    scores[pos] = score;
    if (*n < SUMMARY_TOP) (*n)++;
}

/* How clear an agreement is: most at the ends of the scale (both plainly fine, or both a
 * line), least in the middle. Every comparison of a same-page card holds equal answers. */
static int agreement_strength(const Card *c, const CardResult *r) {
    if (c->ask == ASK_CHOICE) return 1;
    int best = 0;
    for (int a = 0; a < r->n_acts; a++) {
        int v = abs(2 * r->acts[a].answer[0] - 5);
        if (v > best) best = v;
    }
    return best;
}

static void build_ladder(const Session *s, int d, Summary *out) {
    const Scenario *sc = deal_scenario(s, d);
    LadderLine l = {.deal = d};
    bool played = false;
    for (int i = 0; i < sc->n_cards; i++)
        if (sc->cards[i].step > l.total_steps) l.total_steps = sc->cards[i].step;
    for (int i = 0; i < s->n_records; i++) {
        const CardRecord *r = &s->records[i];
        if (r->deal != d) continue;
        const Card *c = &sc->cards[r->card];
        if (!c->step) continue;
        played = true;
        if (c->step > l.last_step) l.last_step = c->step;
        static const RoundKind SIDE_ROUND[LINE_SIDES] = {ROUND_YOU, ROUND_PARTNER};
        static const Perspective SIDE_FROM[LINE_SIDES] = {FROM_YOU, FROM_PARTNER};
        for (int side = 0; side < LINE_SIDES; side++) {
            if (!(c->from & SIDE_FROM[side])) continue;
            l.asked[side] = true;
            for (int p = 0; p < 2; p++) {
                int *line = &l.line[p][side];
                if (r->picks[p][SIDE_ROUND[side]] >= STEP_UNEASY && (!*line || c->step < *line)) *line = c->step;
            }
        }
    }
    if (played && out->n_ladders < SESSION_MAX_LENGTH) out->ladders[out->n_ladders++] = l;
}

void summary_build(const Session *s, Summary *out) {
    memset(out, 0, sizeof *out);
    int diff_scores[SUMMARY_TOP] = {0}, agree_scores[SUMMARY_TOP] = {0};
    int easier_scores[SUMMARY_TOP] = {0}, stricter_scores[SUMMARY_TOP] = {0};
    for (int i = 0; i < s->n_records; i++) {
        const CardRecord *rec = &s->records[i];
        const CardResult *r = &rec->result;
        const Card *c = record_card(s, rec);
        CategoryAlignment *ca = &out->category[deal_deck(s, rec->deal)->category];
        out->cards++;
        ca->cards++;
        if (r->outcome == OUTCOME_SAME)
            ca->same++;
        else if (r->outcome == OUTCOME_CLOSE)
            ca->close++;
        else
            ca->apart++;
        if (r->outcome == OUTCOME_APART) keep_top(out->differences, &out->n_differences, diff_scores, i, r->gap);
        if (r->outcome == OUTCOME_SAME)
            keep_top(out->agreements, &out->n_agreements, agree_scores, i, agreement_strength(c, r));
        int up = r->mirror[0] > r->mirror[1] ? r->mirror[0] : r->mirror[1];
        int down = r->mirror[0] < r->mirror[1] ? r->mirror[0] : r->mirror[1];
        if (up > 0) keep_top(out->easier, &out->n_easier, easier_scores, i, up);
        if (down < 0) keep_top(out->stricter, &out->n_stricter, stricter_scores, i, -down);
        if (r->guessed[0] >= 0) {
            out->guesses++;
            out->guessed[0] += r->guessed[0];
            out->guessed[1] += r->guessed[1];
        }
    }
    for (int d = 0; d < s->n_deal; d++)
        if (deal_scenario(s, d)->ladder) build_ladder(s, d, out);
}

/* ---- ladder lines in words ------------------------------------------------------------- */

/* The label of the card at a step ("after midnight"), or NULL when it has none. */
static const char *step_name(const Scenario *sc, int step) {
    for (int i = 0; i < sc->n_cards; i++)
        if (sc->cards[i].step == step) return sc->cards[i].step_label;
    return NULL;
}

/* "after midnight (step 2 of 4)", "no line in these 4 steps", "no line up to step 3 of 5";
 * *label_at and *label_len tell where the step's own label sits in out (length 0: none). */
static void side_words(const Session *s, const LadderLine *l, int line, StrBuf *out, size_t *label_at,
                       size_t *label_len) {
    const Scenario *sc = deal_scenario(s, l->deal);
    *label_at = *label_len = 0;
    if (line) {
        const char *label = step_name(sc, line);
        if (label && *label) {
            StrBuf t;
            strbuf_init(&t);
            session_fill_text(s, label, &t);
            size_t start = out->len;
            /* TRANSLATORS: a ladder step's label, then where it sits: "after midnight (step 2 of 4)". */
            strbuf_printf(out, _("%s (step %d of %d)"), t.data ? t.data : "", line, l->total_steps);
            const char *at = t.len && out->data ? strstr(out->data + start, t.data) : NULL;
            if (at) {
                *label_at = (size_t)(at - out->data);
                *label_len = t.len;
            }
            strbuf_free(&t);
        } else {
            strbuf_printf(out, _("step %d of %d"), line, l->total_steps);
        }
    } else if (l->last_step >= l->total_steps) {
        strbuf_printf(out, P_("no line in this %d step", "no line in these %d steps", l->total_steps), l->total_steps);
    } else {
        strbuf_printf(out, _("no line up to step %d of %d"), l->last_step, l->total_steps);
    }
}

/* Formats fmt (whose %s are the side texts sides[0..n), in order, among other arguments
 * already placed by the caller in args) and records where each side's step label landed. */
static void place_sides(StrBuf *out, size_t base, size_t start, const StrBuf *sides, const size_t *at,
                        const size_t *len, int n, int em[2][2], int *n_em) {
    size_t from = start;
    for (int i = 0; i < n; i++) {
        const char *found = sides[i].len && out->data ? strstr(out->data + from, sides[i].data) : NULL;
        if (!found) continue;
        size_t pos = (size_t)(found - out->data);
        if (len[i] && *n_em < 2) {
            em[*n_em][0] = (int)(pos + at[i] - base);
            em[*n_em][1] = (int)len[i];
            (*n_em)++;
        }
        from = pos + sides[i].len;
    }
}

void summary_line_text(const Session *s, const LadderLine *l, int p, StrBuf *out, int em[2][2], int *n_em) {
    size_t base = out->len;
    *n_em = 0;
    const char *name = session_name(s, p);
    bool both_sides = l->asked[LINE_OWN] && l->asked[LINE_PARTNER];
    StrBuf w[LINE_SIDES];
    size_t at[LINE_SIDES], len[LINE_SIDES];
    for (int side = 0; side < LINE_SIDES; side++) strbuf_init(&w[side]);
    size_t start = out->len;
    if (!both_sides || l->line[p][LINE_OWN] == l->line[p][LINE_PARTNER]) {
        int line = l->asked[LINE_OWN] ? l->line[p][LINE_OWN] : l->line[p][LINE_PARTNER];
        side_words(s, l, line, &w[0], &at[0], &len[0]);
        /* TRANSLATORS: where a player's line sits on a ladder: "Alex's line: after midnight
           (step 2 of 4)"; the first %s is the name, the second the step. */
        strbuf_printf(out, line ? _("%s's line: %s") : C_("no line on a ladder", "%s: %s"), name,
                      w[0].data ? w[0].data : "");
        place_sides(out, base, start, w, at, len, 1, em, n_em);
    } else {
        /* The two sides differ: a line for their own acts and one for their partner's. */
        for (int side = 0; side < LINE_SIDES; side++)
            side_words(s, l, l->line[p][side], &w[side], &at[side], &len[side]);
        /* TRANSLATORS: "Alex's line when Alex does it: step 3 of 4; when Sam does it: step 2
           of 4"; the %s are: the player, the player, a step, the partner, a step. */
        strbuf_printf(out, _("%s's line when %s does it: %s; when %s does it: %s"), name, name,
                      w[0].data ? w[0].data : "", session_name(s, 1 - p), w[1].data ? w[1].data : "");
        place_sides(out, base, start, w, at, len, 2, em, n_em);
    }
    for (int side = 0; side < LINE_SIDES; side++) strbuf_free(&w[side]);
}

/* ---- the document ---------------------------------------------------------------------- */

typedef struct Builder {
    const Session *s;
    SummaryOptions opt;
    SummaryDoc *doc;
    StrBuf b;
} Builder;

static const char *keep(Builder *B) {
    const char *t = arena_strdup(&B->doc->arena, B->b.data && !B->b.failed ? B->b.data : "");
    B->b.len = 0;
    if (B->b.data) B->b.data[0] = '\0';
    return t ? t : "";
}

static const char *filled(Builder *B, const char *text) {
    session_fill_text(B->s, text ? text : "", &B->b);
    return keep(B);
}

static SumSection *section(Builder *B, SumSectionKind kind, const char *heading, const char *intro, const char *empty,
                           int max_items) {
    SummaryDoc *doc = B->doc;
    if (doc->n_sections == SUMMARY_MAX_SECTIONS) return NULL;
    SumSection *sec = &doc->sections[doc->n_sections++];
    sec->kind = kind;
    sec->heading = heading;
    sec->intro = intro;
    sec->empty = empty;
    sec->items = arena_alloc(&doc->arena, (size_t)(max_items > 0 ? max_items : 1) * sizeof *sec->items);
    if (!sec->items) doc->n_sections--;
    return sec->items ? sec : NULL;
}

static SumRow *rows(Builder *B, SumItem *it, int n) {
    it->rows = arena_alloc(&B->doc->arena, (size_t)(n > 0 ? n : 1) * sizeof *it->rows);
    it->n_rows = 0;
    return it->rows;
}

static void player_row(Builder *B, SumItem *it, int player, int em[2][2], int n_em) {
    SumRow *r = &it->rows[it->n_rows++];
    r->player = player;
    r->text = keep(B);
    r->n_em = n_em;
    for (int i = 0; i < n_em; i++) {
        r->em[i][0] = em[i][0];
        r->em[i][1] = em[i][1];
    }
}

/* A card: its scenario, its text, and one comparison row per act with both answers. */
static void card_item(Builder *B, SumSection *sec, int record) {
    const Session *s = B->s;
    const CardRecord *rec = &s->records[record];
    const Card *c = record_card(s, rec);
    const CardResult *r = &rec->result;
    SumItem *it = &sec->items[sec->n_items++];
    it->title = filled(B, deal_scenario(s, rec->deal)->title);
    it->text = filled(B, c->text);
    if (!rows(B, it, r->n_acts)) return;
    bool all = B->opt.include[0] && B->opt.include[1];
    for (int a = 0; a < r->n_acts; a++) {
        const Comparison *cmp = &r->acts[a];
        SumRow *row = &it->rows[it->n_rows++];
        row->player = -1;
        /* A file read later has no "you": a one-sided card says whose question it was. */
        if (cmp->about < 0 && c->ask == ASK_RATE)
            strbuf_puts(&B->b, c->from == FROM_YOU ? _("Each of you, if you did it")
                                                   : _("Each of you, if your partner did it"));
        else
            reveal_row_label(s, c, cmp, &B->b);
        row->label = B->b.len ? keep(B) : NULL;
        for (int p = 0; p < 2; p++) {
            if (B->opt.include[p]) {
                reveal_answer_words(s, c, cmp->round[p], cmp->answer[p], &B->b);
                row->answer[p] = keep(B);
            } else {
                row->answer[p] = _("kept private");
            }
        }
        /* A verdict would tell what a private answer was. */
        row->verdict = all && !B->opt.hide_verdicts ? outcome_label(cmp->outcome) : NULL;
    }
}

static void cards_section(Builder *B, const char *heading, const char *intro, const char *empty, const int *list,
                          int n) {
    SumSection *sec = section(B, SUMSEC_CARDS, heading, intro, empty, n);
    if (!sec) return;
    for (int i = 0; i < n; i++) card_item(B, sec, list[i]);
}

/* Mirror gaps in one direction (sign > 0: easier to do; < 0: stricter with oneself). */
static void mirror_section(Builder *B, const char *heading, const char *intro, const int *list, int n, int sign) {
    if (!n) return;
    const Session *s = B->s;
    SumSection *sec = section(B, SUMSEC_CARDS, heading, intro, NULL, n);
    if (!sec) return;
    for (int i = 0; i < n; i++) {
        const CardRecord *rec = &s->records[list[i]];
        const Card *c = record_card(s, rec);
        SumItem *it = &sec->items[sec->n_items++];
        it->title = filled(B, deal_scenario(s, rec->deal)->title);
        it->text = filled(B, c->text);
        if (!rows(B, it, 2)) continue;
        for (int p = 0; p < 2; p++) {
            int m = rec->result.mirror[p];
            if (!(sign > 0 ? m > 0 : m < 0)) continue;
            /* "Alex: “Fine” when Alex does it · “Uneasy, let's talk” when Sam does it" */
            StrBuf own, other;
            strbuf_init(&own);
            strbuf_init(&other);
            reveal_answer_words(s, c, ROUND_YOU, rec->picks[p][ROUND_YOU], &own);
            reveal_answer_words(s, c, ROUND_PARTNER, rec->picks[p][ROUND_PARTNER], &other);
            /* TRANSLATORS: "Alex: “Fine” when Alex does it · “Uneasy, let's talk” when Sam does
               it"; the %s are: the player, an answer, the player, an answer, the partner. */
            strbuf_printf(
                &B->b,
                _("%s: \xE2\x80\x9C%s\xE2\x80\x9D when %s does it \xC2\xB7 \xE2\x80\x9C%s\xE2\x80\x9D when %s "
                  "does it"),
                session_name(s, p), own.data ? own.data : "", session_name(s, p), other.data ? other.data : "",
                session_name(s, 1 - p));
            strbuf_free(&own);
            strbuf_free(&other);
            int none[2][2] = {{0}};
            player_row(B, it, p, none, 0);
        }
    }
}

/* The boundary map, or (with verdicts hidden, or a partner's answers left out, where the
 * counts would tell what the answers were) just the themes and how many cards. */
static void map_section(Builder *B, const Summary *sum, bool verdicts) {
    int n = 0;
    for (int c = 0; c < CAT_COUNT; c++) n += sum->category[c].cards > 0;
    SumSection *sec =
        !verdicts ? section(B, SUMSEC_MAP, _("Themes you talked through"), NULL, NULL, n)
                  : section(B, SUMSEC_MAP, _("Boundary map"),
                            _("How often you were on the same page, close, or seeing it differently, theme by theme."),
                            NULL, n);
    if (!sec) return;
    for (int c = 0; c < CAT_COUNT; c++) {
        const CategoryAlignment *a = &sum->category[c];
        if (!a->cards) continue;
        SumItem *it = &sec->items[sec->n_items++];
        it->title = category_title((Category)c);
        it->total = a->cards;
        if (verdicts) {
            it->counts[0] = a->same;
            it->counts[1] = a->close;
            it->counts[2] = a->apart;
        }
    }
}

static void lines_section(Builder *B, const Summary *sum) {
    if (!sum->n_ladders) return;
    const Session *s = B->s;
    SumSection *sec =
        section(B, SUMSEC_LINES, _("Where each line sits"),
                _("On each ladder, the first step where each of you said \xE2\x80\x9CUneasy\xE2\x80\x9D or more."),
                NULL, sum->n_ladders);
    if (!sec) return;
    for (int i = 0; i < sum->n_ladders; i++) {
        const LadderLine *l = &sum->ladders[i];
        SumItem *it = &sec->items[sec->n_items++];
        it->title = filled(B, deal_scenario(s, l->deal)->title);
        if (!rows(B, it, 2)) continue;
        for (int p = 0; p < 2; p++) {
            int em[2][2] = {{0}}, n_em = 0;
            if (B->opt.include[p])
                summary_line_text(s, l, p, &B->b, em, &n_em);
            else
                /* TRANSLATORS: %s is a player's name. */
                strbuf_printf(&B->b, _("%s: kept private"), session_name(s, p));
            player_row(B, it, p, em, n_em);
        }
    }
}

static void guesses_section(Builder *B, const Summary *sum) {
    if (!sum->guesses) return;
    const Session *s = B->s;
    SumSection *sec = section(B, SUMSEC_NOTES, _("Reading each other"), NULL, NULL, 1);
    if (!sec) return;
    SumItem *it = &sec->items[sec->n_items++];
    if (!rows(B, it, 2)) return;
    for (int p = 0; p < 2; p++) {
        /* TRANSLATORS: "Alex read Sam right 2 of 3 times": the names, then the counts. */
        strbuf_printf(&B->b, P_("%s read %s right %d of %d time", "%s read %s right %d of %d times", sum->guesses),
                      session_name(s, p), session_name(s, 1 - p), sum->guessed[p], sum->guesses);
        int none[2][2] = {{0}};
        player_row(B, it, p, none, 0);
    }
}

SummaryDoc *summary_doc_create(const Session *s, const SummaryOptions *opt, const char *date) {
    SummaryDoc *doc = calloc(1, sizeof *doc);
    if (!doc) return NULL;
    arena_init(&doc->arena);
    Builder B = {.s = s, .opt = {{true, true}, false}, .doc = doc};
    if (opt) B.opt = *opt;
    strbuf_init(&B.b);
    Summary sum;
    summary_build(s, &sum);
    bool all = B.opt.include[0] && B.opt.include[1];
    bool verdicts = all && !B.opt.hide_verdicts;

    for (int p = 0; p < 2; p++) {
        strbuf_puts(&B.b, session_name(s, p));
        doc->names[p] = keep(&B);
    }
    /* TRANSLATORS: the summary's title; the game's name, then the two players' names. */
    strbuf_printf(&B.b, _("Gray Area: %s & %s"), doc->names[0], doc->names[1]);
    doc->title = keep(&B);
    if (date && *date) strbuf_printf(&B.b, "%s \xC2\xB7 ", date);
    strbuf_printf(&B.b, P_("%d card talked through", "%d cards talked through", sum.cards), sum.cards);
    doc->subtitle = keep(&B);
    doc->lead = sum.cards
                    ? _("A map for a conversation, not a score. Where you differ is where the interesting talk is.")
                    : _("No cards were answered this time. That is fine: the talk matters more than the game.");
    if (!all) {
        int out = B.opt.include[0] ? 1 : 0;
        if (!B.opt.include[0] && !B.opt.include[1])
            strbuf_puts(&B.b, _("You both chose to keep your own answers out of this summary."));
        else
            /* TRANSLATORS: the first %s kept their answers out; the second is their partner. */
            strbuf_printf(&B.b, _("%s chose to keep their own answers out of this summary; %s's answers are here."),
                          doc->names[out], doc->names[1 - out]);
    }
    if (B.opt.hide_verdicts)
        strbuf_printf(&B.b, "%s%s", B.b.len ? " " : "",
                      _("Verdict words were hidden for this session: here are the answers as they were given."));
    if (B.b.len) doc->notice = keep(&B);

    if (sum.cards) {
        map_section(&B, &sum, verdicts);
        lines_section(&B, &sum);
        if (verdicts) {
            cards_section(
                &B, _("Worth talking about"),
                _("The cards where you saw things furthest apart. Differences are information, not a problem."),
                _("No big differences came up this time. Still worth asking: was anything close?"), sum.differences,
                sum.n_differences);
            cards_section(&B, _("Where you agree"), _("The clearest places you were on the same page."),
                          _("No exact matches this time; closeness counts too."), sum.agreements, sum.n_agreements);
            mirror_section(&B, _("Easier to do than to have done to you"),
                           _("Where one of you found something more okay to do yourself than to have your partner do. "
                             "Not a gotcha: a good place to get curious."),
                           sum.easier, sum.n_easier, 1);
            mirror_section(&B, _("Stricter with yourself"),
                           _("Where one of you holds themselves to a tighter line than they hold their partner to."),
                           sum.stricter, sum.n_stricter, -1);
        }
        if (all) guesses_section(&B, &sum);
        /* Every card as answered, so the summary is a complete record (the lists above
         * keep to the few that stand out). */
        int *all_records = arena_alloc(&doc->arena, (size_t)s->n_records * sizeof *all_records);
        if (all_records) {
            for (int i = 0; i < s->n_records; i++) all_records[i] = i;
            cards_section(&B, _("Card by card"), _("Every card you answered, in the order you played them."), NULL,
                          all_records, s->n_records);
        }
    }
    doc->footer =
        _("Gray Area is a conversation starter, not therapy. If a relationship involves fear, control or harm, "
          "please talk to a professional or a local helpline.");
    bool failed = B.b.failed || doc->arena.failed;
    strbuf_free(&B.b);
    if (failed) {
        summary_doc_destroy(doc);
        return NULL;
    }
    return doc;
}

void summary_doc_destroy(SummaryDoc *doc) {
    if (!doc) return;
    arena_destroy(&doc->arena);
    free(doc);
}
