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
    CHECK_INT(sum.n_mirrors, 0);
    CHECK_INT(sum.n_ladders, 1);
    CHECK_INT(sum.ladders[0].line[0], 2);
    CHECK_INT(sum.ladders[0].line[1], 2);

    StrBuf md;
    strbuf_init(&md);
    summary_write_markdown(s, &sum, NULL, "Friday 20 November 2026", &md);
    CHECK(strstr(md.data, "# Gray Area: Alex & Sam\\_\\*\n") != NULL);
    CHECK(strstr(md.data, "| Texts & DMs | 3 | 2 | 0 | 1 |") != NULL);
    CHECK(strstr(md.data, "| Exes | 1 | 1 | 0 | 0 |") != NULL);
    CHECK(strstr(md.data, "**Late replies**: Alex's line: step 2 · Sam\\_\\*'s line: step 2") != NULL);
    CHECK(strstr(md.data, "## Worth talking about\n\n- **Deleted chat**") != NULL);
    CHECK(strstr(md.data, "  - Alex: Fine\n  - Sam\\_\\*: Crosses a line\n") != NULL);
    CHECK(strstr(md.data, "if they did it: Fine if I know; if their partner did it: Fine if I know") != NULL);
    CHECK(strstr(md.data, "Friday 20 November 2026") != NULL);
    strbuf_free(&md);

    /* Leaving one player's answers out removes every one of them. */
    SummaryPrivacy priv = {{true, false}};
    strbuf_init(&md);
    summary_write_markdown(s, &sum, &priv, "", &md);
    CHECK(strstr(md.data, "Crosses a line") == NULL);
    CHECK(strstr(md.data, "Sam\\_\\*: kept private") != NULL);
    CHECK(strstr(md.data, "Worth talking about") == NULL);
    strbuf_free(&md);

    /* The HTML page: self-contained, escaped, the same content, the same privacy. */
    StrBuf html;
    strbuf_init(&html);
    summary_write_html(s, &sum, NULL, "Friday", &html);
    CHECK(!strncmp(html.data, "<!DOCTYPE html>", 15));
    CHECK(strstr(html.data, "http") == NULL);
    CHECK(strstr(html.data, "<script") == NULL);
    CHECK(strstr(html.data, "<link") == NULL);
    CHECK(strstr(html.data, "src=") == NULL);
    CHECK(strstr(html.data, "@media print") != NULL);
    CHECK(strstr(html.data, "<td>Texts &amp; DMs</td><td>3</td><td>2</td><td>0</td><td>1</td>") != NULL);
    CHECK(strstr(html.data, "Sam_*: Crosses a line") == NULL); /* the HTML lists answers by person */
    CHECK(strstr(html.data, "<span class=\"who p2\">Sam_*</span> Crosses a line") != NULL);
    CHECK(strstr(html.data, "Alex&#39;s line: step 2") != NULL);
    strbuf_free(&html);
    strbuf_init(&html);
    summary_write_html(s, &sum, &priv, "", &html);
    CHECK(strstr(html.data, "Crosses a line") == NULL);
    CHECK(strstr(html.data, "Fine if I know") == NULL);
    CHECK(strstr(html.data, "Sam_*: kept private") != NULL);
    strbuf_free(&html);
    session_destroy(s);
}

static void test_html_escapes_names(void) {
    SessionSetup st;
    session_setup_defaults(&st);
    snprintf(st.names[0], sizeof st.names[0], "<b>Al & \"Jo\"</b>");
    char err[200];
    Session *s = session_create(&lib, &st, err, sizeof err);
    Summary sum;
    summary_build(s, &sum);
    StrBuf html;
    strbuf_init(&html);
    summary_write_html(s, &sum, NULL, "", &html);
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
