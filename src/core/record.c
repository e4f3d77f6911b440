/* Writes the facilitator's session record: counts and times, never an answer, never who. */
#include "record.h"

#include "i18n.h"
#include "summary.h"

RecordFate record_fate(const Session *s, int deal) {
    const DealItem *d = &s->deal[deal];
    if (d->left_out) return FATE_LEFT_OUT;
    if (d->skipped) return FATE_SKIPPED;
    if (record_cards(s, deal) > 0 || (deal == s->pos && s->phase != PHASE_SUMMARY)) return FATE_PLAYED;
    return deal < s->pos || d->ms > 0 ? FATE_UNANSWERED : FATE_NOT_REACHED;
}

int record_cards(const Session *s, int deal) {
    int n = 0;
    for (int i = 0; i < s->n_records; i++) n += s->records[i].deal == deal;
    return n;
}

void record_counts(const Session *s, RecordCounts *out) {
    *out = (RecordCounts){.breaks = s->breaks, .pauses = s->pauses};
    for (int i = 0; i < s->n_deal; i++) {
        out->fate[record_fate(s, i)]++;
        out->ms += s->deal[i].ms;
    }
    out->cards = s->n_records;
}

/* "4:05": minutes and seconds, rounded down to the second. */
static void duration(StrBuf *out, uint32_t ms) {
    uint32_t sec = ms / 1000;
    strbuf_printf(out, "%u:%02u", (unsigned)(sec / 60), (unsigned)(sec % 60));
}

static const char *fate_words(RecordFate f) {
    switch (f) {
    /* TRANSLATORS: what happened to a scenario, in the facilitator's session record ("you" is
       the facilitator). */
    case FATE_PLAYED: return _("played");
    case FATE_SKIPPED: return _("skipped by you");
    case FATE_LEFT_OUT: return _("left out by the couple");
    case FATE_UNANSWERED: return _("shown, no card answered");
    case FATE_NOT_REACHED: return _("not reached");
    case FATE_COUNT: break;
    }
    return "";
}

void record_markdown(const Session *s, const RecordOptions *opt, StrBuf *out) {
    RecordOptions none = {0};
    if (!opt) opt = &none;
    RecordCounts c;
    record_counts(s, &c);
    strbuf_printf(out, "# %s\n\n", _("Gray Area: session record"));
    if (opt->date && *opt->date) {
        summary_md_text(out, opt->date);
        strbuf_puts(out, " \xC2\xB7 ");
    }
    strbuf_puts(out, _("a facilitated session"));
    if (opt->plan && *opt->plan) {
        strbuf_puts(out, " \xC2\xB7 ");
        /* TRANSLATORS: before the name of a session plan, in the session record. */
        strbuf_puts(out, _("plan: "));
        summary_md_text(out, opt->plan);
    }
    strbuf_printf(out, "\n\n%s\n\n",
                  _("For the facilitator's notes. It says which scenarios came up and for how long. It holds "
                    "no answers, and never says which partner asked for a break or left a scenario out."));
    /* TRANSLATORS: the columns of the session record's table, one word or two each. */
    strbuf_printf(out, "| # | %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|---|\n", _("Scenario"),
                  _("Theme"), _("Intensity"), _("What happened"), _("Cards answered"), _("Time (min:s)"));
    for (int i = 0; i < s->n_deal; i++) {
        const DealItem *d = &s->deal[i];
        const Deck *deck = s->lib->decks[d->deck];
        const Scenario *sc = &deck->scenarios[d->scenario];
        strbuf_printf(out, "| %d | ", i + 1);
        /* Titles are shown as written, names left as placeholders: the record names nobody. */
        summary_md_text(out, sc->title);
        strbuf_puts(out, " | ");
        summary_md_text(out, category_title(deck->category));
        strbuf_printf(out, " | %s | %s | %d | ", intensity_id(sc->intensity), fate_words(record_fate(s, i)),
                      record_cards(s, i));
        duration(out, d->ms);
        strbuf_puts(out, " |\n");
    }
    strbuf_puts(out, "\n- ");
    strbuf_printf(out,
                  _("Scenarios: %d played, %d skipped by you, %d left out by the couple, %d shown with no card "
                    "answered, %d not reached."),
                  c.fate[FATE_PLAYED], c.fate[FATE_SKIPPED], c.fate[FATE_LEFT_OUT], c.fate[FATE_UNANSWERED],
                  c.fate[FATE_NOT_REACHED]);
    strbuf_puts(out, "\n- ");
    strbuf_printf(out, _("Cards answered: %d."), c.cards);
    strbuf_puts(out, "\n- ");
    strbuf_printf(out, _("Breaks the couple called: %d. Your pauses: %d."), c.breaks, c.pauses);
    StrBuf t;
    strbuf_init(&t);
    duration(&t, c.ms);
    strbuf_puts(out, "\n- ");
    /* TRANSLATORS: %s is a time in minutes and seconds, "12:05". */
    strbuf_printf(out, _("Time with the scenarios: %s (breaks and pauses not counted)."), t.data ? t.data : "");
    strbuf_free(&t);
    strbuf_puts(out, "\n- ");
    strbuf_puts(out, s->hide_verdicts ? _("Verdict words were hidden when the record was written.")
                                      : _("Verdict words were shown when the record was written."));
    strbuf_puts(out, "\n\n");
    strbuf_puts(out, _("No answers are in this record."));
    if (opt->summary && *opt->summary) {
        StrBuf name;
        strbuf_init(&name);
        summary_md_text(&name, opt->summary);
        strbuf_puts(out, " ");
        /* TRANSLATORS: %s is the file name of the summary saved with the record. */
        strbuf_printf(out, _("The summary saved with it (%s) holds what the couple chose to keep."),
                      name.data ? name.data : "");
        strbuf_free(&name);
        strbuf_puts(out, "\n");
    } else {
        strbuf_puts(out, " \n");
    }
}
