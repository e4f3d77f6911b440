/* The summary: per-category alignment, differences, agreements, mirrors, and the Markdown. */
#include "core/summary.h"
#include "fixture_lib.h"
#include "harness.h"

static Library lib;

/* Past the intro, then every round of the card answered a by player 1 and b by player 2. */
static void answer(Session *s, int a, int b) {
    while (s->phase == PHASE_INTRO) session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK(fixture_play_card(s, (int[]){a, a, a, a}, (int[]){b, b, b, b}));
}

static void test_summary_contents(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    snprintf(st.names[0], sizeof st.names[0], "Alex");
    snprintf(st.names[1], sizeof st.names[1], "Sam_*");
    int texts = library_find_deck(&lib, "test-texts"), exes = library_find_deck(&lib, "test-exes");
    st.n_plan = 3;
    st.plan[0] = (PlanItem){texts, 1}; /* deleted: from you */
    st.plan[1] = (PlanItem){exes, 1};  /* gifts: from both */
    st.plan[2] = (PlanItem){texts, 0}; /* late: ladder */
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    answer(s, 1, 4); /* deleted: different views, gap 3 */
    session_apply(s, act(ACT_NEXT, 0, 0));
    answer(s, 2, 2); /* gifts: same page; you 2 partner 2 */
    session_apply(s, act(ACT_NEXT, 0, 0));
    answer(s, 1, 1); /* late s1: same page, both fine */
    session_apply(s, act(ACT_NEXT, 0, 0));
    answer(s, 3, 3); /* s2: both uneasy: line at step 2 for both */
    session_apply(s, act(ACT_NEXT, 0, 0));
    CHECK_INT(s->phase, PHASE_SUMMARY);
    Summary sum;
    summary_build(s, &sum);
    CHECK_INT(sum.cards, 4);
    CHECK_INT(sum.category[CAT_MESSAGING].cards, 3);
    CHECK_INT(sum.category[CAT_MESSAGING].same, 2);
    CHECK_INT(sum.category[CAT_MESSAGING].apart, 1);
    CHECK_INT(sum.category[CAT_EXES].same, 1);
    CHECK_INT(sum.n_differences, 1);
    CHECK_INT(sum.differences[0], 0);
    CHECK_INT(sum.n_agreements, 3);
    /* Strongest agreement first: both fine (an end of the scale) before a middle step. */
    CHECK_INT(sum.agreements[0], 2);
    CHECK_INT(sum.n_easier, 0);
    CHECK_INT(sum.n_stricter, 0);
    CHECK_INT(sum.n_ladders, 1);
    CHECK_INT(sum.ladders[0].line[0][LINE_PARTNER], 2);
    CHECK_INT(sum.ladders[0].line[1][LINE_PARTNER], 2);
    CHECK_INT(sum.ladders[0].line[0][LINE_OWN], 0);

    SummaryDoc *doc = summary_doc_create(s, NULL, "Friday 20 November 2026");
    StrBuf md;
    strbuf_init(&md);
    summary_doc_markdown(doc, &md);
    CHECK(strstr(md.data, "# Gray Area: Alex & Sam\\_\\*\n") != NULL);
    CHECK(strstr(md.data, "Friday 20 November 2026 · 4 cards talked through.") != NULL);
    CHECK(strstr(md.data, "| Texts & DMs | 3 | 2 | 0 | 1 |") != NULL);
    CHECK(strstr(md.data, "| Exes | 1 | 1 | 0 | 0 |") != NULL);
    CHECK(strstr(md.data, "**Late replies**: Alex's line when Alex does it: no line up to step 2 of 3; when Sam\\_\\* "
                          "does it: *close to midnight* (step 2 of 3) · Sam\\_\\*'s line when Sam\\_\\* does it: no "
                          "line up to step 2 of 3; when Alex does it: *close to midnight* (step 2 of 3)\n") != NULL);
    CHECK(strstr(md.data,
                 "- **Deleted chat**: You delete a chat so your partner will not see it.\n"
                 "  - Each of you, if you did it: Alex: Fine · Sam\\_\\*: Crosses a line (Different views)\n") != NULL);
    CHECK(strstr(md.data, "  - If Alex did it: Alex: Fine if I know · Sam\\_\\*: Fine if I know (Same page)\n") !=
          NULL);
    CHECK(strstr(md.data, "Easier to do") == NULL); /* no mirror gaps this time */
    strbuf_free(&md);
    summary_doc_destroy(doc);

    /* Leaving one player's answers out removes theirs only: the other's stay, every card. */
    SummaryOptions priv = {{true, false}, false};
    doc = summary_doc_create(s, &priv, "");
    strbuf_init(&md);
    summary_doc_markdown(doc, &md);
    CHECK(strstr(md.data, "Crosses a line") == NULL);
    CHECK(strstr(md.data, "Sam\\_\\*: kept private") != NULL);
    CHECK(strstr(md.data, "Worth talking about") == NULL); /* sorting by agreement would tell */
    CHECK(strstr(md.data, "(Same page)") == NULL);
    CHECK(strstr(md.data, "## Card by card") != NULL);
    CHECK(strstr(md.data, "  - Each of you, if you did it: Alex: Fine · Sam\\_\\*: kept private\n") != NULL);
    CHECK(strstr(md.data, "Sam\\_\\* chose to keep their own answers out of this summary") != NULL);
    strbuf_free(&md);

    /* The HTML page: self-contained, escaped, the same document. */
    StrBuf html;
    strbuf_init(&html);
    summary_doc_html(doc, &html);
    CHECK(strstr(html.data, "Crosses a line") == NULL);
    CHECK(strstr(html.data, "Fine if I know") == NULL || strstr(html.data, "Alex</span>: Fine if I know") != NULL);
    CHECK(strstr(html.data, "<span class=\"who p2\">Sam_*</span>: kept private") != NULL);
    strbuf_free(&html);
    summary_doc_destroy(doc);

    doc = summary_doc_create(s, NULL, "Friday");
    strbuf_init(&html);
    summary_doc_html(doc, &html);
    CHECK(!strncmp(html.data, "<!DOCTYPE html>", 15));
    CHECK(strstr(html.data, "http") == NULL);
    CHECK(strstr(html.data, "<script") == NULL);
    CHECK(strstr(html.data, "<link") == NULL);
    CHECK(strstr(html.data, "src=") == NULL);
    CHECK(strstr(html.data, "@media print") != NULL);
    /* The page's map colours are the screen's (SUMMARY_VERDICT_RGB). */
    static const char *const CLS[3] = {"same", "close", "apart"};
    for (int k = 0; k < 3; k++) {
        char css[64];
        snprintf(css, sizeof css, ".%s{background:#%06x}", CLS[k], SUMMARY_VERDICT_RGB[k]);
        CHECK(strstr(html.data, css) != NULL);
    }
    CHECK(strstr(html.data, "<td>Texts &amp; DMs</td><td>3</td><td>2</td><td>0</td><td>1</td>") != NULL);
    CHECK(strstr(html.data, "<span class=\"who p2\">Sam_*</span>: Crosses a line") != NULL);
    CHECK(strstr(html.data, "Alex&#39;s line when Alex does it") != NULL);
    CHECK(strstr(html.data, "<em>close to midnight</em>") != NULL);
    strbuf_free(&html);
    summary_doc_destroy(doc);

    /* Verdicts hidden: no verdict word anywhere, and the page says so. */
    SummaryOptions hidden = {{true, true}, true};
    doc = summary_doc_create(s, &hidden, "");
    strbuf_init(&md);
    summary_doc_markdown(doc, &md);
    CHECK(strstr(md.data, "Same page") == NULL);
    CHECK(strstr(md.data, "Different views") == NULL);
    CHECK(strstr(md.data, "Close") == NULL);
    CHECK(strstr(md.data, "Worth talking about") == NULL);
    CHECK(strstr(md.data, "Verdict words were hidden") != NULL);
    CHECK(strstr(md.data, "  - Each of you, if you did it: Alex: Fine · Sam\\_\\*: Crosses a line\n") != NULL);
    strbuf_free(&md);
    summary_doc_destroy(doc);
    session_destroy(s);
}

static void test_html_escapes_names(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    snprintf(st.names[0], sizeof st.names[0], "<b>Al & \"Jo\"</b>");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    SummaryDoc *doc = summary_doc_create(s, NULL, "");
    StrBuf html;
    strbuf_init(&html);
    summary_doc_html(doc, &html);
    summary_doc_destroy(doc);
    CHECK(strstr(html.data, "<b>Al") == NULL);
    CHECK(strstr(html.data, "&lt;b&gt;Al &amp; &quot;Jo&quot;&lt;/b&gt;") != NULL);
    strbuf_free(&html);
    session_destroy(s);
}

int main(void) {
    fixture_library(&lib);
    RUN(test_summary_contents);
    RUN(test_html_escapes_names);
    library_free(&lib);
    return harness_finish();
}
