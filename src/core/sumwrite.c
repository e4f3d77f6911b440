/* The summary document written out: Markdown and HTML, from the one SummaryDoc the
 * screen draws too (summary.c builds it). */
#include "summary.h"

#include "i18n.h"
#include "reveal.h"

#include <stdlib.h>
#include <string.h>

/* ---- writers ----------------------------------------------------------------------------- */

typedef void (*Escape)(StrBuf *out, const char *text, size_t n);

/* Escapes characters that Markdown would read as formatting. */
static void md_text_n(StrBuf *out, const char *text, size_t n) {
    for (size_t i = 0; i < n && text[i]; i++) {
        if (strchr("\\`*_[]<>#|", text[i])) strbuf_add(out, "\\", 1);
        strbuf_add(out, text + i, 1);
    }
}
void summary_md_text(StrBuf *out, const char *text) { md_text_n(out, text, strlen(text)); }
static void md_text(StrBuf *out, const char *text) { summary_md_text(out, text); }

static void html_text_n(StrBuf *out, const char *text, size_t n) {
    for (size_t i = 0; i < n && text[i]; i++) {
        switch (text[i]) {
        case '&': strbuf_puts(out, "&amp;"); break;
        case '<': strbuf_puts(out, "&lt;"); break;
        case '>': strbuf_puts(out, "&gt;"); break;
        case '"': strbuf_puts(out, "&quot;"); break;
        case '\'': strbuf_puts(out, "&#39;"); break;
        default: strbuf_add(out, text + i, 1);
        }
    }
}
static void html_text(StrBuf *out, const char *text) { html_text_n(out, text, strlen(text)); }

/* The boundary map's column names, escaped for the format (a catalogue's words are text). */
static void map_head(StrBuf *out, bool counts, void (*text)(StrBuf *, const char *), const char *open,
                     const char *before, const char *after, const char *rest, const char *close) {
    const char *cols[5] = {_("Theme"), _("Cards"), outcome_label(OUTCOME_SAME), outcome_label(OUTCOME_CLOSE),
                           outcome_label(OUTCOME_APART)};
    strbuf_puts(out, open);
    for (int i = 0; i < (counts ? 5 : 2); i++) {
        strbuf_puts(out, before);
        text(out, cols[i]);
        strbuf_puts(out, after);
    }
    strbuf_puts(out, rest);
    strbuf_puts(out, close);
}

/* A player row's text with its emphasised spans wrapped in open/close. */
static void emphasised(StrBuf *out, const SumRow *r, Escape esc, const char *open, const char *close) {
    size_t at = 0, len = strlen(r->text);
    for (int i = 0; i < r->n_em; i++) {
        size_t s = (size_t)r->em[i][0], n = (size_t)r->em[i][1];
        if (s < at || s + n > len) continue;
        esc(out, r->text + at, s - at);
        strbuf_puts(out, open);
        esc(out, r->text + s, n);
        strbuf_puts(out, close);
        at = s + n;
    }
    esc(out, r->text + at, len - at);
}

/* "If Alex did it: Alex: Fine · Sam: Uneasy, let's talk (Close)" in a format's escaping. */
static void comparison_words(const SummaryDoc *doc, const SumRow *r, Escape esc, StrBuf *out) {
    if (r->label) {
        esc(out, r->label, strlen(r->label));
        strbuf_puts(out, ": ");
    }
    for (int p = 0; p < 2; p++) {
        if (p) strbuf_puts(out, " \xC2\xB7 ");
        esc(out, doc->names[p], strlen(doc->names[p]));
        strbuf_puts(out, ": ");
        esc(out, r->answer[p], strlen(r->answer[p]));
    }
    if (r->verdict) {
        strbuf_puts(out, " (");
        esc(out, r->verdict, strlen(r->verdict));
        strbuf_puts(out, ")");
    }
}

void summary_doc_markdown(const SummaryDoc *doc, StrBuf *out) {
    strbuf_puts(out, "# ");
    md_text(out, doc->title);
    strbuf_puts(out, "\n\n");
    md_text(out, doc->subtitle);
    strbuf_puts(out, ".\n\n");
    md_text(out, doc->lead);
    strbuf_puts(out, "\n\n");
    if (doc->notice) {
        strbuf_puts(out, "*");
        md_text(out, doc->notice);
        strbuf_puts(out, "*\n\n");
    }
    for (int si = 0; si < doc->n_sections; si++) {
        const SumSection *sec = &doc->sections[si];
        strbuf_puts(out, "## ");
        md_text(out, sec->heading);
        strbuf_puts(out, "\n\n");
        if (sec->intro) {
            md_text(out, sec->intro);
            strbuf_puts(out, "\n\n");
        }
        if (!sec->n_items && sec->empty) {
            md_text(out, sec->empty);
            strbuf_puts(out, "\n\n");
        }
        if (sec->kind == SUMSEC_MAP) {
            bool counts = sec->n_items && (sec->items[0].counts[0] + sec->items[0].counts[1] + sec->items[0].counts[2]);
            for (int i = 0; i < sec->n_items && !counts; i++)
                counts = sec->items[i].counts[0] + sec->items[i].counts[1] + sec->items[i].counts[2] > 0;
            map_head(out, counts, md_text, "|", " ", " |", "\n|---|---|", counts ? "---|---|---|\n" : "\n");
            for (int i = 0; i < sec->n_items; i++) {
                const SumItem *it = &sec->items[i];
                strbuf_puts(out, "| ");
                md_text(out, it->title);
                strbuf_printf(out, " | %d |", it->total);
                if (counts) strbuf_printf(out, " %d | %d | %d |", it->counts[0], it->counts[1], it->counts[2]);
                strbuf_puts(out, "\n");
            }
            strbuf_puts(out, "\n");
            continue;
        }
        for (int i = 0; i < sec->n_items; i++) {
            const SumItem *it = &sec->items[i];
            if (sec->kind == SUMSEC_NOTES) {
                for (int r = 0; r < it->n_rows; r++) {
                    strbuf_puts(out, "- ");
                    emphasised(out, &it->rows[r], md_text_n, "*", "*");
                    strbuf_puts(out, "\n");
                }
                continue;
            }
            strbuf_puts(out, "- **");
            md_text(out, it->title);
            strbuf_puts(out, "**");
            if (it->text) {
                strbuf_puts(out, ": ");
                md_text(out, it->text);
            }
            if (sec->kind == SUMSEC_LINES) {
                /* A ladder's lines fit on one line: "Alex's line: ... · Sam: ..." */
                strbuf_puts(out, ": ");
                for (int r = 0; r < it->n_rows; r++) {
                    if (r) strbuf_puts(out, " \xC2\xB7 ");
                    emphasised(out, &it->rows[r], md_text_n, "*", "*");
                }
                strbuf_puts(out, "\n");
                continue;
            }
            strbuf_puts(out, "\n");
            for (int r = 0; r < it->n_rows; r++) {
                const SumRow *row = &it->rows[r];
                strbuf_puts(out, "  - ");
                if (row->player >= 0)
                    emphasised(out, row, md_text_n, "*", "*");
                else
                    comparison_words(doc, row, md_text_n, out);
                strbuf_puts(out, "\n");
            }
        }
        strbuf_puts(out, "\n");
    }
    strbuf_puts(out, "---\n");
    md_text(out, doc->footer);
    strbuf_puts(out, "\n");
}

static const char HTML_STYLE[] =
    "body{font-family:Inter,'Segoe UI',Helvetica,Arial,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1.5rem;"
    "color:#2b2a33;background:#faf7f2;line-height:1.5}"
    "h1{font-size:1.9rem;margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd5c8;padding-bottom:.2rem}"
    "h3{margin:.2rem 0;font-size:1.05rem}.sub{color:#6b6677}.notice{background:#f1e7d6;padding:.6rem .9rem;"
    "border-radius:.6rem}"
    "table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.35rem .5rem;border-bottom:1px solid "
    "#e8e1d6}"
    ".bar{display:flex;height:.8rem;border-radius:.4rem;overflow:hidden;background:#eee6da;min-width:8rem}"
    ".same{background:#8fbfa0}.close{background:#e7c77e}.apart{background:#d9a27f}" /* SUMMARY_VERDICT_RGB */
    ".card{background:#fff;border:1px solid #e8e1d6;border-radius:.8rem;padding:.8rem 1rem;margin:.6rem 0;"
    "break-inside:avoid}.card p{margin:.2rem 0;color:#55505f}.card ul{margin:.3rem 0;padding-left:1.2rem}"
    ".who{font-weight:600}.p1::before{content:'\\25CF  ';color:#d9822b}.p2::before{content:'\\25A0  ';color:#3f7cac}"
    ".verdict{color:#6b6677}.note{margin-top:2.5rem;color:#6b6677;font-size:.9rem}"
    "@media print{body{background:#fff;margin:0;max-width:none}.card{border-color:#bbb}h2{break-after:avoid}"
    "a{color:inherit}}";

static void html_row(const SummaryDoc *doc, const SumRow *row, StrBuf *out) {
    if (row->player >= 0) {
        strbuf_printf(out, "<li class=\"who p%d\">", row->player + 1);
        emphasised(out, row, html_text_n, "<em>", "</em>");
        strbuf_puts(out, "</li>");
        return;
    }
    strbuf_puts(out, "<li>");
    if (row->label) {
        html_text(out, row->label);
        strbuf_puts(out, ": ");
    }
    for (int p = 0; p < 2; p++) {
        if (p) strbuf_puts(out, " \xC2\xB7 ");
        strbuf_printf(out, "<span class=\"who p%d\">", p + 1);
        html_text(out, doc->names[p]);
        strbuf_puts(out, "</span>: ");
        html_text(out, row->answer[p]);
    }
    if (row->verdict) {
        strbuf_puts(out, " <span class=\"verdict\">(");
        html_text(out, row->verdict);
        strbuf_puts(out, ")</span>");
    }
    strbuf_puts(out, "</li>");
}

void summary_doc_html(const SummaryDoc *doc, StrBuf *out) {
    strbuf_printf(out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">", i18n_language());
    strbuf_puts(out, ""
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    html_text(out, doc->title);
    strbuf_printf(out, "</title><style>%s</style></head><body>\n<h1>", HTML_STYLE);
    html_text(out, doc->title);
    strbuf_puts(out, "</h1>\n<p class=\"sub\">");
    html_text(out, doc->subtitle);
    strbuf_puts(out, ".</p>\n<p>");
    html_text(out, doc->lead);
    strbuf_puts(out, "</p>\n");
    if (doc->notice) {
        strbuf_puts(out, "<p class=\"notice\">");
        html_text(out, doc->notice);
        strbuf_puts(out, "</p>\n");
    }
    for (int si = 0; si < doc->n_sections; si++) {
        const SumSection *sec = &doc->sections[si];
        strbuf_puts(out, "<h2>");
        html_text(out, sec->heading);
        strbuf_puts(out, "</h2>\n");
        if (sec->intro) {
            strbuf_puts(out, "<p class=\"sub\">");
            html_text(out, sec->intro);
            strbuf_puts(out, "</p>\n");
        }
        if (!sec->n_items && sec->empty) {
            strbuf_puts(out, "<p>");
            html_text(out, sec->empty);
            strbuf_puts(out, "</p>\n");
        }
        if (sec->kind == SUMSEC_MAP) {
            bool counts = false;
            for (int i = 0; i < sec->n_items; i++)
                counts |= sec->items[i].counts[0] + sec->items[i].counts[1] + sec->items[i].counts[2] > 0;
            map_head(out, counts, html_text, "<table><tr>", "<th>", "</th>", counts ? "<th></th>" : "", "</tr>\n");
            for (int i = 0; i < sec->n_items; i++) {
                const SumItem *it = &sec->items[i];
                strbuf_puts(out, "<tr><td>");
                html_text(out, it->title);
                strbuf_printf(out, "</td><td>%d</td>", it->total);
                if (counts) {
                    strbuf_printf(out, "<td>%d</td><td>%d</td><td>%d</td><td><div class=\"bar\">", it->counts[0],
                                  it->counts[1], it->counts[2]);
                    static const char *const cls[3] = {"same", "close", "apart"};
                    for (int k = 0; k < 3; k++)
                        if (it->counts[k])
                            strbuf_printf(out, "<span class=\"%s\" style=\"flex:%d\"></span>", cls[k], it->counts[k]);
                    strbuf_puts(out, "</div></td>");
                }
                strbuf_puts(out, "</tr>\n");
            }
            strbuf_puts(out, "</table>\n");
            continue;
        }
        for (int i = 0; i < sec->n_items; i++) {
            const SumItem *it = &sec->items[i];
            if (sec->kind == SUMSEC_NOTES) {
                strbuf_puts(out, "<ul>");
                for (int r = 0; r < it->n_rows; r++) html_row(doc, &it->rows[r], out);
                strbuf_puts(out, "</ul>\n");
                continue;
            }
            strbuf_puts(out, "<div class=\"card\"><h3>");
            html_text(out, it->title);
            strbuf_puts(out, "</h3>");
            if (it->text) {
                strbuf_puts(out, "<p>");
                html_text(out, it->text);
                strbuf_puts(out, "</p>");
            }
            strbuf_puts(out, "<ul>");
            for (int r = 0; r < it->n_rows; r++) html_row(doc, &it->rows[r], out);
            strbuf_puts(out, "</ul></div>\n");
        }
    }
    strbuf_puts(out, "<p class=\"note\">");
    html_text(out, doc->footer);
    strbuf_puts(out, "</p>\n</body></html>\n");
}
